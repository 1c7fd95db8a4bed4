/**
 * An archive: many ordinary events documents (its parts, each with its own source text) and
 * one index of where every event sits in time. The timeline is drawn from the index alone, so
 * 100,000 events cost a few megabytes at load instead of a hundred; a part is fetched and checked
 * in full (quotes against its source text included) only when one of its events is shown in
 * words, and every event it holds must agree with what the index said of it.
 */
import type { CalendarDate } from '../calendar/calendarDate.ts';
import { compareCalendarDates, formatCalendarDate, parseCalendarDate } from '../calendar/calendarDate.ts';
import type { Placed } from '../timeline/toTimelineItems.ts';
import type {
  Actor,
  EventsDocument,
  EventStatus,
  LocalizedText,
  PartOfDay,
  Precision,
  Problem,
  TimelineEvent,
} from '../types.ts';
import { describeValue, quoteText } from '../validate/describeSchemaError.ts';
import { validActors } from '../validate/validateDocument.ts';

/**
 * One event in the index: `[id, part, start, end, partOfDay, status, precision, lead]`, a
 * row rather than an object so that 100,000 of them stay a few megabytes. `part` is the event's
 * document, as a position in `parts`; `start` and `end` are days (`YYYY-MM-DD`) or null;
 * `lead` is the actor of the event's first participant, or null when it has none.
 */
export type ArchiveRowJson = [
  id: string,
  part: number,
  start: string | null,
  end: string | null,
  partOfDay: PartOfDay | null,
  status: EventStatus,
  precision: Precision,
  lead: string | null,
];

export interface ArchivePartJson {
  /** The part's events document, relative to the archive. */
  href: string;
  /** How many events the part holds: as many rows of the index name it. */
  events: number;
}

export interface ArchiveJson {
  $schema?: string;
  version: 1;
  archive: { id: string; title: LocalizedText; note?: string };
  /** Every actor that leads an event: lanes follow the lead actor's country. */
  actors: Actor[];
  parts: ArchivePartJson[];
  index: ArchiveRowJson[];
}

/** An index row, checked: it places an event before the event itself is loaded. */
export interface ArchiveEntry extends Placed {
  part: number;
  time: { start?: CalendarDate; end?: CalendarDate; partOfDay?: PartOfDay; precision: Precision };
}

export interface Archive {
  id: string;
  title: LocalizedText;
  note?: string;
  actors: Map<string, Actor>;
  parts: ArchivePartJson[];
  entries: ArchiveEntry[];
  /** The entries by id. */
  byId: ReadonlyMap<string, ArchiveEntry>;
}

export interface ArchiveResult {
  /** The archive with its valid entries, or null when it is not an archive at all. */
  archive: Archive | null;
  problems: Problem[];
}

