import { EVENT_STATUSES } from '../schema/vocabulary.ts';
import type { EventStatus, TimelineEventJson } from '../types.ts';
import { detectLanguage } from './detectLanguage.ts';
import { slug, uniqueId } from './slug.ts';
import type { TimelineJsRow } from './timelineJsColumns.ts';
import { QUOTE_SEPARATOR, UNMAPPED_COLUMNS } from './timelineJsColumns.ts';

/** Widened to strings, so that a spreadsheet's group can be looked up in it. */
const STATUSES: readonly string[] = EVENT_STATUSES;
const pad = (n: number) => String(n).padStart(2, '0');

/** Something an import had nowhere to put: worded by the interface, in its language. */
export type Unmapped =
  | { kind: 'text'; row: number }
  | { kind: 'group'; row: number; value: string }
  | { kind: 'column'; column: string; rows: number };

export interface ImportedRows {
  events: TimelineEventJson[];
  /** The title row's headline, when there is one. */
  title: string | null;
  /** Fields the import had to guess (`eventId/type`): listed for review. */
  drafted: string[];
  /** What had nowhere to go: a column's cells (media, times), text not in the article, a group that is no status. */
  unmapped: Unmapped[];
}

/** A day from TimelineJS's cells, or null; a year alone or a month alone gives a window. */
function days(year: string, month: string, day: string): { start: string; end?: string } | null {
  const y = Number(year);
  const m = Number(month || 0);
  const d = Number(day || 0);
  if (!Number.isInteger(y) || y < 1 || y > 9999 || !year.trim()) return null;
  if (!month.trim()) return { start: `${y}-01-01`, end: `${y}-12-31` };
  if (!Number.isInteger(m) || m < 1 || m > 12) return null;
  if (!day.trim()) {
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return { start: `${y}-${pad(m)}-01`, end: `${y}-${pad(m)}-${pad(last)}` };
  }
  return Number.isInteger(d) && d >= 1 && d <= 31 ? { start: `${y}-${pad(m)}-${pad(d)}` } : null;
}

/**
 * Events from TimelineJS rows, against the article: a piece of Text becomes a quote only
 * where the article says it verbatim, since a quote must be. PLOVER's type has no column:
 * it is set to CONSULT and listed for review. Participants and translations have none either,
 * and the problem list asks for them.
 */
export function fromTimelineJsRows(
  rows: readonly TimelineJsRow[],
  text: string,
  takenIds: ReadonlySet<string>,
): ImportedRows {
  const events: TimelineEventJson[] = [];
  const drafted: string[] = [];
  const unmapped: Unmapped[] = [];
  const ids = new Set(takenIds);
  let title: string | null = null;
  const leftIn = new Map<string, number>();
  rows.forEach((row, index) => {
    const rowNumber = index + 2; // the header is row 1
    for (const column of UNMAPPED_COLUMNS)
      if (row[column]?.trim()) leftIn.set(column, (leftIn.get(column) ?? 0) + 1);
    if (row.Type?.trim().toLowerCase() === 'title') {
      title = row.Headline?.trim() || null;
      return;
    }
    const headline = row.Headline?.trim() ?? '';
    const id = uniqueId(slug(headline, `event-${rowNumber}`), ids);
    ids.add(id);
    const start = days(row.Year ?? '', row.Month ?? '', row.Day ?? '');
    const end = days(row['End Year'] ?? '', row['End Month'] ?? '', row['End Day'] ?? '');
    const lastDay = end?.end ?? end?.start;
    const precision = !start
      ? 'undated'
      : start.end
        ? 'window'
        : lastDay && lastDay !== start.start
          ? 'multi-day'
          : 'day';
    const quotes: TimelineEventJson['quotes'] = [];
    for (const piece of (row.Text ?? '')
      .split(QUOTE_SEPARATOR)
      .map((p) => p.trim())
      .filter(Boolean)) {
      const at = text.indexOf(piece);
      if (at < 0) unmapped.push({ kind: 'text', row: rowNumber });
      else quotes.push({ text: piece, start: at, end: at + piece.length, translation: '' });
    }
    const group = row.Group?.trim() ?? '';
    if (group && !STATUSES.includes(group)) unmapped.push({ kind: 'group', row: rowNumber, value: group });
    const headlineLang = detectLanguage(headline) ?? 'en';
    events.push({
      id,
      title: { en: headlineLang === 'en' ? headline : '', ar: headlineLang === 'ar' ? headline : '' },
      status: (STATUSES.includes(group) ? group : 'occurred') as EventStatus,
      type: 'CONSULT',
      participants: [],
      attribution: { en: '', ar: '' },
      time: {
        ...(start ? { start: start.start } : {}),
        ...(start?.end
          ? { end: start.end }
          : lastDay && start && lastDay !== start.start
            ? { end: lastDay }
            : {}),
        precision,
        phrase: row['Display Date']?.trim() ?? '',
        rule: start ? 'Imported from a TimelineJS spreadsheet: its Year, Month and Day columns.' : '',
      },
      quotes,
    });
    drafted.push(`${id}/type`);
  });
  for (const [column, rows] of leftIn) unmapped.push({ kind: 'column', column, rows });
  return { events, title, drafted, unmapped };
}
