import type { Actor, EventTimeOf, TimelineEventJson } from '../types.ts';

export type ArticleLang = 'ar' | 'en';

/** A note for the editor that is not an error: something a person should look at before publishing. */
export interface ReviewNote {
  /** The event's id, or absent for the document itself. */
  eventId?: string;
  /** Path inside the event, e.g. `title/ar`, for the link to its field. */
  field?: string;
  message: string;
  /** Set when the message is English whatever the interface (the engine's and the validator's). */
  english?: true;
}

/**
 * Everything the studio is editing: the article, what is known about it, and the events
 * made from it. Stored as it is (autosave, undo); the events document is derived from it.
 */
export interface Draft {
  /** Storage key of the draft; never shown. */
  id: string;
  text: string;
  dateline: string;
  publisher: string;
  language: ArticleLang;
  /** Whether the person chose the language, so that pasting new text does not override it. */
  languageChosen: boolean;
  /** The article relays an earlier report (another outlet's): the draft engine reads it so. */
  relay: boolean;
  title: { en: string; ar: string };
  actors: Actor[];
  events: TimelineEventJson[];
  /** Index of the event being edited, or -1. */
  current: number;
  /** Fields a proposal filled in that a person has not looked at yet, as `eventId/field`. */
  drafted: string[];
  /**
   * Other readings of an event's date phrase the engine found, by event id: a person may
   * pick one instead of the one proposed. Absent in drafts saved before there was an engine.
   */
  readings?: Record<string, EventTimeOf<string>[]>;
  /**
   * Ids of the events the last proposal added that nobody has edited since: a new proposal
   * replaces these, and keeps every other event. Absent in drafts saved before there was an engine.
   */
  proposed?: string[];
  /** When it was last changed (ms since the epoch), to list drafts newest first. */
  updated: number;
}

export function emptyDraft(id: string, now: number): Draft {
  return {
    id,
    text: '',
    dateline: '',
    publisher: '',
    language: 'ar',
    languageChosen: false,
    relay: false,
    title: { en: '', ar: '' },
    actors: [],
    events: [],
    current: -1,
    drafted: [],
    updated: now,
  };
}

/** A copy that shares the (possibly megabytes long) article text but none of the editable structure. */
export function snapshot(draft: Draft): Draft {
  return {
    ...draft,
    text: draft.text,
    ...structuredClone({
      title: draft.title,
      actors: draft.actors,
      events: draft.events,
      drafted: draft.drafted,
      proposed: draft.proposed ?? [],
      readings: draft.readings ?? {},
    }),
  };
}
