import { parseCalendarDate } from '../calendar/calendarDate.ts';
import { COMMON_ACTORS } from '../draft/commonActors.ts';
import { draftDocument } from '../draft/draftDocument.ts';
import type { Actor, EventTimeOf, TimelineEventJson } from '../types.ts';
import type { ArticleLang } from './draft.ts';
import { otherReadings } from './otherReadings.ts';

export interface ProposeInput {
  text: string;
  /** `YYYY-MM-DD`. */
  dateline: string;
  lang: ArticleLang;
  relay: boolean;
  publisher?: string;
  /** Actors of the document being edited: the engine names them before its common ones. */
  actors?: readonly Actor[];
}

/** What the draft engine proposes; the studio merges it into the draft for a person to confirm. */
export interface Proposal {
  actors: Actor[];
  /** Each with its `review`: what the engine guessed and a person must check. */
  events: TimelineEventJson[];
  /** Other readings of each event's date phrase, by event id, for a person to pick from. */
  readings: Record<string, EventTimeOf<string>[]>;
  /** The article's headline, when the engine found one. */
  headline?: string;
}

/**
 * Ids the engine already knows, with the other ways reports write them («الإيراني», "Iranian").
 * An actor of the document with one of these ids would take the engine's entry's place and
 * lose those aliases (the engine's gazetteer tries the caller's actors instead of its own),
 * so it is not passed: the engine finds it as it knows it, and the document keeps its own.
 */
const COMMON_IDS = new Set(COMMON_ACTORS.map(({ actor }) => actor.id));

/**
 * The one place proposals come from: `draftDocument`, the same code as `npm run draft`.
 * Null when there is nothing to read (no text, or no real dateline to resolve dates against).
 * Async so the engine may later run in a worker without changing its callers.
 */
export async function proposeEvents(input: ProposeInput): Promise<Proposal | null> {
  const { text, lang, relay, publisher, actors = [] } = input;
  const dateline = parseCalendarDate(input.dateline);
  if (!dateline || text.trim() === '') return null;
  const document = draftDocument(text, {
    dateline,
    lang,
    relay,
    actors: actors.filter((actor) => !COMMON_IDS.has(actor.id)),
    ...(publisher ? { publisher } : {}),
  });
  const readings = otherReadings(text, { dateline, lang, relay }, document.events);
  const headline = lang === 'ar' ? document.source.title.ar : document.source.title.en;
  // The engine always writes a title; only a line of the article is worth keeping as one.
  const isLine = headline !== '' && text.split('\n').some((line) => line.trim() === headline);
  return {
    actors: document.actors,
    events: document.events,
    readings,
    ...(isLine ? { headline } : {}),
  };
}
