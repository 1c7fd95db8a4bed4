import type { CalendarDate } from '../calendar/calendarDate.ts';
import { weekdayOf } from '../calendar/calendarDate.ts';
import { DAY_NAMES } from '../calendar/dayNames.ts';

/** "Saturday 31 January 2026" / «السبت 31 يناير 2026»: the way the documents' rules write a day. */
export function describeDay(date: CalendarDate, lang: 'en' | 'ar'): string {
  const weekday = weekdayOf(date);
  const names = DAY_NAMES[lang];
  return `${names.weekdays[weekday]} ${date.day} ${names.months[date.month - 1]} ${date.year}`;
}

/** "31 January to 2 February 2026" / «31 يناير إلى 2 فبراير 2026». */
export function describeSpan(start: CalendarDate, end: CalendarDate | undefined, lang: 'en' | 'ar'): string {
  if (end === undefined) return describeDay(start, lang);
  return lang === 'en'
    ? `${describeDay(start, 'en')} to ${describeDay(end, 'en')}`
    : `${describeDay(start, 'ar')} إلى ${describeDay(end, 'ar')}`;
}

export function weekdayName(index: number, lang: 'en' | 'ar'): string {
  return DAY_NAMES[lang].weekdays[index]!;
}
