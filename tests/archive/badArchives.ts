/**
 * Spoiled archives, shared by the tests of checkArchiveSteps and of archive.schema.json so that
 * both are held to the same cases. Each starts from a valid generated archive.
 */
import { generateArchive } from '../../bench/generate.ts';
import type { ArchiveJson, ArchiveRowJson } from '../../src/archive/archive.ts';
import type { Precision } from '../../src/types.ts';

/** 300 events in three parts of about 100: every precision and status occurs. */
export const generated = generateArchive(300, 7, 100);

export interface BadRow {
  /** What is wrong with the row, as a test name reads it. */
  name: string;
  /** The precision of the good row to spoil. */
  precision: Precision;
  /** The spoiled row, from the good one and the whole index. */
  spoil: (row: ArchiveRowJson, index: readonly ArchiveRowJson[]) => unknown[];
  /** The field the problem points at; undefined for the row as a whole. */
  field: number | undefined;
  /** Whether JSON Schema can say so too; otherwise only checkArchiveSteps can. */
  schemaCan: boolean;
}

const set = (row: ArchiveRowJson, field: number, value: unknown): unknown[] =>
  row.map((old, i) => (i === field ? value : old));

export const BAD_ROWS: BadRow[] = [
  {
    name: 'has seven fields',
    precision: 'day',
    spoil: (row) => row.slice(0, 7),
    field: undefined,
    schemaCan: true,
  },
  {
    name: 'has nine fields',
    precision: 'day',
    spoil: (row) => [...row, null],
    field: undefined,
    schemaCan: true,
  },
  {
    name: 'has an id that is not a slug',
    precision: 'day',
    spoil: (row) => set(row, 0, 'Event 12'),
    field: 0,
    schemaCan: true,
  },
  {
    name: 'names a part past the last',
    precision: 'day',
    spoil: (row) => set(row, 1, 3),
    field: 1,
    schemaCan: false,
  },
  {
    name: 'names a negative part',
    precision: 'day',
    spoil: (row) => set(row, 1, -1),
    field: 1,
    schemaCan: true,
  },
  {
    name: 'has an unknown status',
    precision: 'day',
    spoil: (row) => set(row, 5, 'happened'),
    field: 5,
    schemaCan: true,
  },
  {
    name: 'has an unknown precision',
    precision: 'day',
    spoil: (row) => set(row, 6, 'week'),
    field: 6,
    schemaCan: true,
  },
  {
    name: 'is undated but has a start',
    precision: 'undated',
    spoil: (row) => set(row, 2, '2024-01-01'),
    field: 2,
    schemaCan: true,
  },
  {
    name: 'is undated but has an end',
    precision: 'undated',
    spoil: (row) => set(row, 3, '2024-01-01'),
    field: 3,
    schemaCan: true,
  },
  {
    name: 'is undated but has a partOfDay',
    precision: 'undated',
    spoil: (row) => set(row, 4, 'night'),
    field: 4,
    schemaCan: true,
  },
  {
    name: 'is dated but has no start',
    precision: 'day',
    spoil: (row) => set(row, 2, null),
    field: 2,
    schemaCan: true,
  },
  {
    name: 'starts on a day that does not exist',
    precision: 'day',
    spoil: (row) => set(row, 2, '2026-02-30'),
    field: 2,
    schemaCan: false,
  },
  {
    name: 'starts on a day not written YYYY-MM-DD',
    precision: 'day',
    spoil: (row) => set(row, 2, '2026-2-3'),
    field: 2,
    schemaCan: true,
  },
  {
    name: 'ends before it starts',
    precision: 'multi-day',
    spoil: (row) => set(row, 3, '2020-12-31'),
    field: 3,
    schemaCan: false,
  },
  {
    name: 'has a window with no end',
    precision: 'window',
    spoil: (row) => set(row, 3, null),
    field: 3,
    schemaCan: true,
  },
  {
    name: 'has an end on a single day',
    precision: 'day',
    spoil: (row) => set(row, 3, row[2]),
    field: 3,
    schemaCan: true,
  },
  {
    name: 'has a partOfDay on a whole day',
    precision: 'day',
    spoil: (row) => set(row, 4, 'morning'),
    field: 4,
    schemaCan: true,
  },
  {
    name: 'has an unknown partOfDay',
    precision: 'part-of-day',
    spoil: (row) => set(row, 4, 'noon'),
    field: 4,
    schemaCan: true,
  },
  {
    name: 'has an unknown lead',
    precision: 'day',
    spoil: (row) => set(row, 7, 'nobody'),
    field: 7,
    schemaCan: false,
  },
  // The later row of the two is the one reported: the earlier one keeps the id.
  {
    name: 'repeats an earlier id',
    precision: 'day',
    spoil: (row, index) => set(row, 0, index[0]![0]),
    field: 0,
    schemaCan: false,
  },
];

/** The generated archive with one row spoiled: the first good row of the case's precision but the first. */
export function withBadRow(bad: BadRow): { archive: ArchiveJson; at: number; spoiled: unknown[] } {
  const archive = structuredClone(generated.archive);
  const at = archive.index.findIndex((row, i) => i > 0 && row[6] === bad.precision);
  const spoiled = bad.spoil(archive.index[at]!, archive.index);
  archive.index[at] = spoiled as ArchiveRowJson;
  return { archive, at, spoiled };
}

/** Archives that are not archives at all, each with the path of what is wrong. */
export const BAD_FRAMES: {
  name: string;
  spoil: (archive: Record<string, unknown>) => unknown;
  path: string;
}[] = [
  { name: 'an array', spoil: () => [], path: '' },
  { name: 'null', spoil: () => null, path: '' },
  { name: 'a version 2', spoil: (archive) => ({ ...archive, version: 2 }), path: '/version' },
  { name: 'no version', spoil: ({ version: _, ...archive }) => archive, path: '/version' },
  {
    name: 'an id that is not a slug',
    spoil: (archive) => ({ ...archive, archive: { id: 'Synthetic 300', title: { en: 'S', ar: 'ت' } } }),
    path: '/archive/id',
  },
  {
    name: 'a title with no Arabic',
    spoil: (archive) => ({ ...archive, archive: { id: 'synthetic', title: { en: 'S' } } }),
    path: '/archive/title',
  },
  { name: 'actors that are not an array', spoil: (archive) => ({ ...archive, actors: {} }), path: '/actors' },
  { name: 'no parts', spoil: (archive) => ({ ...archive, parts: [] }), path: '/parts' },
  { name: 'parts that are not an array', spoil: ({ parts: _, ...archive }) => archive, path: '/parts' },
  { name: 'an index that is not an array', spoil: (archive) => ({ ...archive, index: {} }), path: '/index' },
  {
    name: 'a part with an empty href',
    spoil: (archive) => ({ ...archive, parts: withPart(archive, 1, { href: '' }) }),
    path: '/parts/1/href',
  },
  {
    name: 'a part whose href is a number',
    spoil: (archive) => ({ ...archive, parts: withPart(archive, 1, { href: 2 }) }),
    path: '/parts/1/href',
  },
  {
    name: 'a part with a negative count of events',
    spoil: (archive) => ({ ...archive, parts: withPart(archive, 1, { events: -1 }) }),
    path: '/parts/1/events',
  },
];

function withPart(archive: Record<string, unknown>, at: number, change: Record<string, unknown>): unknown[] {
  return (archive.parts as object[]).map((part, i) => (i === at ? { ...part, ...change } : part));
}
