import { DAY_NAMES } from '../src/calendar/dayNames.ts';
import type { ArchiveJson } from '../src/archive/archive.ts';
import { buildArchiveIndex } from '../src/archive/archive.ts';
import { parseCalendarDate } from '../src/calendar/calendarDate.ts';
import type {
  Actor,
  EventStatus,
  EventTimeOf,
  EventsDocumentJson,
  Participant,
  PloverEventType,
  Precision,
  Quote,
  TimelineEventJson,
} from '../src/types.ts';
import {
  ATTRIBUTIONS,
  CLAUSES,
  COUNTRIES,
  MEDIA,
  MODES,
  OFFICES,
  PARTS_OF_DAY,
  PLACES,
  ROLE_PAIRS,
  VERBS,
} from './vocabulary.ts';

export interface GeneratedDocument {
  document: EventsDocumentJson;
  sourceText: string;
}

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2021, 0, 1);
const DATELINE = Date.UTC(2026, 1, 7);
/** Leaves room for a two-week window to end before the dateline. */
const LAST_START = (DATELINE - FIRST_DAY) / DAY_MS - 15;
const TYPES = Object.keys(VERBS) as PloverEventType[];

type Random = () => number;

/** mulberry32: tiny, fast and the same on every machine, so a seed names one document. */
function seeded(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

function weighted<T>(random: Random, table: readonly (readonly [T, number])[]): T {
  let left = random() * table.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [value, weight] of table) if ((left -= weight) < 0) return value;
  return table[0]![0];
}

const PRECISIONS = [
  ['day', 50],
  ['part-of-day', 15],
  ['multi-day', 15],
  ['window', 12],
  ['undated', 8],
] as const;

const STATUSES = [
  ['occurred', 70],
  ['proposed', 14],
  ['planned', 6],
  ['ongoing', 4],
  ['background', 6],
] as const satisfies readonly (readonly [EventStatus, number])[];

/** Quotes must be the source text at their offsets, so the text is built as the quotes are made. */
class SourceText {
  private readonly parts: string[] = ['تقرير تجريبي: جدول زمني للاتصالات الدبلوماسية في المنطقة\n\n'];
  private length = this.parts[0]!.length;

  quote(ar: string, translation: string): Quote {
    const start = this.length;
    this.parts.push(ar, '.\n');
    this.length += ar.length + 2;
    return { text: ar, start, end: start + ar.length, translation };
  }

  toString(): string {
    return this.parts.join('');
  }
}

function makeActors(): Actor[] {
  const actors: Actor[] = [];
  for (const country of COUNTRIES) {
    actors.push({ id: country.slug, name: { ...country.name }, kind: 'state', country: country.code });
    for (const office of OFFICES) {
      const role = { en: `${office.en} of ${country.name.en}`, ar: `${office.ar} ${country.name.ar}` };
      actors.push({
        id: `${country.slug}-${office.slug}`,
        name: role,
        kind: 'person',
        country: country.code,
        role,
      });
    }
  }
  for (const media of MEDIA) actors.push({ ...media, name: { ...media.name }, kind: 'media' });
  return actors;
}

function isoDay(day: number): string {
  return new Date(FIRST_DAY + day * DAY_MS).toISOString().slice(0, 10);
}

function arabicDay(day: number): string {
  const date = new Date(FIRST_DAY + day * DAY_MS);
  return `${date.getUTCDate()} ${DAY_NAMES.ar.months[date.getUTCMonth()]!} ${date.getUTCFullYear()}`;
}

