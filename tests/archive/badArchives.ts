/**
 * Spoiled archives, shared by the tests of checkArchiveSteps and of archive.schema.json so that
 * both are held to the same cases. Each starts from a valid generated archive.
 */
import { generateArchive } from '../../bench/generate.ts';
import type { ArchiveIndexJson, ArchiveJson } from '../../src/archive/archive.ts';
import { PRECISION_CODES } from '../../src/archive/archive.ts';
import type { Precision } from '../../src/types.ts';

/** 300 events in three parts of about 100: every precision and status occurs. */
export const generated = generateArchive(300, 7, 100);

export type Column = keyof ArchiveIndexJson;

/** An actor that leads no event: spoiling it spoils no event, until an event is made to name it. */
export const UNLED_ACTOR = generated.archive.actors.findIndex(
  (_, i) => !generated.archive.index.lead.includes(i),
);

export interface BadEvent {
  /** What is wrong with the event, as a test name reads it. */
  name: string;
  /** The precision of the good event to spoil. */
  precision: Precision;
  /** Spoils the event at position `at` of the index (and maybe more of the archive), in place. */
  spoil: (archive: ArchiveJson, at: number) => void;
  /** The column the problem points at. */
  column: Column;
  /** Whether JSON Schema can say so too, at that column; otherwise only checkArchiveSteps can. */
  schemaCan: boolean;
  /** What else the spoiling breaks, as the paths of its problems: reported before the event's own. */
  also?: string[];
}

/** Sets position `at` of one column to what `compute` makes of the index as it was. */
const setFrom =
  (column: Column, compute: (index: ArchiveIndexJson, at: number) => unknown) =>
  (archive: ArchiveJson, at: number): void => {
    (archive.index[column] as unknown[])[at] = compute(archive.index, at);
  };

/** Sets position `at` of one column to `value`. */
const set = (column: Column, value: unknown) => setFrom(column, () => value);

const startOf = (index: ArchiveIndexJson, at: number) => index.start[at]!;

