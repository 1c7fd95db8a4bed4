import Papa from 'papaparse';
import type { TimelineJsRow } from './timelineJsColumns.ts';
import { TIMELINEJS_COLUMNS } from './timelineJsColumns.ts';

/** Columns an import cannot do without: the rest may be missing (older templates lack some). */
const REQUIRED = ['Year', 'Month', 'Day', 'Headline', 'Text'] as const;

/**
 * Spreadsheet cells starting with = + - @ run as formulas in Excel and LibreOffice: the
 * export prefixes them with ' (papaparse's escapeFormulae), and the import takes it off.
 */
const ESCAPED = /^'(?=[=+\-@\t\r])/;

export function writeTimelineJsCsv(rows: readonly TimelineJsRow[]): string {
  return Papa.unparse(
    {
      fields: [...TIMELINEJS_COLUMNS],
      data: rows.map((row) => TIMELINEJS_COLUMNS.map((column) => row[column])),
    },
    { escapeFormulae: true, newline: '\r\n' },
  );
}

export type ReadCsv =
  { ok: true; rows: TimelineJsRow[]; unknownColumns: string[] } | { ok: false; missing: string[] };

export function readTimelineJsCsv(csv: string): ReadCsv {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim(),
    transform: (value) => value.replace(ESCAPED, ''),
  });
  const fields = parsed.meta.fields ?? [];
  const missing = REQUIRED.filter((column) => !fields.includes(column));
  if (missing.length > 0) return { ok: false, missing };
  const known: readonly string[] = TIMELINEJS_COLUMNS;
  const rows = parsed.data.map(
    (record) =>
      Object.fromEntries(TIMELINEJS_COLUMNS.map((column) => [column, record[column] ?? ''])) as TimelineJsRow,
  );
  return { ok: true, rows, unknownColumns: fields.filter((field) => field && !known.includes(field)) };
}
