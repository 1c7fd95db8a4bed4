/**
 * An archive: many ordinary events documents (its parts, each with its own source text) and
 * one index of where every event sits in time. The timeline is drawn from the index alone, so
 * 100,000 events cost a few megabytes at load instead of a hundred; a part is fetched and checked
 * in full (quotes against its source text included) only when one of its events is shown in
 * words, and every event it holds must agree with what the index said of it.
 */
import type { CalendarDate } from '../calendar/calendarDate.ts';
import {
  compareCalendarDates,
  dayNumber,
  formatCalendarDate,
  fromDayNumber,
} from '../calendar/calendarDate.ts';
import type { Placed } from '../timeline/toTimelineItems.ts';
import type {
  Actor,
  EventsDocument,
  LocalizedText,
  PartOfDay,
  Precision,
  Problem,
  TimelineEvent,
} from '../types.ts';
import { describeValue, quoteText } from '../validate/describeValue.ts';
import { validActors } from '../validate/validateDocument.ts';

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
}

export const STATUS_CODES = ['occurred', 'planned', 'proposed', 'ongoing', 'background'] as const;
export const PRECISION_CODES = ['day', 'part-of-day', 'multi-day', 'window', 'undated'] as const;
export const PART_OF_DAY_CODES = ['morning', 'afternoon', 'evening', 'night'] as const;

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

/** No day, no part of the day, no lead: in the checked columns. */
export const NONE = -1;
const NO_DAY = -(2 ** 31);

