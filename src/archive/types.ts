/** The archive's format as written (…Json) and as checked: see archive.ts for what an archive is. */
import type { CalendarDate } from '../calendar/calendarDate.ts';
import type { Placed } from '../timeline/toTimelineItems.ts';
import type { Actor, LocalizedText, PartOfDay, Precision, Problem } from '../types.ts';

/**
 * The index: one column per field, one position per event, so that 100,000 events are a few
 * megabytes of numbers rather than objects, read by `JSON.parse` and checked in tight loops.
 * Days are whole numbers of days since 1970-01-01: a calendar day, in no time zone. Statuses,
 * precisions and parts of the day are positions in the lists below (as the schema says); `part`
 * is a position in `parts`, `lead` in `actors` (the event's first participant; null: none).
 */
export interface ArchiveIndexJson {
  id: string[];
  part: number[];
  /** First day; null: undated. */
  start: (number | null)[];
  /** Last day, inclusive, for a "multi-day" or "window" date; otherwise null. */
  end: (number | null)[];
  partOfDay: (number | null)[];
  status: number[];
  precision: number[];
  lead: (number | null)[];
  /**
   * Optional: each event's title as `[en, ar]`, text or null (the Arabic one may be left out:
   * `[en]`), so that search can find events whose parts are not fetched yet. Most of an index's
   * bytes (about 140 an event in both languages): an archive may leave the column out to keep
   * its index small, and search then says it could not look at those events.
   */
  title?: IndexTitle[];
}

/** An event's title in the index: `[en, ar]`, each text or null, one or two items. */
export type IndexTitle = (string | null)[];

export interface ArchivePartJson {
  /** The part's events document, relative to the archive. */
  href: string;
  /** How many events the part holds: as many positions of the index name it. */
  events: number;
}

export interface ArchiveJson {
  $schema?: string;
  version: 1;
  archive: { id: string; title: LocalizedText; note?: string };
  /** Every actor that leads an event: lanes follow the lead actor's country. */
  actors: Actor[];
  parts: ArchivePartJson[];
  index: ArchiveIndexJson;
}

/** What the index says of one event: it places the event before the event itself is loaded. */
export interface ArchiveEntry extends Placed {
  part: number;
  time: { start?: CalendarDate; end?: CalendarDate; partOfDay?: PartOfDay; precision: Precision };
}

/** The index, checked: its valid events only, by position. */
export interface ArchiveColumns {
  ids: string[];
  part: Uint32Array;
  /** Day numbers; NO_DAY (see `hasDay`) for an undated event. */
  start: Int32Array;
  end: Int32Array;
  /** Position in PART_OF_DAY_CODES, or NO_PART_OF_DAY. */
  partOfDay: Int8Array;
  status: Uint8Array;
  precision: Uint8Array;
  /** The lead actor's id, or undefined. */
  lead: (string | undefined)[];
  /** Titles, when the index has them (see ArchiveIndexJson); null where an event's was not valid. */
  title?: (IndexTitle | null)[];
}

export interface Archive {
  id: string;
  title: LocalizedText;
  note?: string;
  actors: Map<string, Actor>;
  parts: ArchivePartJson[];
  index: ArchiveColumns;
  /** Each event's position in `index`, by id. */
  byId: ReadonlyMap<string, number>;
}

export interface ArchiveResult {
  /** The archive with its valid events, or null when it is not an archive at all. */
  archive: Archive | null;
  problems: Problem[];
}