function makeTime(random: Random, precision: Precision): EventTimeOf<string> {
  if (precision === 'undated') {
    return {
      precision,
      phrase: 'في وقت غير محدد',
      rule: 'The text gives no date: shown apart from the axis.',
    };
  }
  const day = Math.floor(random() * LAST_START);
  const start = isoDay(day);
  if (precision === 'day') {
    const phrase = `يوم ${arabicDay(day)}`;
    return { start, precision, phrase, rule: `«${phrase}»: ${start}.` };
  }
  if (precision === 'part-of-day') {
    const part = pick(random, PARTS_OF_DAY);
    const phrase = `${part.ar} يوم ${arabicDay(day)}`;
    return {
      start,
      precision,
      partOfDay: part.key,
      phrase,
      rule: `«${phrase}»: the ${part.key} of ${start}.`,
    };
  }
  const last =
    day + (precision === 'multi-day' ? 1 + Math.floor(random() * 4) : 2 + Math.floor(random() * 13));
  const end = isoDay(last);
  const phrase =
    precision === 'multi-day'
      ? `من ${arabicDay(day)} إلى ${arabicDay(last)}`
      : `خلال أيام بعد ${arabicDay(day)}`;
  return { start, end, precision, phrase, rule: `«${phrase}»: ${start} to ${end}, inclusive.` };
}

function makeEvent(
  index: number,
  random: Random,
  people: readonly Actor[],
  text: SourceText,
): TimelineEventJson {
  const precision = weighted(random, PRECISIONS);
  const status: EventStatus =
    precision === 'undated' ? pick(random, ['background', 'ongoing'] as const) : weighted(random, STATUSES);
  const future = status === 'proposed' || status === 'planned';
  const type = pick(random, TYPES);
  const verb = VERBS[type];
  const a = pick(random, people);
  let b = pick(random, people);
  while (b.country === a.country) b = pick(random, people);
  const [roleA, roleB] = pick(random, ROLE_PAIRS);
  const participants: Participant[] = [
    { actor: a.id, role: roleA },
    { actor: b.id, role: roleB },
  ];
  const mediator = pick(random, people);
  if (random() < 0.2 && mediator.country !== a.country && mediator.country !== b.country) {
    participants.push({ actor: mediator.id, role: 'mediator' });
  }
  const mode = pick(random, MODES);
  if (mode === 'social-media' || mode === 'interview') {
    participants.push({ actor: pick(random, MEDIA).id, role: 'medium' });
  }
  const time = makeTime(random, precision);
  const headline = { en: `${a.name.en} ${verb.en} ${b.name.en}`, ar: `${a.name.ar} ${verb.ar} ${b.name.ar}` };
  const quotes = [text.quote(`${time.phrase}، ${headline.ar}`, `${time.start ?? 'Undated'}: ${headline.en}`)];
  if (random() < 0.3) {
    const clause = pick(random, CLAUSES);
    quotes.push(text.quote(`وقال ${a.name.ar} إن ${clause.ar}`, `${a.name.en} said that ${clause.en}`));
  }
  return {
    id: `event-${index}`,
    title: future ? { en: `Proposed: ${headline.en}`, ar: `مقترح: ${headline.ar}` } : headline,
    status,
    type,
    mode,
    ...(future ? { context: ['future'] } : {}),
    cameo: String(10 + Math.floor(random() * 190)).padStart(3, '0'),
    participants,
    ...(random() < 0.5 ? { place: { ...pick(random, PLACES) } } : {}),
    attribution: { ...pick(random, ATTRIBUTIONS) },
    time,
    quotes,
  };
}

/** A valid events document of `count` events over five years and six countries; the same seed, the same bytes. */
export function generateDocument(count: number, seed: number): GeneratedDocument {
  const random = seeded(seed);
  const actors = makeActors();
  const people = actors.filter((actor) => actor.kind !== 'media');
  const text = new SourceText();
  const events = Array.from({ length: count }, (_, index) => makeEvent(index, random, people, text));
  const document: EventsDocumentJson = {
    version: 1,
    source: {
      id: `synthetic-${count}`,
      publisher: 'diplomatic-timeline benchmark generator',
      title: { en: `Synthetic timeline of ${count} events (seed ${seed})`, ar: 'جدول زمني تجريبي' },
      language: 'ar',
      dateline: new Date(DATELINE).toISOString().slice(0, 10),
      text: `synthetic-${count}.ar.txt`,
      note: 'Generated for benchmarks; not a real report.',
    },
    actors,
    events,
  };
  return { document, sourceText: text.toString() };
}