/** Whether a parsed JSON value claims to be an archive rather than an events document. */
export function isArchive(value: unknown): boolean {
  return isRecord(value) && 'archive' in value && !('events' in value);
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const STATUSES = new Set<string>(['occurred', 'planned', 'proposed', 'ongoing', 'background']);
const PRECISIONS = new Set<string>(['day', 'part-of-day', 'multi-day', 'window', 'undated']);
const PARTS_OF_DAY = new Set<string>(['morning', 'afternoon', 'evening', 'night']);
const ROW_FIELDS = ['id', 'part', 'start', 'end', 'partOfDay', 'status', 'precision', 'lead'] as const;
/** Entries between pauses of `checkArchiveSteps`. */
const PAUSE_EVERY = 8192;

/** Checks an archive: its frame, its parts and every row of its index. Bad rows are left out, each with a problem. */
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
  if (!Array.isArray(input.index)) return fatal('/index', 'must be an array of rows, one per event');

  const problems: Problem[] = [];
  const actors = validActors(input.actors, problems);
  const parts: ArchivePartJson[] = [];
  for (let i = 0; i < input.parts.length; i++) {
    const part: unknown = input.parts[i];
    if (!isRecord(part) || !isText(part.href) || part.href === '')
      return fatal(`/parts/${i}/href`, 'must be the address of an events document');
    if (!Number.isSafeInteger(part.events) || (part.events as number) < 0)
      return fatal(`/parts/${i}/events`, 'must be how many events the document holds');
    parts.push({ href: part.href, events: part.events as number });
  }

  const entries: ArchiveEntry[] = [];
  const byId = new Map<string, ArchiveEntry>();
  const counts = new Array<number>(parts.length).fill(0);
  const rows = input.index as unknown[];
  const day = dayReader();
  let unplaced = false;
  for (let i = 0; i < rows.length; i++) {
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    const row = rows[i];
    // A bad row still names its part: counted, or that part would seem one event short as well.
    const part: unknown = Array.isArray(row) ? row[1] : undefined;
    if (Number.isSafeInteger(part) && (part as number) >= 0 && (part as number) < parts.length)
      counts[part as number]!++;
    else unplaced = true;
    const entry = checkRow(row, i, parts.length, actors, day);
    if ('message' in entry) {
      problems.push(entry);
      continue;
    }
    if (byId.has(entry.id)) {
      problems.push(
        rowProblem(i, entry.id, 0, `"${entry.id}" is the id of an earlier row: ids must be unique`),
      );
      continue;
    }
    byId.set(entry.id, entry);
    entries.push(entry);
  }
  // A row that names no part has its problem already; whichever part it meant would seem one short.
  parts.forEach((part, i) => {
    if (!unplaced && counts[i] !== part.events)
      problems.push({
        path: `/parts/${i}/events`,
        message: `says ${part.events} event(s), but ${counts[i]} row(s) of the index name this part`,
      });
  });
  const archive: Archive = {
    id: about.id,
    title: { en: title.en, ar: title.ar },
    actors,
    parts,
    entries,
    byId,
  };
  if (about.note !== undefined) archive.note = about.note as string;
  return { archive, problems };
}

function rowProblem(index: number, id: string | undefined, field: number, message: string): Problem {
  const who = id === undefined ? '' : `event ${quoteText(id)}: `;
  return { path: `/index/${index}/${field}`, message: `${who}${ROW_FIELDS[field]} ${message}` };
}

