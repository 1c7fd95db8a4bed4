import type { CalendarDate } from '../calendar/calendarDate.ts';
import { addDays } from '../calendar/calendarDate.ts';
import type { EventsDocument, TimelineEvent } from '../types.ts';
import { escapeIcalText, foldIcalLine } from './icalText.ts';

export interface IcalOptions {
  /** When the file is made (DTSTAMP): given, so that the function stays pure. */
  stamp: Date;
  /** The language of SUMMARY. Default "en". */
  lang?: 'en' | 'ar';
}

/** Events that are yet to happen, as far as the report knows. */
const COMING = new Set(['planned', 'proposed']);

/**
 * The planned and proposed events of a document that have a day, as an iCalendar file (RFC
 * 5545): all-day events (DTSTART;VALUE=DATE, DTEND the day after the last day, as the standard
 * counts), marked TENTATIVE, because the report says only that they are planned or proposed. A
 * window («later this week») spans its days, and its description says that it is some day of it.
 */
export function eventsToIcal(document: EventsDocument, { stamp, lang = 'en' }: IcalOptions): string {
  const { source } = document;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//diplomatic-timeline//events export//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcalText(source.title[lang])}`,
  ];
  for (const event of document.events) {
    const { start, end } = event.time;
    if (!start || !COMING.has(event.status)) continue;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.id}@${source.id}.diplomatic-timeline`,
      `DTSTAMP:${utcStamp(stamp)}`,
      `DTSTART;VALUE=DATE:${icalDate(start)}`,
      `DTEND;VALUE=DATE:${icalDate(addDays(end ?? start, 1))}`,
      `SUMMARY:${escapeIcalText(event.title[lang] ?? event.title.en)}`,
      `DESCRIPTION:${escapeIcalText(describe(event, document))}`,
      'STATUS:TENTATIVE',
      'TRANSP:TRANSPARENT',
      `CATEGORIES:${event.status.toUpperCase()}`,
    );
    if (event.place) lines.push(`LOCATION:${escapeIcalText(event.place[lang])}`);
    if (source.url) lines.push(`URL:${source.url}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldIcalLine).join('');
}

/** What a reader needs to judge the entry: its status, the words it was dated from, the quotes. */
function describe(event: TimelineEvent, { source }: EventsDocument): string {
  const { time } = event;
  const parts = [
    `${event.status === 'proposed' ? 'Proposed' : 'Planned'}, not confirmed as having happened.`,
    time.precision === 'window' ? 'On some day of this window, not every day of it.' : '',
    `Date: «${time.phrase}» — ${time.rule}`,
    ...event.quotes.map((quote) => `«${quote.text}»\n${quote.translation}`),
    `Source: ${source.publisher}, ${source.title.en}`,
  ];
  return parts.filter((part) => part !== '').join('\n\n');
}

function icalDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
}

/** `20260207T101500Z`: an instant, in UTC, as DTSTAMP must be. */
function utcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}
