import type { CalendarDate } from '../calendar/calendarDate.ts';
import { weekdayOf } from '../calendar/calendarDate.ts';

const EN_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const AR_WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const AR_MONTHS = [
  'يناير',
  'فبراير',
  'مارس',
  'أبريل',
  'مايو',
  'يونيو',
  'يوليو',
  'أغسطس',
  'سبتمبر',
  'أكتوبر',
  'نوفمبر',
  'ديسمبر',
];

/** "Saturday 31 January 2026" / «السبت 31 يناير 2026»: the way the documents' rules write a day. */
export function describeDay(date: CalendarDate, lang: 'en' | 'ar'): string {
  const weekday = weekdayOf(date);
  return lang === 'en'
    ? `${EN_WEEKDAYS[weekday]} ${date.day} ${EN_MONTHS[date.month - 1]} ${date.year}`
    : `${AR_WEEKDAYS[weekday]} ${date.day} ${AR_MONTHS[date.month - 1]} ${date.year}`;
}

/** "31 January to 2 February 2026" / «31 يناير إلى 2 فبراير 2026». */
export function describeSpan(start: CalendarDate, end: CalendarDate | undefined, lang: 'en' | 'ar'): string {
  if (end === undefined) return describeDay(start, lang);
  return lang === 'en'
    ? `${describeDay(start, 'en')} to ${describeDay(end, 'en')}`
    : `${describeDay(start, 'ar')} إلى ${describeDay(end, 'ar')}`;
}

export function weekdayName(index: number, lang: 'en' | 'ar'): string {
  return (lang === 'en' ? EN_WEEKDAYS : AR_WEEKDAYS)[index]!;
}
