import type { CalendarDate } from '../calendar/calendarDate.ts';
import { compareCalendarDates, formatCalendarDate, parseCalendarDate } from '../calendar/calendarDate.ts';
import { resolveArticleDates } from '../dating/resolveArticleDates.ts';
import type {
  Actor,
  DateBasis,
  EventsDocument,
  EventsDocumentJson,
  Problem,
  TimelineEvent,
  TimelineEventJson,
  ValidationResult,
} from '../types.ts';
import type { SliceOptions } from '../util/turns.ts';
import { drain, drainInTurns, Slicer } from '../util/turns.ts';
import { checkLanguageTag } from './checkLanguageTag.ts';
import { describeSchemaError, describeValue, quoteText } from './describeSchemaError.ts';
import { reviewEvent } from './review/reviewEvent.ts';
import type { SchemaValidator } from './schemaValidators.generated.js';
import {
  validateActor,
  validateEnvelope,
  validateEvent,
  validateTime,
} from './schemaValidators.generated.js';

export interface ValidateOptions {
  /** The source article's text; without it, quotes cannot be checked and a problem says so. */
  sourceText?: string;
  /** Why there is no source text (e.g. "…/article.txt answered 404 Not Found"), for that problem. */
  sourceTextMissing?: string;
}

/**
 * Turns unknown JSON into a typed events document, keeping every valid event and
 * reporting every problem: each names the event (id and index), the JSON path and
 * what is wrong. Pure: no DOM, no I/O, never throws on any input.
 */
export function validateDocument(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const envelope = checkEnvelope(input);
  if (!envelope.ok) return { document: null, problems: envelope.problems };
  const checker = new EventChecker();
  const { events } = envelope.raw;
  // Indexes, not map or for-of: a document given as a JS value may hold holes, which map would keep.
  for (let index = 0; index < events.length; index++) checker.add(events[index]);
  return checker.finish(envelope, options);
}

/**
 * `validateDocument` in slices of about `sliceMs` each, giving the page a turn between
 * them: 100,000 events take most of a second, which in one piece would freeze the page.
 */
export async function validateDocumentInSlices(
  input: unknown,
  options: ValidateOptions & SliceOptions & { slicer?: Slicer } = {},
): Promise<ValidationResult> {
  const envelope = checkEnvelope(input);
  if (!envelope.ok) return { document: null, problems: envelope.problems };
  const checker = new EventChecker();
  const slicer = options.slicer ?? new Slicer(options);
  const { events } = envelope.raw;
  for (let index = 0; index < events.length; index++) {
    checker.add(events[index]);
    if (index % 64 === 63) await slicer.turn();
  }
  await slicer.turn();
  return checker.finishInTurns(envelope, options, slicer);
}

export type Envelope =
  { ok: true; raw: EventsDocumentJson; dateline: CalendarDate } | { ok: false; problems: Problem[] };

/** Checks everything but the events: an events document at all, its source and its dateline. */
export function checkEnvelope(input: unknown): Envelope {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return {
      ok: false,
      problems: [
        {
          path: '',
          message: `is not an events document: expected a JSON object with "source", "actors" and "events", got ${describeValue(input)}`,
        },
      ],
    };
  }
  const problems = schemaProblems(validateEnvelope, input, '');
  if (problems.length > 0) return { ok: false, problems };
  const raw = input as EventsDocumentJson;
  const dateline = parseCalendarDate(raw.source.dateline);
  if (dateline === null) {
    return {
      ok: false,
      problems: [{ path: '/source/dateline', message: notARealDate(raw.source.dateline) }],
    };
  }
  const title = { en: raw.source.title.en, ar: raw.source.title.ar };
  const badText = findIllFormedString({ ...pick(raw.source, SOURCE_TEXT_FIELDS), title }, '/source');
  if (badText) return { ok: false, problems: [{ path: badText, message: BROKEN_CHARACTER }] };
  return { ok: true, raw, dateline };
}

/**
 * Checks events one at a time, as they arrive (a streamed document's events come before
 * its end), then everything that needs the whole document: actors, quotes against the
 * source text, duplicate ids and dates against the article's wording.
 */
export class EventChecker {
  readonly #checked: CheckedEvent[] = [];