export const BAD_EVENTS: BadEvent[] = [
  {
    name: 'has an id that is not a slug',
    precision: 'day',
    spoil: set('id', 'Event 12'),
    column: 'id',
    schemaCan: true,
  },
  {
    name: 'has an id that is not text',
    precision: 'day',
    spoil: set('id', 12),
    column: 'id',
    schemaCan: true,
  },
  // The later event of the two is the one reported: the earlier one keeps the id.
  {
    name: 'repeats an earlier id',
    precision: 'day',
    spoil: setFrom('id', (index) => index.id[0]),
    column: 'id',
    schemaCan: true,
  },
  {
    name: 'names a part past the last',
    precision: 'day',
    spoil: set('part', 3),
    column: 'part',
    schemaCan: false,
  },
  {
    name: 'names a negative part',
    precision: 'day',
    spoil: set('part', -1),
    column: 'part',
    schemaCan: true,
  },
  {
    name: 'names a part by a fraction',
    precision: 'day',
    spoil: set('part', 0.5),
    column: 'part',
    schemaCan: true,
  },
  {
    name: 'has a status code past the last',
    precision: 'day',
    spoil: set('status', 5),
    column: 'status',
    schemaCan: true,
  },
  {
    name: 'has a status written as a word, as rows had it',
    precision: 'day',
    spoil: set('status', 'occurred'),
    column: 'status',
    schemaCan: true,
  },
  {
    name: 'has a precision code past the last',
    precision: 'day',
    spoil: set('precision', 5),
    column: 'precision',
    schemaCan: true,
  },
  {
    name: 'has a negative precision code',
    precision: 'day',
    spoil: set('precision', -1),
    column: 'precision',
    schemaCan: true,
  },
  {
    name: 'is undated but has a start',
    precision: 'undated',
    spoil: set('start', 20483),
    column: 'start',
    schemaCan: false,
  },
  {
    name: 'is undated but has an end',
    precision: 'undated',
    spoil: set('end', 20483),
    column: 'end',
    schemaCan: false,
  },
  {
    name: 'is undated but has a partOfDay',
    precision: 'undated',
    spoil: set('partOfDay', 3),
    column: 'partOfDay',
    schemaCan: false,
  },
  {
    name: 'is dated but has no start',
    precision: 'day',
    spoil: set('start', null),
    column: 'start',
    schemaCan: false,
  },
  {
    name: 'starts before the year 1',
    precision: 'day',
    spoil: set('start', -719163),
    column: 'start',
    schemaCan: true,
  },
  {
    name: 'starts after the year 9999',
    precision: 'day',
    spoil: set('start', 2932897),
    column: 'start',
    schemaCan: true,
  },
  {
    name: 'starts on a day that is not a whole number',
    precision: 'day',
    spoil: setFrom('start', (index, at) => startOf(index, at) + 0.5),
    column: 'start',
    schemaCan: true,
  },
  {
    name: 'starts on a day written YYYY-MM-DD, as rows had it',
    precision: 'day',
    spoil: set('start', '2026-01-30'),
    column: 'start',
    schemaCan: true,
  },
  {
    name: 'ends after the year 9999',
    precision: 'multi-day',
    spoil: set('end', 2932897),
    column: 'end',
    schemaCan: true,
  },
  {
    name: 'ends before it starts',
    precision: 'multi-day',
    spoil: setFrom('end', (index, at) => startOf(index, at) - 1),
    column: 'end',
    schemaCan: false,
  },
  {
    name: 'has an end on a single day',
    precision: 'day',
    spoil: setFrom('end', startOf),
    column: 'end',
    schemaCan: false,
  },
  {
    name: 'has an end on a part of a day',
    precision: 'part-of-day',
    spoil: setFrom('end', startOf),
    column: 'end',
    schemaCan: false,
  },
  {
    name: 'has a window with no end',
    precision: 'window',
    spoil: set('end', null),
    column: 'end',
    schemaCan: false,
  },
  {
    name: 'has several days with no end',
    precision: 'multi-day',
    spoil: set('end', null),
    column: 'end',
    schemaCan: false,
  },
  {
    name: 'has a partOfDay on a whole day',
    precision: 'day',
    spoil: set('partOfDay', 0),
    column: 'partOfDay',
    schemaCan: false,
  },
  {
    name: 'has a partOfDay on several days',
    precision: 'multi-day',
    spoil: set('partOfDay', 0),
    column: 'partOfDay',
    schemaCan: false,
  },
  {
    name: 'has a partOfDay code past the last',
    precision: 'part-of-day',
    spoil: set('partOfDay', 4),
    column: 'partOfDay',
    schemaCan: true,
  },
  {
    name: 'has a lead past the last actor',
    precision: 'day',
    spoil: set('lead', generated.archive.actors.length),
    column: 'lead',
    schemaCan: false,
  },
  { name: 'has a negative lead', precision: 'day', spoil: set('lead', -1), column: 'lead', schemaCan: true },
  {
    name: "has a lead written as the actor's id, as rows had it",
    precision: 'day',
    spoil: set('lead', 'iran'),
    column: 'lead',
    schemaCan: true,
  },
  // The actor's own problem comes first: actors are checked before the index.
  {
    name: 'has a lead naming an actor that is not valid',
    precision: 'day',
    spoil: (archive, at) => {
      archive.actors[UNLED_ACTOR] = { ...archive.actors[UNLED_ACTOR]!, country: 'tr' };
      archive.index.lead[at] = UNLED_ACTOR;
    },
    column: 'lead',
    schemaCan: false,
    also: [`/actors/${UNLED_ACTOR}/country`],
  },
];

/** The generated archive with one event spoiled: the first of the case's precision but the first event. */
export function withBadEvent(bad: BadEvent): { archive: ArchiveJson; at: number } {
  const archive = structuredClone(generated.archive);
  const code = PRECISION_CODES.indexOf(bad.precision);
  const at = archive.index.precision.findIndex((precision, i) => i > 0 && precision === code);
  bad.spoil(archive, at);
  return { archive, at };
}

/** The index with one column changed. */
function withColumn(
  archive: ArchiveJson,
  column: Column,
  change: (values: unknown[]) => unknown,
): ArchiveJson {
  return { ...archive, index: { ...archive.index, [column]: change([...(archive.index[column] ?? [])]) } };
}

