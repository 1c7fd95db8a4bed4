import { formatCalendarDate } from '../calendar/calendarDate.ts';
import type { Actor, TimelineEvent } from '../types.ts';
import { csvText } from './csvCell.ts';

export interface CsvOptions {
  /**
   * Start with a byte order mark, so that Excel reads the file as UTF-8 (without it, Arabic
   * opens as mojibake). Default true; other tools ignore it.
   */
  bom?: boolean;
}

const COLUMNS = [
  'id',
  'start',
  'end',
  'precision',
  'part of day',
  'status',
  'type',
  'title (en)',
  'title (ar)',
  'participants (en)',
  'participants (ar)',
  'place (en)',
  'place (ar)',
  'date phrase',
  'date rule',
] as const;

/**
 * One row per event, in the order given: its dates as YYYY-MM-DD (the last day inclusive, empty
 * for one day), the words the date came from and how it was resolved, and each quote verbatim
 * with its translation, in as many column pairs as the event with the most quotes needs.
 */
export function eventsToCsv(
  events: readonly TimelineEvent[],
  actors: ReadonlyMap<string, Actor>,
  { bom = true }: CsvOptions = {},
): string {
  const quoteColumns = Math.max(0, ...events.map((event) => event.quotes.length));
  const header: string[] = [...COLUMNS];
  for (let i = 1; i <= quoteColumns; i++) header.push(`quote ${i}`, `translation ${i}`);
  const names = (event: TimelineEvent, lang: 'en' | 'ar') =>
    event.participants.map(({ actor }) => actors.get(actor)?.name[lang] ?? actor).join('; ');
  const rows = events.map((event) => {
    const { time } = event;
    const row = [
      event.id,
      time.start ? formatCalendarDate(time.start) : '',
      time.end ? formatCalendarDate(time.end) : '',
      time.precision,
      time.partOfDay ?? '',
      event.status,
      event.type,
      event.title.en,
      event.title.ar ?? '',
      names(event, 'en'),
      names(event, 'ar'),
      event.place?.en ?? '',
      event.place?.ar ?? '',
      time.phrase,
      time.rule,
    ];
    for (let i = 0; i < quoteColumns; i++) {
      const quote = event.quotes[i];
      row.push(quote?.text ?? '', quote?.translation ?? '');
    }
    return row;
  });
  return (bom ? '\uFEFF' : '') + csvText([header, ...rows]);
}