export interface GeneratedArchive {
  /** The archive itself: its index, its actors and its parts' addresses. */
  archive: ArchiveJson;
  /** Each part: its address relative to the archive, the document, and its source text (at `document.source.text`, relative to the part). */
  parts: { href: string; document: EventsDocumentJson; sourceText: string }[];
}

/**
 * The same kind of events as `generateDocument`, as an archive: parts of `perPart` events, one
 * report each with its own source text, in time order (a report tells of its own weeks), and
 * the index of them all. Undated events are spread over the parts. The same seed, the same bytes.
 */
export function generateArchive(
  count: number,
  seed: number,
  perPart = 1_000,
  /** Titles in the index: off, so that the benchmarks' archives stay as they were measured. */
  { titles = false }: { titles?: boolean } = {},
): GeneratedArchive {
  const random = seeded(seed);
  const actors = makeActors();
  const people = actors.filter((actor) => actor.kind !== 'media');
  // Events first, each quoting a throwaway text, to sort them; each part then quotes its own.
  const scratch = new SourceText();
  const events = Array.from({ length: count }, (_, index) => makeEvent(index, random, people, scratch));
  const dated = events.filter((event) => event.time.start !== undefined);
  const undated = events.filter((event) => event.time.start === undefined);
  dated.sort((a, b) => (a.time.start! < b.time.start! ? -1 : a.time.start! > b.time.start! ? 1 : 0));
  const partCount = Math.max(1, Math.ceil(count / perPart));
  const byPart: TimelineEventJson[][] = Array.from({ length: partCount }, () => []);
  const datedPerPart = Math.ceil(dated.length / partCount);
  dated.forEach((event, i) => byPart[Math.floor(i / datedPerPart)]!.push(event));
  undated.forEach((event, i) => byPart[i % partCount]!.push(event));

  const name = (i: number) => String(i + 1).padStart(4, '0');
  const parts = byPart.map((partEvents, i) => {
    const text = new SourceText();
    // Quotes again, now at their places in this part's own text.
    const quoted = partEvents.map((event) => ({
      ...event,
      quotes: event.quotes.map((quote) => text.quote(quote.text, quote.translation ?? '')),
    }));
    const document: EventsDocumentJson = {
      version: 1,
      source: {
        id: `synthetic-${count}-part-${name(i)}`,
        publisher: 'diplomatic-timeline benchmark generator',
        title: {
          en: `Synthetic report ${i + 1} of ${partCount} (seed ${seed})`,
          ar: `تقرير تجريبي ${i + 1}`,
        },
        language: 'ar',
        dateline: new Date(DATELINE).toISOString().slice(0, 10),
        text: `${name(i)}.ar.txt`,
        note: 'Generated for benchmarks; not a real report.',
      },
      actors,
      events: quoted,
    };
    return { href: `parts/${name(i)}.json`, document, sourceText: text.toString() };
  });
  const archive: ArchiveJson = {
    version: 1,
    archive: {
      id: `synthetic-${count}`,
      title: { en: `Synthetic archive of ${count} events (seed ${seed})`, ar: 'أرشيف تجريبي' },
      note: 'Generated for benchmarks; not a real archive.',
    },
    actors,
    parts: parts.map((part) => ({ href: part.href, events: part.document.events.length })),
    index: buildArchiveIndex(
      parts.flatMap((part, i) => part.document.events.map((event) => ({ event: placed(event), part: i }))),
      actors,
      { titles },
    ),
  };
  return { archive, parts };
}

/** What the index needs of an event as written: its days read. */
function placed(event: TimelineEventJson): Parameters<typeof buildArchiveIndex>[0][number]['event'] {
  const { time } = event;
  const day = (text: string | undefined) => (text === undefined ? undefined : parseCalendarDate(text)!);
  return {
    ...event,
    time: {
      ...time,
      start: day(time.start),
      end: day(time.end),
    } as Parameters<typeof buildArchiveIndex>[0][number]['event']['time'],
  };
}