/** Archives that are not archives at all, each with the path of what is wrong. */
export const BAD_FRAMES: {
  name: string;
  spoil: (archive: ArchiveJson) => unknown;
  path: string;
  /** Whether JSON Schema rejects it too; a column's length is beyond it. */
  schemaCan: boolean;
}[] = [
  { name: 'an array', spoil: () => [], path: '', schemaCan: true },
  { name: 'null', spoil: () => null, path: '', schemaCan: true },
  {
    name: 'a version 2',
    spoil: (archive) => ({ ...archive, version: 2 }),
    path: '/version',
    schemaCan: true,
  },
  { name: 'no version', spoil: ({ version: _, ...archive }) => archive, path: '/version', schemaCan: true },
  {
    name: 'an id that is not a slug',
    spoil: (archive) => ({ ...archive, archive: { id: 'Synthetic 300', title: { en: 'S', ar: 'ت' } } }),
    path: '/archive/id',
    schemaCan: true,
  },
  {
    name: 'a title with no Arabic',
    spoil: (archive) => ({ ...archive, archive: { id: 'synthetic', title: { en: 'S' } } }),
    path: '/archive/title',
    schemaCan: true,
  },
  {
    name: 'actors that are not an array',
    spoil: (archive) => ({ ...archive, actors: {} }),
    path: '/actors',
    schemaCan: true,
  },
  { name: 'no parts', spoil: (archive) => ({ ...archive, parts: [] }), path: '/parts', schemaCan: true },
  {
    name: 'parts that are not an array',
    spoil: ({ parts: _, ...archive }) => archive,
    path: '/parts',
    schemaCan: true,
  },
  {
    name: 'a part with an empty href',
    spoil: (archive) => ({ ...archive, parts: withPart(archive, 1, { href: '' }) }),
    path: '/parts/1/href',
    schemaCan: true,
  },
  {
    name: 'a part whose href is a number',
    spoil: (archive) => ({ ...archive, parts: withPart(archive, 1, { href: 2 }) }),
    path: '/parts/1/href',
    schemaCan: true,
  },
  {
    name: 'a part with a negative count of events',
    spoil: (archive) => ({ ...archive, parts: withPart(archive, 1, { events: -1 }) }),
    path: '/parts/1/events',
    schemaCan: true,
  },
  {
    name: 'an index of rows rather than columns',
    spoil: (archive) => ({ ...archive, index: [] }),
    path: '/index',
    schemaCan: true,
  },
  {
    name: 'an index that is null',
    spoil: (archive) => ({ ...archive, index: null }),
    path: '/index',
    schemaCan: true,
  },
  {
    name: 'an index with no id column',
    spoil: ({ index: { id: _, ...index }, ...archive }) => ({ ...archive, index }),
    path: '/index/id',
    schemaCan: true,
  },
  {
    name: 'an index with no lead column',
    spoil: ({ index: { lead: _, ...index }, ...archive }) => ({ ...archive, index }),
    path: '/index/lead',
    schemaCan: true,
  },
  {
    name: 'a precision column that is not an array',
    spoil: (archive) => ({ ...archive, index: { ...archive.index, precision: 'day' } }),
    path: '/index/precision',
    schemaCan: true,
  },
  {
    name: 'a status column one shorter than the ids',
    spoil: (archive) => withColumn(archive, 'status', (values) => values.slice(1)),
    path: '/index/status',
    schemaCan: false,
  },
  {
    name: 'a start column one longer than the ids',
    spoil: (archive) => withColumn(archive, 'start', (values) => [...values, null]),
    path: '/index/start',
    schemaCan: false,
  },
  {
    name: 'an id column one shorter than the others',
    spoil: (archive) => withColumn(archive, 'id', (values) => values.slice(1)),
    // Every other column is measured against the ids: the first of them is named.
    path: '/index/part',
    schemaCan: false,
  },
];

function withPart(archive: ArchiveJson, at: number, change: Record<string, unknown>): unknown[] {
  return archive.parts.map((part, i) => (i === at ? { ...part, ...change } : part));
}

/** The index without the event at position `at`: every column one shorter. */
export function withoutPosition(index: ArchiveIndexJson, at: number): ArchiveIndexJson {
  const drop = <T>(values: T[]) => values.filter((_, i) => i !== at);
  return {
    id: drop(index.id),
    part: drop(index.part),
    start: drop(index.start),
    end: drop(index.end),
    partOfDay: drop(index.partOfDay),
    status: drop(index.status),
    precision: drop(index.precision),
    lead: drop(index.lead),
  };
}
