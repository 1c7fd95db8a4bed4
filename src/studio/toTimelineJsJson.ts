import type { Draft } from './draft.ts';
import { toTimelineJsRows } from './toTimelineJsRows.ts';

interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
}

const date = (year: string, month: string, day: string): TimelineJsDate | undefined =>
  year
    ? { year: Number(year), ...(month ? { month: Number(month) } : {}), ...(day ? { day: Number(day) } : {}) }
    : undefined;

/** TimelineJS's JSON format (timeline.knightlab.com/docs/json-format.html), from the same rows as the CSV. */
export function toTimelineJsJson(draft: Draft): { json: object; skipped: number } {
  const { rows, skipped } = toTimelineJsRows(draft);
  const [title, ...eventRows] = rows;
  const ids = draft.events.filter((event) => event.time?.start).map((event) => event.id);
  return {
    skipped,
    json: {
      title: { text: { headline: title?.Headline ?? '', text: title?.Text ?? '' } },
      events: eventRows.map((row, index) => {
        const end = date(row['End Year'], row['End Month'], row['End Day']);
        return {
          unique_id: ids[index],
          start_date: date(row.Year, row.Month, row.Day),
          ...(end ? { end_date: end } : {}),
          display_date: row['Display Date'],
          text: { headline: row.Headline, text: row.Text },
          group: row.Group,
        };
      }),
    },
  };
}