/** A checked row's entry, or what is wrong with the row. No closures: this runs for each of 100,000 rows. */
function checkRow(
  row: unknown,
  index: number,
  partCount: number,
  actors: ReadonlyMap<string, Actor>,
  day: (text: unknown) => CalendarDate | null,
): ArchiveEntry | Problem {
  if (!Array.isArray(row) || row.length !== ROW_FIELDS.length) {
    const who = Array.isArray(row) && typeof row[0] === 'string' ? `event ${quoteText(row[0])}: ` : '';
    return {
      path: `/index/${index}`,
      message: `${who}must be a row of ${ROW_FIELDS.length}: [${ROW_FIELDS.join(', ')}], got ${describeValue(row)}`,
    };
  }
  const id: unknown = row[0];
  if (typeof id !== 'string' || !SLUG.test(id))
    return rowProblem(index, undefined, 0, `must be a lowercase slug, got ${describeValue(id)}`);
  const part: unknown = row[1];
  if (!Number.isSafeInteger(part) || (part as number) < 0 || (part as number) >= partCount)
    return rowProblem(
      index,
      id,
      1,
      `must be the position of one of the ${partCount} parts, got ${describeValue(part)}`,
    );
  const status: unknown = row[5];
  if (typeof status !== 'string' || !STATUSES.has(status))
    return rowProblem(
      index,
      id,
      5,
      `must be one of ${[...STATUSES].join(', ')}, got ${describeValue(status)}`,
    );
  const precision: unknown = row[6];
  if (typeof precision !== 'string' || !PRECISIONS.has(precision))
    return rowProblem(
      index,
      id,
      6,
      `must be one of ${[...PRECISIONS].join(', ')}, got ${describeValue(precision)}`,
    );
  const [start, end, partOfDay, lead] = [
    row[2] as unknown,
    row[3] as unknown,
    row[4] as unknown,
    row[7] as unknown,
  ];
  const time: ArchiveEntry['time'] = { precision: precision as Precision };
  if (precision === 'undated') {
    if (start !== null || end !== null || partOfDay !== null)
      // The path points at the first field that is not null, not at a start that may be.
      return rowProblem(
        index,
        id,
        start !== null ? 2 : end !== null ? 3 : 4,
        'must be null: an undated event has no start, end or partOfDay',
      );
  } else {
    const first = day(start);
    if (!first)
      return rowProblem(index, id, 2, `must be a real day, YYYY-MM-DD, got ${describeValue(start)}`);
    time.start = first;
    if (precision === 'multi-day' || precision === 'window') {
      const last = day(end);
      if (!last)
        return rowProblem(
          index,
          id,
          3,
          `must be a real day, YYYY-MM-DD, for a "${precision}" date; got ${describeValue(end)}`,
        );
      if (compareCalendarDates(last, first) < 0)
        return rowProblem(index, id, 3, `${end as string} is before the start, ${start as string}`);
      time.end = last;
    } else if (end !== null)
      return rowProblem(index, id, 3, `must be null: a "${precision}" date is a single day`);
    if (partOfDay !== null) {
      if (precision !== 'part-of-day' || typeof partOfDay !== 'string' || !PARTS_OF_DAY.has(partOfDay))
        return rowProblem(
          index,
          id,
          4,
          `must be null, or one of ${[...PARTS_OF_DAY].join(', ')} for a "part-of-day" date`,
        );
      time.partOfDay = partOfDay as PartOfDay;
    }
  }
  if (lead !== null && (typeof lead !== 'string' || !actors.has(lead)))
    return rowProblem(
      index,
      id,
      7,
      `must be null or the id of one of the archive's actors, got ${describeValue(lead)}`,
    );
  return {
    id,
    part: part as number,
    status: status as EventStatus,
    time,
    participants: lead === null ? NO_LEAD : [{ actor: lead as string }],
  };
}

const NO_LEAD: readonly { actor: string }[] = Object.freeze([]);

/**
 * A part's checked events against what the index said of them. Events the index places
 * differently, or does not list for this part, are not shown; index entries for this part with
 * no valid event in it are named too. `label`: how problems name the part, e.g. its address.
 */
export function agreeWithIndex(
  part: number,
  label: string,
  document: EventsDocument,
  archive: Pick<Archive, 'actors' | 'byId'>,
  expected: readonly string[],
  positions?: ReadonlyMap<string, number>,
): { events: TimelineEvent[]; problems: Problem[] } {
  const entries = archive.byId;
  const ownActors = new Map(document.actors.map((actor) => [actor.id, actor]));
  const events: TimelineEvent[] = [];
  const problems: Problem[] = [];
  const found = new Set<string>();
  document.events.forEach((event, kept) => {
    // Where the event stands in the part as written: the checked document has left out invalid ones.
    const index = positions?.get(event.id) ?? kept;
    const entry = entries.get(event.id);
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

/** The index row of a checked event: what an archive says of it. For tools that write archives. */
export function rowOf(event: TimelineEvent, part: number): ArchiveRowJson {
  const { time } = event;
  return [
    event.id,
    part,
    time.start ? formatCalendarDate(time.start) : null,
    time.end ? formatCalendarDate(time.end) : null,
    time.partOfDay ?? null,
    event.status,
    time.precision,
    event.participants[0]?.actor ?? null,
  ];
}

/**
 * `parseCalendarDate`, remembered: 100,000 rows name a few thousand days. Events of one day
 * share its date, which no one changes (the model only reads dates).
 */
function dayReader(): (text: unknown) => CalendarDate | null {
  const days = new Map<string, CalendarDate | null>();
  return (text) => {
    if (typeof text !== 'string') return null;
    let date = days.get(text);
    if (date === undefined) days.set(text, (date = parseCalendarDate(text)));
    return date;
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.isWellFormed?.() !== false;
}