  /**
   * Checks the next event on its own: its shape, its dates and its characters. `wellFormed`:
   * the caller knows no string in it can hold a lone surrogate (see EventsJsonStream).
   * `owned`: the caller has just parsed `raw` itself and keeps no reference to it, so an
   * event with no field beyond the format's can be kept as it is instead of copied.
   */
  add(raw: unknown, wellFormed = false, owned = false): void {
    this.#checked.push(checkEventAlone(raw, this.#checked.length, wellFormed, owned));
  }

  get count(): number {
    return this.#checked.length;
  }

  /** The document's valid events and every problem; `envelope` must have passed `checkEnvelope`. */
  finish(envelope: Extract<Envelope, { ok: true }>, options: ValidateOptions = {}): ValidationResult {
    return drain(this.#finishing(envelope, options));
  }

  /** `finish`, taking turns with the page through `slicer`. */
  finishInTurns(
    envelope: Extract<Envelope, { ok: true }>,
    options: ValidateOptions,
    slicer: Slicer,
  ): Promise<ValidationResult> {
    return drainInTurns(this.#finishing(envelope, options), slicer);
  }

  /** The finishing work, pausing (yield) every few thousand events. */
  *#finishing(
    { raw, dateline }: Extract<Envelope, { ok: true }>,
    { sourceText, sourceTextMissing }: ValidateOptions,
  ): Generator<void, ValidationResult> {
    const problems: Problem[] = [];
    const actors = validActors(raw.actors, problems);
    const checked = this.#checked;
    for (let i = 0; i < checked.length; i++) {
      checkEventInContext(checked[i]!, actors, sourceText);
      if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    }
    markDuplicateIds(checked);
    yield;
    checkDatesAgainstText(dateline, checked);
    yield;

    const events: TimelineEvent[] = [];
    // Review notes leave the event shown: they follow the errors, in the order of the events.
    const notes: Problem[] = [];
    for (const entry of checked) {
      for (const problem of entry.problems) problems.push(problem);
      if (entry.problems.length === 0 && entry.event) {
        events.push(entry.event);
        reviewEvent(entry.event, entry.index, notes, raw.source.language);
      }
    }
    if (sourceText === undefined) {
      problems.push({
        path: '/source/text',
        message: `the source text was not available${sourceTextMissing ? ` (${sourceTextMissing})` : ''}, so no quote could be checked`,
      });
    }
    for (const note of notes) problems.push(note);
    const source = {
      ...pick(raw.source, SOURCE_TEXT_FIELDS),
      title: { en: raw.source.title.en, ar: raw.source.title.ar },
      dateline,
    };
    const document: EventsDocument = {
      version: 1,
      source: source as EventsDocument['source'],
      actors: [...actors.values()],
      events,
    };
    return { document, problems };
  }
}

/** Events between pauses of the finishing work: a few milliseconds' worth. */
const PAUSE_EVERY = 4096;

const BROKEN_CHARACTER = 'contains a broken character (a lone UTF-16 surrogate)';
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_LISTED_DUPLICATES = 3;
const SOURCE_TEXT_FIELDS = ['id', 'publisher', 'language', 'text', 'url', 'note'] as const;

interface CheckedEvent {
  index: number;
  id: string | undefined;
  /** The event's known fields, once it matches the schema; shown only if `problems` stays empty. */
  event: TimelineEvent | undefined;
  /** What the text says of its date, kept even when another field is broken, so other events can be dated from it. */
  dating: { basis: DateBasis; start: string | undefined; end: string | undefined } | undefined;
  /** Every problem, in the order a reader fixes them; complete once the document is finished. */
  problems: Problem[];
  /** Found on its own, held back until the actors and quotes are checked: they are listed first. */
  pending: { dates: readonly Problem[]; text: readonly Problem[] } | undefined;
}

/** No problems: one shared, never-written array instead of two new ones per event. */
const NONE: readonly Problem[] = Object.freeze([]);

function problemFor(id: string | undefined, index: number, path: string, message: string): Problem {
  return { ...(id === undefined ? {} : { eventId: id }), eventIndex: index, path, message };
}

function checkEventAlone(raw: unknown, index: number, wellFormed: boolean, owned: boolean): CheckedEvent {
  const id = isRecord(raw) && typeof raw.id === 'string' && raw.id.length <= 128 ? raw.id : undefined;
  const rawTime = isRecord(raw) ? raw.time : undefined;
  const valid = validateEvent(raw);
  // Only an id that could be referred to takes part in dating: "(report)" or "x#end" would collide
  // with the resolver's own names. A valid event's id is a slug and its time valid already.
  const dating =
    id !== undefined &&
    isRecord(rawTime) &&
    isRecord(rawTime.basis) &&
    (valid || (SLUG.test(id) && validateTime(rawTime)))
      ? {
          basis: rawTime.basis as DateBasis,
          start: rawTime.start as string | undefined,
          end: rawTime.end as string | undefined,
        }
      : undefined;
  const shape = valid ? NONE : schemaProblems(validateEvent, raw, eventPath(index));
  if (shape.length > 0) {
    const problems = shape.map(({ path, message }) => problemFor(id, index, path, message));
    return { index, id, event: undefined, dating, problems, pending: undefined };
  }

  const event = raw as TimelineEventJson;
  const { time } = event;
  const start = time.start === undefined ? undefined : parseCalendarDate(time.start);
  const end = time.end === undefined ? undefined : parseCalendarDate(time.end);
  const dates = timeProblems(time, start, end)?.map(([path, message]) =>
    problemFor(id, index, `${eventPath(index)}${path}`, message),
  );

  // Walk only known fields (kept or copied): unknown ones may be nested 100,000 deep.
  const typed =
    (owned && keepIfKnownOnly(event, start ?? undefined, end ?? undefined)) ||
    toTypedEvent(event, start ?? undefined, end ?? undefined);
  const badText = wellFormed ? undefined : findIllFormedString(typed, eventPath(index));
  const text = badText ? [problemFor(id, index, badText, BROKEN_CHARACTER)] : NONE;
  return { index, id, event: typed, dating, problems: [], pending: { dates: dates ?? NONE, text } };
}

/** `/events/3`: built only when a problem needs it (most events have none, and there may be 100,000). */
function eventPath(index: number): string {
  return `/events/${index}`;
}

/**
 * What is wrong with a schema-valid event's dates, each as [path within the event, message];
 * undefined when nothing is. No closures: this runs for each of 100,000 events.
 */
function timeProblems(
  time: TimelineEventJson['time'],
  start: CalendarDate | null | undefined,
  end: CalendarDate | null | undefined,
): [string, string][] | undefined {
  const found: [string, string][] = [];
  if (start === null) found.push(['/time/start', notARealDate(time.start!)]);
  if (end === null) found.push(['/time/end', notARealDate(time.end!)]);
  if (time.precision === 'undated') {
    if (time.start !== undefined || time.end !== undefined) {
      found.push(['/time', 'an undated event must have no start or end: the article gives no date']);
    }
  } else if (time.start === undefined) {
    found.push(['/time/start', `is missing: required unless precision is "undated"`]);
  }
  if (start && end && compareCalendarDates(end, start) < 0) {
    found.push(['/time/end', `${time.end} is before the start, ${time.start}`]);
  }
  if (
    (time.precision === 'multi-day' || time.precision === 'window') &&
    time.start !== undefined &&
    time.end === undefined
  ) {
    found.push(['/time/end', `is missing: a "${time.precision}" date needs an end`]);
  }
  if ((time.precision === 'day' || time.precision === 'part-of-day') && time.end !== undefined) {
    found.push(['/time/end', `must be absent: a "${time.precision}" date is a single day`]);
  }
  return found.length > 0 ? found : undefined;
}

/** The checks that need the document's actors and source text; then the event's problems are in order. */
function checkEventInContext(
  entry: CheckedEvent,
  actors: ReadonlyMap<string, Actor>,
  sourceText: string | undefined,
): void {
  const { event, pending, id, index } = entry;
  if (!event || !pending) return;
  // Loops, and arrays only for problems found: this runs once per event, 100,000 times.
  let problems: Problem[] | undefined;
  const { participants, quotes } = event;
  for (let i = 0; i < participants.length; i++) {
    const { actor } = participants[i]!;
    if (!actors.has(actor))
      (problems ??= []).push(
        problemFor(
          id,
          index,
          `/events/${index}/participants/${i}/actor`,
          `names an unknown actor "${actor}"`,
        ),
      );
  }
  if (pending.dates.length > 0) (problems ??= []).push(...pending.dates);
  for (let i = 0; i < quotes.length; i++) {
    const quote = quotes[i]!;
    let message: string | undefined;
    let field = 'text';
    if (quote.end < quote.start) {
      message = `${quote.end} is before start ${quote.start}`;
      field = 'end';
    } else if (sourceText !== undefined) {
      message = checkQuoteInSource(quote.text, quote.start, quote.end, sourceText);
    }
    if (message)
      (problems ??= []).push(problemFor(id, index, `/events/${index}/quotes/${i}/${field}`, message));
    const badTag = quote.spokenIn === undefined ? undefined : checkLanguageTag(quote.spokenIn);
    if (badTag)
      (problems ??= []).push(problemFor(id, index, `/events/${index}/quotes/${i}/spokenIn`, badTag));
  }
  if (pending.text.length > 0) (problems ??= []).push(...pending.text);
  // Problems found later (duplicate ids, dates against the text) are added to this array.
  entry.problems = problems ?? [];
  entry.pending = undefined;
}

function checkQuoteInSource(
  text: string,
  start: number,
  end: number,
  sourceText: string,
): string | undefined {
  if (sourceText.slice(start, end) === text) return undefined;
  const found = sourceText.indexOf(text);
  if (found === -1) return 'is not in the source text: quotes must be verbatim';
  return `is in the source text at ${found}–${found + text.length}, not at ${start}–${end}`;
}

function markDuplicateIds(checked: CheckedEvent[]): void {
  // One set operation per event finds the ids that repeat; most documents have none, and
  // only theirs are gathered, in a second pass.
  const seen = new Set<string>();
  let repeated: Set<string> | undefined;
  for (let i = 0; i < checked.length; i++) {
    const { id } = checked[i]!;
    if (id === undefined) continue;
    const size = seen.size;
    if (seen.add(id).size === size) (repeated ??= new Set()).add(id);
  }
  if (repeated === undefined) return;
  const byId = new Map<string, CheckedEvent[]>();
  for (const entry of checked) {
    if (entry.id === undefined || !repeated.has(entry.id)) continue;
    const list = byId.get(entry.id);
    if (list) list.push(entry);
    else byId.set(entry.id, [entry]);
  }
  for (const [id, entries] of byId) {
    for (const entry of entries) {
      // The resolver takes one statement per id: later ones would disagree with it (and could crash it).
      if (entry !== entries[0]) entry.dating = undefined;
      // Name a few of the others, not all: 100,000 copies of one id would take quadratic time and memory.
      const others: string[] = [];
      for (const other of entries) {
        if (others.length === MAX_LISTED_DUPLICATES) break;
        if (other !== entry) others.push(`events[${other.index}]`);
      }
      const more = entries.length - 1 - others.length;
      const list =
        more > 0 ? `${others.join(', ')} and ${more.toLocaleString('en')} more` : others.join(', ');
      entry.problems.push({
        eventId: id,
        eventIndex: entry.index,
        path: `/events/${entry.index}/id`,
        message: `${quoteText(id)} is also the id of ${list}: ids must be unique, so ${entries.length === 2 ? 'neither' : 'none of them'} is shown`,
      });
    }
  }
}

/**
 * Checks every date that has a basis in the text against what the resolver derives from it.
 * A broken event's statement takes part only when a sound event is dated from it: otherwise
 * a broken event naming, say, a Saturday could move the report's day, and with it every
 * sound event's date, which would then all be dropped for disagreeing with the text.
 */
function checkDatesAgainstText(dateline: CalendarDate, checked: CheckedEvent[]): void {
  const dated = datingThatCounts(checked);
  if (dated.length === 0) return;
  const resolved = resolveArticleDates(
    dateline,
    dated.map((entry) => ({ id: entry.id!, basis: entry.dating!.basis })),
  );
  for (const entry of dated) {
    const { start, end } = entry.dating!;
    const push = (path: string, message: string) =>
      entry.problems.push({
        eventId: entry.id!,
        eventIndex: entry.index,
        path: `/events/${entry.index}${path}`,
        message,
      });
    if (!resolved.ok) {
      for (const problem of resolved.problems.filter((p) => p.id === entry.id))
        push('/time/basis', problem.message);
      continue;
    }
    // A date that is not a real day has been reported already.
    if ([start, end].some((d) => d !== undefined && parseCalendarDate(d) === null)) continue;
    const days = resolved.days.get(entry.id!)!;
    const derived = [days.start, days.end].map((d) => (d ? formatCalendarDate(d) : 'none'));
    if ((start ?? 'none') !== derived[0])
      push('/time/start', `is ${start ?? 'none'}, but the article's wording resolves it to ${derived[0]}`);
    if ((end ?? 'none') !== derived[1])
      push('/time/end', `is ${end ?? 'none'}, but the article's wording resolves it to ${derived[1]}`);
  }
}

/** Statements of sound events, and of the broken events they are (transitively) dated from. */
function datingThatCounts(checked: CheckedEvent[]): CheckedEvent[] {
  const withDating = checked.filter((entry) => entry.dating !== undefined);
  const byId = new Map(withDating.map((entry) => [entry.id!, entry]));
  const counts = new Set(withDating.filter((entry) => entry.problems.length === 0));
  const pending = [...counts];
  for (let entry = pending.pop(); entry; entry = pending.pop()) {
    const { relativeTo, after = [], notBefore = [] } = entry.dating!.basis;
    for (const ref of [relativeTo, ...after, ...notBefore]) {
      const referred = ref === undefined ? undefined : byId.get(ref);
      if (referred && !counts.has(referred)) {
        counts.add(referred);
        pending.push(referred);
      }
    }
  }
  return withDating.filter((entry) => counts.has(entry));
}

/** The valid actors by id; a problem for each invalid or repeated one. */
export function validActors(rawActors: unknown[], problems: Problem[]): Map<string, Actor> {
  const actors = new Map<string, Actor>();
  rawActors.forEach((raw, index) => {
    const found = schemaProblems(validateActor, raw, `/actors/${index}`);
    if (found.length > 0) {
      problems.push(...found);
      return;
    }
    const actor = raw as Actor;
    if (actors.has(actor.id)) {
      problems.push({
        path: `/actors/${index}/id`,
        message: `"${actor.id}" is the id of an earlier actor: ids must be unique`,
      });
      return;
    }
    const copy = pick(actor, ['id', 'kind', 'country']) as Actor;
    copy.name = { en: actor.name.en, ar: actor.name.ar };
    if (actor.role) copy.role = { en: actor.role.en, ar: actor.role.ar };
    const badText = findIllFormedString(copy, `/actors/${index}`);
    if (badText) {
      problems.push({ path: badText, message: BROKEN_CHARACTER });
      return;
    }
    actors.set(actor.id, copy);
  });
  return actors;
}

/** Names as a lookup object: for 100,000 events' 2.5 million fields, faster than Set#has. */
type Fields = Readonly<Record<string, true | undefined>>;
function fields(names: readonly string[]): Fields {
  const lookup: Record<string, true> = Object.create(null) as Record<string, true>;
  for (const name of names) lookup[name] = true;
  return Object.freeze(lookup);
}
const EVENT_FIELDS = fields([
  'id',
  'title',
  'status',
  'type',
  'mode',
  'context',
  'cameo',
  'participants',
  'place',
  'attribution',
  'time',
  'quotes',
]);
const TEXT_FIELDS = fields(['en', 'ar']);
const PARTICIPANT_FIELDS = fields(['actor', 'role']);
const TIME_FIELDS = fields(['start', 'end', 'precision', 'partOfDay', 'phrase', 'rule', 'ruleAr', 'basis']);
const BASIS_FIELD_NAMES = [
  'weekday',
  'endWeekday',
  'relativeTo',
  'offsetDays',
  'after',
  'notBefore',
  'window',
] as const;
const BASIS_FIELDS = fields(BASIS_FIELD_NAMES);
const QUOTE_FIELDS = fields(['text', 'start', 'end', 'translation', 'spokenIn']);

/** Whether `value` has no enumerable field, own or inherited, but `known`. */
function hasOnly(value: object, known: Fields): boolean {
  for (const field in value) if (known[field] !== true) return false;
  return true;
}

/**
 * A schema-valid event that has only the fields the format defines, at every level, as the
 * typed event itself: its dates become calendar dates in place. Otherwise undefined, and it
 * is copied. Only for values the caller owns (see EventChecker.add): at 100,000 events the
 * copy took about a fifth of checking them one by one in Node, and its garbage more.
 */
function keepIfKnownOnly(
  event: TimelineEventJson,
  start: CalendarDate | undefined,
  end: CalendarDate | undefined,
): TimelineEvent | undefined {
  const { time } = event;
  if (
    // A date that is not a real day stays a string in a copy-free event: copy, as ever.
    (time.start !== undefined && start === undefined) ||
    (time.end !== undefined && end === undefined) ||
    !hasOnly(event, EVENT_FIELDS) ||
    !hasOnly(event.title, TEXT_FIELDS) ||
    !hasOnly(event.attribution, TEXT_FIELDS) ||
    (event.place !== undefined && !hasOnly(event.place, TEXT_FIELDS)) ||
    !hasOnly(time, TIME_FIELDS) ||
    (time.basis !== undefined && !hasOnly(time.basis, BASIS_FIELDS)) ||
    !event.participants.every((participant) => hasOnly(participant, PARTICIPANT_FIELDS)) ||
    !event.quotes.every((quote) => hasOnly(quote, QUOTE_FIELDS))
  )
    return undefined;
  const typed = event as unknown as TimelineEvent;
  if (start) typed.time.start = start;
  if (end) typed.time.end = end;
  return typed;
}

/** Copies only the fields the format defines: unknown fields are never forwarded. */
function toTypedEvent(
  event: TimelineEventJson,
  start: CalendarDate | undefined,
  end: CalendarDate | undefined,
): TimelineEvent {
  // Object literals with a fixed shape, not a generic pick: this runs once per event, 100,000 times.
  const { time: rawTime } = event;
  const time: TimelineEvent['time'] = {
    precision: rawTime.precision,
    phrase: rawTime.phrase,
    rule: rawTime.rule,
  } as TimelineEvent['time'];
  if (rawTime.partOfDay !== undefined) time.partOfDay = rawTime.partOfDay;
  if (rawTime.ruleAr !== undefined) time.ruleAr = rawTime.ruleAr;
  if (rawTime.basis) {
    time.basis = pick(rawTime.basis, BASIS_FIELD_NAMES);
  }
  if (start) time.start = start;
  if (end) time.end = end;
  const typed: TimelineEvent = {
    id: event.id,
    title: { en: event.title.en, ar: event.title.ar },
    status: event.status,
    type: event.type,
    participants: event.participants.map(({ actor, role }) => ({ actor, role })),
    attribution: { en: event.attribution.en, ar: event.attribution.ar },
    time,
    quotes: event.quotes.map(({ text, start: s, end: e, translation, spokenIn }) =>
      spokenIn === undefined
        ? { text, start: s, end: e, translation }
        : { text, start: s, end: e, translation, spokenIn },
    ),
  };
  if (event.mode !== undefined) typed.mode = event.mode;
  if (event.context !== undefined) typed.context = event.context;
  if (event.cameo !== undefined) typed.cameo = event.cameo;
  if (event.place) typed.place = { en: event.place.en, ar: event.place.ar };
  return typed;
}

function schemaProblems(validator: SchemaValidator, data: unknown, basePath: string): Problem[] {
  if (validator(data)) return [];
  return (validator.errors ?? [])
    .filter((error) => error.keyword !== 'if')
    .map((error) => describeSchemaError(error, basePath, data));
}

function notARealDate(text: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(text)
    ? `${JSON.stringify(text)} is not a real calendar date`
    : `must be a calendar date written YYYY-MM-DD, not ${describeValue(text)}`;
}

function pick<T extends object>(value: T, keys: readonly string[]): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    if (
      Object.prototype.hasOwnProperty.call(value, key) &&
      (value as Record<string, unknown>)[key] !== undefined
    ) {
      out[key] = (value as Record<string, unknown>)[key];
    }
  }
  return out as Partial<T>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** String#isWellFormed where the engine has it (native, no regex); the regex elsewhere. */
const wellFormed: (text: string) => boolean =
  typeof ''.isWellFormed === 'function'
    ? (text) => text.isWellFormed()
    : (text) => !LONE_SURROGATE.test(text);

/** The path of the first string in `value` holding a lone surrogate, if any. */
function findIllFormedString(value: unknown, path: string): string | undefined {
  // Nearly every value is well formed: walk it without building a path for every node.
  return hasIllFormedString(value) ? pathOfIllFormedString(value, path) : undefined;
}

function hasIllFormedString(value: unknown): boolean {
  if (typeof value === 'string') return !wellFormed(value);
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some(hasIllFormedString);
  return Object.values(value).some(hasIllFormedString);
}

function pathOfIllFormedString(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return wellFormed(value) ? undefined : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = pathOfIllFormedString(value[i], `${path}/${i}`);
      if (found) return found;
    }
  } else if (isRecord(value)) {
    for (const key of Object.keys(value)) {
      const found = pathOfIllFormedString(value[key], `${path}/${key}`);
      if (found) return found;
    }
  }
  return undefined;
}
