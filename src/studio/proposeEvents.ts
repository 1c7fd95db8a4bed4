import type { Actor, EventTimeOf, TimelineEventJson } from '../types.ts';
import type { ArticleLang, ReviewNote } from './draft.ts';

export interface ProposeInput {
  text: string;
  /** `YYYY-MM-DD`. */
  dateline: string;
  lang: ArticleLang;
  relay: boolean;
  publisher?: string;
}

/** What the draft engine proposes; the studio merges it into the draft for a person to confirm. */
export interface Proposal {
  /** False while no engine is plugged in: the studio then says so, and events are made by hand. */
  engine: boolean;
  actors: Actor[];
  events: TimelineEventJson[];
  /** Fields the engine filled in that a person should check, as `eventId/field` (e.g. `ankara-meeting/title/en`). */
  drafted: string[];
  notes: ReviewNote[];
  /** Other readings of each event's date phrase, by event id, for a person to pick from. */
  readings?: Record<string, EventTimeOf<string>[]>;
}

/**
 * The one place proposals come from. Async so the engine may later run in a worker.
 *
 * TODO(integrator): when src/draft/draftDocument.ts lands, replace the body with
 *   const doc = draftDocument(input.text, { dateline: input.dateline, lang: input.lang, relay: input.relay, publisher: input.publisher });
 *   return { engine: true, actors: doc.actors, events: doc.events, drafted: <the fields it drafted>, notes: [] };
 * (the same code as `npm run draft`), and update tests/studio/proposeEvents.test.ts and the
 * "propose" step of tests/browser/studio.spec.ts, which today expect the "no engine" message.
 */
export async function proposeEvents(input: ProposeInput): Promise<Proposal> {
  void input;
  return { engine: false, actors: [], events: [], drafted: [], notes: [] };
}