/** The index, checked: its valid events only, by position. */
export interface ArchiveColumns {
  ids: string[];
  part: Uint32Array;
  /** Day numbers; NO_DAY (see `hasDay`) for an undated event. */
  start: Int32Array;
  end: Int32Array;
  /** Position in PART_OF_DAY_CODES, or NONE. */
  partOfDay: Int8Array;
  status: Uint8Array;
  precision: Uint8Array;
  /** The lead actor's id, or undefined. */
  lead: (string | undefined)[];
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

/** Whether a parsed JSON value claims to be an archive rather than an events document. */
export function isArchive(value: unknown): boolean {
  return isRecord(value) && 'archive' in value && !('events' in value);
}

export function hasDay(day: number): boolean {
  return day !== NO_DAY;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const COLUMNS = ['id', 'part', 'start', 'end', 'partOfDay', 'status', 'precision', 'lead'] as const;
/** Days from 1970-01-01 to years 1 and 9999: any day `YYYY-MM-DD` can write. */
const FIRST_DAY = -719162;
const LAST_DAY = 2932896;
/** Positions between pauses of `checkArchiveSteps`. */
const PAUSE_EVERY = 16384;
const UNDATED = PRECISION_CODES.indexOf('undated');
const PART_OF_DAY = PRECISION_CODES.indexOf('part-of-day');
const RANGED = (precision: number) => precision === 2 || precision === 3;

/** Checks an archive: its frame, its parts and every event of its index. Bad events are left out, each with a problem. */
export function* checkArchiveSteps(input: unknown): Generator<void, ArchiveResult> {
  const fatal = (path: string, message: string): ArchiveResult => ({
    archive: null,
    problems: [{ path, message }],
  });
  if (!isRecord(input))
    return fatal('', `is not an archive: expected a JSON object, got ${describeValue(input)}`);
  if (input.version !== 1) return fatal('/version', `must be 1, got ${describeValue(input.version)}`);
  const about = input.archive;
  if (!isRecord(about) || typeof about.id !== 'string' || !SLUG.test(about.id))
    return fatal('/archive/id', 'must be a lowercase slug such as "iran-talks-2026"');
  const title = about.title;
  if (!isRecord(title) || !isText(title.en) || !isText(title.ar))
    return fatal('/archive/title', 'must have an English "en" and an Arabic "ar" title');
  if (about.note !== undefined && !isText(about.note)) return fatal('/archive/note', 'must be text');
  if (!Array.isArray(input.actors)) return fatal('/actors', 'must be an array of actors');
  if (!Array.isArray(input.parts) || input.parts.length === 0)
    return fatal('/parts', 'must be a non-empty array of events documents');
  const columns = input.index;
  if (!isRecord(columns)) return fatal('/index', `must be an object of columns: ${COLUMNS.join(', ')}`);
  const ids = columns.id;
  if (!Array.isArray(ids)) return fatal('/index/id', 'must be an array: one id per event');
  for (const name of COLUMNS) {
    const column = columns[name];
    if (!Array.isArray(column) || column.length !== ids.length)
      return fatal(`/index/${name}`, `must be an array as long as index.id (${ids.length})`);
  }

  const problems: Problem[] = [];
  const actors = validActors(input.actors, problems);
  // A lead is a position in the actors as written; one left out as invalid leads nothing.
  const leads = (input.actors as unknown[]).map((raw) => {
    const id = isRecord(raw) ? raw.id : undefined;
    return typeof id === 'string' && actors.get(id) ? id : undefined;
  });
  const parts: ArchivePartJson[] = [];
  for (let i = 0; i < input.parts.length; i++) {
    const part: unknown = input.parts[i];
    if (!isRecord(part) || !isText(part.href) || part.href === '')
      return fatal(`/parts/${i}/href`, 'must be the address of an events document');
    if (!Number.isSafeInteger(part.events) || (part.events as number) < 0)
      return fatal(`/parts/${i}/events`, 'must be how many events the document holds');
    parts.push({ href: part.href, events: part.events as number });
  }

  const n = ids.length;
  const raw: RawColumns = {
    part: columns.part as unknown[],
    start: columns.start as unknown[],
    end: columns.end as unknown[],
    partOfDay: columns.partOfDay as unknown[],
    status: columns.status as unknown[],
    precision: columns.precision as unknown[],
    lead: columns.lead as unknown[],
  };
  const index: ArchiveColumns = {
    ids: [],
    part: new Uint32Array(n),
    start: new Int32Array(n),
    end: new Int32Array(n),
    partOfDay: new Int8Array(n),
    status: new Uint8Array(n),
    precision: new Uint8Array(n),
    lead: [],
  };
  const byId = new Map<string, number>();
  const counts = new Array<number>(parts.length).fill(0);
  let unplaced = false;
  let kept = 0;
  for (let i = 0; i < n; i++) {
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    const part = raw.part[i];
    // A bad event still names its part: counted, or that part would seem one event short as well.
    if (isCode(part, parts.length)) counts[part]!++;
    else unplaced = true;
    const problem = checkPosition(ids, raw, i, parts.length, leads);
    if (problem) {
      problems.push(problem);
      continue;
    }
    const id = ids[i] as string;
    if (byId.has(id)) {
      problems.push(
        positionProblem(i, id, 'id', `"${id}" is the id of an earlier event: ids must be unique`),
      );
      continue;
    }
    byId.set(id, kept);
    index.ids.push(id);
    index.part[kept] = part as number;
    index.start[kept] = raw.start[i] === null ? NO_DAY : (raw.start[i] as number);
    index.end[kept] = raw.end[i] === null ? NO_DAY : (raw.end[i] as number);
    index.partOfDay[kept] = raw.partOfDay[i] === null ? NONE : (raw.partOfDay[i] as number);
    index.status[kept] = raw.status[i] as number;
    index.precision[kept] = raw.precision[i] as number;
    index.lead.push(raw.lead[i] === null ? undefined : leads[raw.lead[i] as number]);
    kept++;
  }
  if (kept < n) {
    index.part = index.part.slice(0, kept);
    index.start = index.start.slice(0, kept);
    index.end = index.end.slice(0, kept);
    index.partOfDay = index.partOfDay.slice(0, kept);
    index.status = index.status.slice(0, kept);
    index.precision = index.precision.slice(0, kept);
  }
  // An event that names no part has its problem already; whichever part it meant would seem one short.
  parts.forEach((part, i) => {
    if (!unplaced && counts[i] !== part.events)
      problems.push({
        path: `/parts/${i}/events`,
        message: `says ${part.events} event(s), but the index places ${counts[i]} in this part`,
      });
  });
  const archive: Archive = {
    id: about.id,
    title: { en: title.en, ar: title.ar },
    actors,
    parts,
    index,
    byId,
  };
  if (about.note !== undefined) archive.note = about.note as string;
  return { archive, problems };
}

type RawColumns = Record<Exclude<(typeof COLUMNS)[number], 'id'>, unknown[]>;

/** Whether a value is a whole number from 0 to below `count`. */
function isCode(value: unknown, count: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < count;
}

function isDay(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= FIRST_DAY && value <= LAST_DAY;
}

function positionProblem(
  index: number,
  id: string | undefined,
  column: (typeof COLUMNS)[number],
  message: string,
): Problem {
  const who = id === undefined ? '' : `event ${quoteText(id)}: `;
  return { path: `/index/${column}/${index}`, message: `${who}${column} ${message}` };
}

/** What is wrong with the event at position `i` of the index, if anything. No closures: this runs for each of 100,000. */
function checkPosition(
  ids: unknown[],
  raw: RawColumns,
  i: number,
  partCount: number,
  leads: readonly (string | undefined)[],
): Problem | undefined {
  const id = ids[i];
  if (typeof id !== 'string' || !SLUG.test(id))
    return positionProblem(i, undefined, 'id', `must be a lowercase slug, got ${describeValue(id)}`);
  if (!isCode(raw.part[i], partCount))
    return positionProblem(
      i,
      id,
      'part',
      `must be the position of one of the ${partCount} parts, got ${describeValue(raw.part[i])}`,
    );
  if (!isCode(raw.status[i], STATUS_CODES.length))
    return positionProblem(
      i,
      id,
      'status',
      `must be a position in [${STATUS_CODES.join(', ')}], got ${describeValue(raw.status[i])}`,
    );
  const precision = raw.precision[i];
  if (!isCode(precision, PRECISION_CODES.length))
    return positionProblem(
      i,
      id,
      'precision',
      `must be a position in [${PRECISION_CODES.join(', ')}], got ${describeValue(precision)}`,
    );
  const start = raw.start[i];
  const end = raw.end[i];
  const partOfDay = raw.partOfDay[i];
  if (precision === UNDATED) {
    // The path points at the first field that is not null, not at a start that may be.
    if (start !== null || end !== null || partOfDay !== null)
      return positionProblem(
        i,
        id,
        start !== null ? 'start' : end !== null ? 'end' : 'partOfDay',
        'must be null: the event is undated',
      );
  } else {
    if (!isDay(start))
      return positionProblem(i, id, 'start', `must be a day number, got ${describeValue(start)}`);
    if (RANGED(precision)) {
      if (!isDay(end))
        return positionProblem(
          i,
          id,
          'end',
          `must be a day number for a "${PRECISION_CODES[precision]}" date, got ${describeValue(end)}`,
        );
      if (end < start)
        return positionProblem(i, id, 'end', `${dayText(end)} is before the start, ${dayText(start)}`);
    } else if (end !== null)
      return positionProblem(
        i,
        id,
        'end',
        `must be null: a "${PRECISION_CODES[precision]}" date is a single day`,
      );
    if (partOfDay !== null && (precision !== PART_OF_DAY || !isCode(partOfDay, PART_OF_DAY_CODES.length)))
      return positionProblem(
        i,
        id,
        'partOfDay',
        `must be null, or a position in [${PART_OF_DAY_CODES.join(', ')}] for a "part-of-day" date`,
      );
  }
  const lead = raw.lead[i];
  if (lead !== null && (!isCode(lead, leads.length) || leads[lead] === undefined))
    return positionProblem(
      i,
      id,
      'lead',
      `must be null or the position of one of the archive's valid actors, got ${describeValue(lead)}`,
    );
  return undefined;
}

/** A day number and the day it is: `20482 (2026-01-29)`. */
function dayText(day: number): string {
  return `${day} (${formatCalendarDate(fromDayNumber(day))})`;
}

/** What the index says of the event at position `i` of the checked columns. */
export function entryOf(index: ArchiveColumns, i: number): ArchiveEntry {
  const precision = PRECISION_CODES[index.precision[i]!]!;
  const time: ArchiveEntry['time'] = { precision };
  if (hasDay(index.start[i]!)) time.start = fromDayNumber(index.start[i]!);
  if (hasDay(index.end[i]!)) time.end = fromDayNumber(index.end[i]!);
  if (index.partOfDay[i]! !== NONE) time.partOfDay = PART_OF_DAY_CODES[index.partOfDay[i]!]!;
  const lead = index.lead[i];
  return {
    id: index.ids[i]!,
    part: index.part[i]!,
    status: STATUS_CODES[index.status[i]!]!,
    time,
    participants: lead === undefined ? [] : [{ actor: lead }],
  };
}

/**
 * A part's checked events against what the index said of them. Events the index places
 * differently, or does not list for this part, are not shown; index entries for this part with
 * no valid event in it are named too. `label`: how problems name the part, e.g. its address.
 */
export function agreeWithIndex(
  part: number,
  label: string,
  document: EventsDocument,
  archive: Pick<Archive, 'actors' | 'byId' | 'index'>,
  expected: readonly string[],
  positions?: ReadonlyMap<string, number>,
): { events: TimelineEvent[]; problems: Problem[] } {
  const positionsInIndex = archive.byId;
  const ownActors = new Map(document.actors.map((actor) => [actor.id, actor]));
  const events: TimelineEvent[] = [];
  const problems: Problem[] = [];
  const found = new Set<string>();
  document.events.forEach((event, kept) => {
    // Where the event stands in the part as written: the checked document has left out invalid ones.
    const index = positions?.get(event.id) ?? kept;
    const at = positionsInIndex.get(event.id);
    const entry = at === undefined ? undefined : entryOf(archive.index, at);
    const problem = (path: string, message: string) =>
      problems.push({
        document: label,
        eventId: event.id,
        eventIndex: index,
        path: `/events/${index}${path}`,
        message,
      });
    if (!entry || entry.part !== part) {
      problem('/id', "is not in the archive's index for this part: not shown");
      return;
    }
    found.add(event.id);
    const disagreement = disagreementOf(entry, event, archive.actors, ownActors);
    if (disagreement) {
      problem(disagreement[0], `${disagreement[1]}: not shown`);
      return;
    }
    events.push(event);
  });
  for (const id of expected) {
    if (!found.has(id))
      problems.push({
        document: label,
        eventId: id,
        path: '',
        message: `event ${quoteText(id)} is in the archive's index for this part, but not a valid event of it: not shown`,
      });
  }
  return { events, problems };
}

/** The first field where an event differs from its index entry, as [path in the event, message]. */
function disagreementOf(
  entry: ArchiveEntry,
  event: TimelineEvent,
  archiveActors: ReadonlyMap<string, Actor>,
  ownActors: ReadonlyMap<string, Actor>,
): [string, string] | undefined {
  const day = (date: CalendarDate | undefined) => (date ? formatCalendarDate(date) : 'none');
  const differ = (a: CalendarDate | undefined, b: CalendarDate | undefined) =>
    a === undefined || b === undefined ? a !== b : compareCalendarDates(a, b) !== 0;
  const says = (what: string, index: string, own: string) =>
    `the archive's index says ${what} ${index}, the document ${own}`;
  const { time } = event;
  if (differ(entry.time.start, time.start))
    return ['/time/start', says('start', day(entry.time.start), day(time.start))];
  if (differ(entry.time.end, time.end)) return ['/time/end', says('end', day(entry.time.end), day(time.end))];
  if (entry.time.precision !== time.precision)
    return ['/time/precision', says('precision', entry.time.precision, time.precision)];
  if (entry.time.partOfDay !== time.partOfDay)
    return ['/time/partOfDay', says('partOfDay', entry.time.partOfDay ?? 'none', time.partOfDay ?? 'none')];
  if (entry.status !== event.status) return ['/status', says('status', entry.status, event.status)];
  const lead = entry.participants[0]?.actor;
  const own = event.participants[0]?.actor;
  if (lead !== own)
    return ['/participants/0/actor', says('the lead actor is', lead ?? 'none', own ?? 'none')];
  // The lane follows the lead actor's country: the two documents must agree on it.
  const country = (actor: Actor | undefined) => actor?.country ?? 'none';
  if (lead !== undefined && country(archiveActors.get(lead)) !== country(ownActors.get(lead)))
    return [
      '/participants/0/actor',
      `the archive gives its lead actor ${quoteText(lead)} the country ${country(archiveActors.get(lead))}, the document ${country(ownActors.get(lead))}`,
    ];
  return undefined;
}

/**
 * The index of checked events, each with its part: what an archive says of them. For tools
 * that write archives; `actors` are the archive's, in order (a lead is a position in them).
 */
export function indexOf(
  events: readonly { event: Pick<TimelineEvent, 'id' | 'status' | 'time' | 'participants'>; part: number }[],
  actors: readonly Pick<Actor, 'id'>[],
): ArchiveIndexJson {
  const position = new Map(actors.map((actor, i) => [actor.id, i]));
  const index: ArchiveIndexJson = {
    id: [],
    part: [],
    start: [],
    end: [],
    partOfDay: [],
    status: [],
    precision: [],
    lead: [],
  };
  for (const { event, part } of events) {
    const { time } = event;
    const lead = event.participants[0]?.actor;
    if (lead !== undefined && !position.has(lead))
      throw new Error(`event "${event.id}": its lead actor "${lead}" is not among the archive's actors`);
    index.id.push(event.id);
    index.part.push(part);
    index.start.push(time.start ? dayNumber(time.start) : null);
    index.end.push(time.end ? dayNumber(time.end) : null);
    index.partOfDay.push(time.partOfDay ? PART_OF_DAY_CODES.indexOf(time.partOfDay) : null);
    index.status.push(STATUS_CODES.indexOf(event.status));
    index.precision.push(PRECISION_CODES.indexOf(time.precision));
    index.lead.push(lead === undefined ? null : position.get(lead)!);
  }
  return index;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.isWellFormed?.() !== false;
}
