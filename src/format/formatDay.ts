import type { CalendarDate } from '../calendar/calendarDate.ts';
import { toLocalDate } from '../calendar/calendarDate.ts';
import type { Lang } from '../i18n/strings.ts';
import type { EventTime } from '../types.ts';
import { localise } from '../i18n/localise.ts';
import { formatPattern } from './formatPattern.ts';

export interface DayFormat {
  lang: Lang;
  /** Write digits as Arabic-Indic (٠١٢…) in Arabic. */
  arabicDigits?: boolean;
}

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';

/** Arabic uses the Egyptian month names (يناير، فبراير), as the article's readers do. */
export function formatDate(date: Date, pattern: string, { lang, arabicDigits = false }: DayFormat): string {
  const text = formatPattern(date, pattern, lang);
  return lang === 'ar' && arabicDigits ? text.replace(/[0-9]/g, (d) => ARABIC_INDIC[Number(d)]!) : text;
}

export function formatDay(day: CalendarDate, options: DayFormat): string {
  return formatDate(toLocalDate(day), 'EEEE d MMMM yyyy', options);
}

/** "Saturday 31 January 2026, evening", "Friday 30 – Saturday 31 January 2026", or "undated". */
export function formatEventTime(time: Partial<EventTime>, options: DayFormat): string {
  const strings = localise(options.lang);
  if (!time.start) return strings.undated;
  if (!time.end) {
    const day = formatDay(time.start, options);
    const separator = options.lang === 'ar' ? '، ' : ', ';
    return time.partOfDay ? `${day}${separator}${strings.partOfDay[time.partOfDay]}` : day;
  }
  return `${formatDay(time.start, options)} – ${formatDay(time.end, options)}`;
}

/** [minor, major] label patterns by vis-timeline scale, with `month` for a month beside a day. */
function axisPatterns(month: string): Record<string, [string, string]> {
  return {
    millisecond: ['HH:mm:ss', 'EEEE d MMMM'],
    second: ['HH:mm:ss', 'EEEE d MMMM'],
    minute: ['HH:mm', 'EEEE d MMMM'],
    hour: ['HH:mm', 'EEEE d MMMM'],
    weekday: ['EEE d', 'MMMM yyyy'],
    day: ['d', 'MMMM yyyy'],
    week: [`d ${month}`, 'MMMM yyyy'],
    month: ['MMMM', 'yyyy'],
    year: ['yyyy', ''],
  };
}

/**
 * Built once: labels are formatted for every step on every frame of a zoom. Arabic gives
 * months in full: Egyptian usage has no short forms, and date-fns' "ينا" and "فبر" read as
 * cut-off words.
 */
const AXIS_PATTERNS: Record<Lang, Record<string, [string, string]>> = {
  en: axisPatterns('MMM'),
  ar: axisPatterns('MMMM'),
};

/**
 * An axis label for a local date at one of vis-timeline's scales ("day", "week", "month"…):
 * `minor` for each step, `major` for the row above.
 */
export function formatAxisLabel(
  date: Date,
  scale: string,
  kind: 'minor' | 'major',
  options: DayFormat,
): string {
  const patterns = AXIS_PATTERNS[options.lang];
  const [minor, major] = patterns[scale] ?? [patterns.week![0], 'yyyy'];
  const pattern = kind === 'minor' ? minor : major;
  return pattern ? formatDate(date, pattern, options) : '';
}
