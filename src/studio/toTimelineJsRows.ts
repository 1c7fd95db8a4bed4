import type { Draft } from './draft.ts';
import type { TimelineJsRow } from './timelineJsColumns.ts';
import { QUOTE_SEPARATOR, TIMELINEJS_COLUMNS } from './timelineJsColumns.ts';

function emptyRow(): TimelineJsRow {
  return Object.fromEntries(TIMELINEJS_COLUMNS.map((column) => [column, ''])) as TimelineJsRow;
}

/** `YYYY-MM-DD` as TimelineJS's three cells, without leading zeros. */
function dayCells(day: string | undefined): [string, string, string] {
  const match = day ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(day) : null;
  if (!match) return ['', '', ''];
  return [String(Number(match[1])), String(Number(match[2])), String(Number(match[3]))];
}

/**
 * The draft as TimelineJS's spreadsheet: a title row, then one row per dated event (its
 * headline, its days, the date phrase as the displayed date, its quotes as the text, its
 * status as the group). Undated events are left out, since TimelineJS needs a year.
 */
export function toTimelineJsRows(draft: Draft): { rows: TimelineJsRow[]; skipped: number } {
  const title = emptyRow();
  title.Type = 'title';
  title.Headline = draft.title.en || draft.title.ar;
  title.Text = draft.publisher;
  const rows = [title];
  let skipped = 0;
  for (const event of draft.events) {
    const [year, month, day] = dayCells(event.time?.start);
    if (!year) {
      skipped += 1;
      continue;
    }
    const row = emptyRow();
    [row.Year, row.Month, row.Day] = [year, month, day];
    [row['End Year'], row['End Month'], row['End Day']] = dayCells(event.time.end);
    row['Display Date'] = event.time.phrase;
    row.Headline = event.title.en || (event.title.ar ?? '');
    row.Text = event.quotes.map((quote) => quote.text).join(QUOTE_SEPARATOR);
    row.Group = event.status;
    rows.push(row);
  }
  return { rows, skipped };
}
