/**
 * Turns what a parser read into days, against the report's day and the narrative, and
 * says how in English and Arabic. The rules of news text:
 *
 * - a bare weekday told as past is the most recent one on or before the report's day
 *   (before it, for a relay); told as future, the next one after it;
 * - «المقبل»/"next" is the coming one, «الماضي»/"last" the previous one;
 * - a day and month without a year take the year that puts them nearest the report,
 *   after it when the statement is in the future, before it when «الماضي» says so;
 * - a day counted from another event is counted from the nearest dated event before it.
 */
import type { CalendarDate, WeekdayIndex } from '../calendar/calendarDate.ts';
import {
  addDays,
  daysBetween,
  latestWeekdayOnOrBefore,
  parseCalendarDate,
  weekdayOf,
  WEEKDAY_NAMES,
} from '../calendar/calendarDate.ts';
import { weekdayName } from './describeDay.ts';
import type { FindingBasis, MonthPart, Reading } from './types.ts';

export interface ResolveContext {
  /** The report's own day: the dateline, or for a relay the latest day the original can have. */
  report: CalendarDate;
  relay: boolean;
  future: boolean;
  /** The nearest dated event before, for «قبل ذلك بيوم». */
  anchor?: { start: CalendarDate; phrase: string };
  /** The last day of the narrative's past, for «في وقت لاحق من هذا الأسبوع» in a relay. */
  lastDated?: CalendarDate;
}

export interface Resolved {
  start: CalendarDate;
  end?: CalendarDate;
  window: boolean;
  /** Why, in English and Arabic, without the result (the caller adds it). */
  how: string;
  howAr: string;
  basis?: FindingBasis;
  usedAnchor?: true;
}

export function resolveReading(reading: Reading, context: ResolveContext): Resolved | undefined {
  switch (reading.kind) {
    case 'weekday':
      return weekday(reading, context);
    case 'date':
      return date(reading, context);
    case 'deictic':
      return {
        start: addDays(context.report, reading.offset),
        window: false,
        how: `counted ${count(reading.offset, 'en')} the report's day${relayNote(context, 'en')}`,
        howAr: `بالعدّ ${count(reading.offset, 'ar')} يوم التقرير${relayNote(context, 'ar')}`,
      };
    case 'after-count':
      if (context.future || context.anchor === undefined)
        return resolveReading({ kind: 'deictic', offset: reading.offset }, context);
      return resolveReading({ kind: 'relative', offset: reading.offset }, context);
    case 'relative': {
      const { anchor } = context;
      if (anchor === undefined) {
        const from = resolveReading({ kind: 'deictic', offset: reading.offset }, context)!;
        return {
          ...from,
          how: `no dated event comes before it, so ${from.how}`,
          howAr: `لا يسبقه حدث مؤرخ، فهو ${from.howAr}`,
        };
      }
      return {
        start: addDays(anchor.start, reading.offset),
        window: false,
        how: `${count(reading.offset, 'en')} the nearest dated event before it, «${anchor.phrase}»${reading.vague ? ', taken as the same day' : ''}`,
        howAr: `${count(reading.offset, 'ar')} أقرب حدث مؤرخ قبله، «${anchor.phrase}»${reading.vague ? '، وعُدّ في اليوم نفسه' : ''}`,
        basis: { offsetDays: reading.offset },
        usedAnchor: true,
      };
    }
    case 'window':
      return window(reading.window, reading.part, context);
    case 'month':
      return month(reading, context);
    case 'range': {
      const from = resolveReading(reading.from, context);
      // "until Tuesday" after a start is the first Tuesday from that start, whatever the tense.
      const to =
        reading.to.kind === 'weekday' && reading.to.direction === undefined && from
          ? {
              ...resolveReading(reading.to, context)!,
              start: addDays(from.start, (reading.to.weekday - weekdayOf(from.start) + 7) % 7),
            }
          : resolveReading(reading.to, context);
      if (!from || !to) return undefined;
      const end = to.end ?? to.start;
      if (daysBetween(end, from.start) < 0) return undefined;
      return {
        start: from.start,
        end,
        window: false,
        how: `from ${from.how}, to ${to.how}`,
        howAr: `من ${from.howAr}، إلى ${to.howAr}`,
      };
    }
  }
}

function weekday(
  reading: Extract<Reading, { kind: 'weekday' }>,
  { report, relay, future }: ResolveContext,
): Resolved {
  const { weekday: w, endWeekday, direction } = reading;
  const forward = direction === 'next' || (direction === undefined && future);
  const last = endWeekday ?? w;
  const span = (endWeekday === undefined ? 0 : (endWeekday - w + 7) % 7) as number;
  let start: CalendarDate;
  let how: string;
  let howAr: string;
  if (forward) {
    start = nextAfter(report, w);
    how =
      direction === 'next'
        ? `«next»: the coming ${weekdayName(w, 'en')} after the report's day`
        : `a weekday in a statement of the future: the next ${weekdayName(w, 'en')} after the report's day`;
    howAr =
      direction === 'next'
        ? `«المقبل»: أول ${weekdayName(w, 'ar')} بعد يوم التقرير`
        : `يوم أسبوع في خبر عن المستقبل: أول ${weekdayName(w, 'ar')} بعد يوم التقرير`;
  } else {
    // A relay's original report is not dated: it came out on some day before the dateline,
    // and a weekday it names is before that day (as resolveArticleDates has it).
    const onOrBefore = direction === 'last' || relay ? addDays(report, -1) : report;
    start = addDays(latestWeekdayOnOrBefore(onOrBefore, last as WeekdayIndex), -span);
    how =
      direction === 'last'
        ? `«last»: the ${weekdayName(last, 'en')} before the report's day`
        : relay
          ? `a weekday in a statement of the past: the most recent ${weekdayName(last, 'en')} before the original report, which came out before the relay's dateline`
          : `a weekday in a statement of the past: the most recent ${weekdayName(last, 'en')} on or before the dateline`;
    howAr =
      direction === 'last'
        ? `«الماضي»: يوم ${weekdayName(last, 'ar')} السابق ليوم التقرير`
        : relay
          ? `يوم أسبوع في خبر عن الماضي: أقرب ${weekdayName(last, 'ar')} قبل التقرير الأصلي الذي صدر قبل تاريخ المقال الناقل`
          : `يوم أسبوع في خبر عن الماضي: أقرب ${weekdayName(last, 'ar')} في تاريخ المقال أو قبله`;
  }
  const end = span === 0 ? undefined : addDays(start, span);
  const basis: FindingBasis | undefined =
    forward || direction !== undefined
      ? undefined
      : {
          weekday: WEEKDAY_NAMES[w],
          ...(endWeekday === undefined ? {} : { endWeekday: WEEKDAY_NAMES[endWeekday] }),
        };
  return { start, ...(end ? { end } : {}), window: false, how, howAr, ...(basis ? { basis } : {}) };
}

function date(reading: Extract<Reading, { kind: 'date' }>, context: ResolveContext): Resolved | undefined {
  if (reading.monthOffset !== undefined) {
    const index = context.report.year * 12 + context.report.month - 1 + reading.monthOffset;
    const start = real(Math.floor(index / 12), (index % 12) + 1, reading.day);
    if (!start) return undefined;
    return {
      start,
      window: false,
      how: "a day of the month named from the report's",
      howAr: 'يوم من شهر مذكور نسبةً إلى شهر التقرير',
    };
  }
  const { day, month: m, endDay } = reading;
  const year =
    reading.year ??
    (reading.yearOffset === undefined ? undefined : context.report.year + reading.yearOffset) ??
    yearFor(m, day, reading.direction, context);
  const start = real(year, m, day);
  if (!start) return undefined;
  const end = endDay === undefined ? undefined : real(year, m, endDay);
  const why =
    reading.year !== undefined
      ? ['the year is written', 'السنة مكتوبة']
      : yearReason(reading.direction, context);
  return {
    start,
    ...(end ? { end } : {}),
    window: false,
    how: `a day and month: ${why[0]}`,
    howAr: `يوم وشهر: ${why[1]}`,
  };
}

function month(reading: Extract<Reading, { kind: 'month' }>, context: ResolveContext): Resolved | undefined {
  const year = reading.year ?? yearFor(reading.month, 15, reading.direction, context);
  const [start, end] = monthPart(year, reading.month, reading.part);
  const why =
    reading.year !== undefined
      ? ['the year is written', 'السنة مكتوبة']
      : yearReason(reading.direction, context);
  return {
    start,
    end,
    window: true,
    how: `${partName(reading.part, 'en')} a month: ${why[0]}`,
    howAr: `${partName(reading.part, 'ar')} شهر: ${why[1]}`,
  };
}

function window(
  name: string,
  part: MonthPart | undefined,
  { report, relay, lastDated }: ResolveContext,
): Resolved {
  const weekStart = addDays(report, -weekdayOf(report));
  const monthsAway = name === 'next-month' ? 1 : name === 'last-month' ? -1 : 0;
  const spans: Record<string, () => [CalendarDate, CalendarDate, string, string]> = {
    'within-hours': () => [
      report,
      addDays(report, 1),
      "within hours: the report's day and the next",
      'خلال ساعات: يوم التقرير والذي يليه',
    ],
    'within-days': () => [
      addDays(report, 1),
      addDays(report, 7),
      "within days: the week after the report's day",
      'خلال أيام: الأسبوع الذي يلي يوم التقرير',
    ],
    'coming-weeks': () => [
      addDays(report, 1),
      addDays(report, 28),
      "the coming weeks: the four weeks after the report's day",
      'الأسابيع المقبلة: الأسابيع الأربعة بعد يوم التقرير',
    ],
    'later-this-week': () => {
      // A relay's report day is unknown: the week is the one after the last day the report tells of.
      const start = addDays(relay && lastDated ? lastDated : report, 1);
      return [
        start,
        addDays(start, Math.max(0, 6 - weekdayOf(start))),
        relay && lastDated
          ? 'later this week: from the day after the last day the report tells of to the end of that week (Sunday to Saturday)'
          : "later this week: from the day after the report's day to the end of the week (Sunday to Saturday)",
        relay && lastDated
          ? 'في وقت لاحق من هذا الأسبوع: من اليوم التالي لآخر يوم يرويه التقرير إلى نهاية ذلك الأسبوع (من الأحد إلى السبت)'
          : 'في وقت لاحق من هذا الأسبوع: من اليوم التالي ليوم التقرير إلى نهاية الأسبوع (من الأحد إلى السبت)',
      ];
    },
    'earlier-this-week': () => [
      weekStart,
      addDays(report, weekdayOf(report) === 0 ? 0 : -1),
      "earlier this week: from the Sunday of the report's week to the day before the report",
      'في وقت سابق من هذا الأسبوع: من أحد أسبوع التقرير إلى اليوم السابق له',
    ],
    'this-week': () => [
      weekStart,
      addDays(weekStart, 6),
      "this week: Sunday to Saturday of the report's week",
      'هذا الأسبوع: من الأحد إلى السبت من أسبوع التقرير',
    ],
    'next-week': () => [
      addDays(weekStart, 7),
      addDays(weekStart, 13),
      "next week: Sunday to Saturday of the week after the report's",
      'الأسبوع المقبل: من الأحد إلى السبت من الأسبوع التالي لأسبوع التقرير',
    ],
    'early-next-week': () => [
      addDays(weekStart, 7),
      addDays(weekStart, 9),
      "early next week: Sunday to Tuesday of the week after the report's",
      'مطلع الأسبوع المقبل: من الأحد إلى الثلاثاء من الأسبوع التالي',
    ],
    'last-week': () => [
      addDays(weekStart, -7),
      addDays(weekStart, -1),
      "last week: Sunday to Saturday of the week before the report's",
      'الأسبوع الماضي: من الأحد إلى السبت من الأسبوع السابق لأسبوع التقرير',
    ],
  };
  const make = spans[name];
  if (make) {
    const [start, end, how, howAr] = make();
    return {
      start,
      end,
      window: true,
      how,
      howAr,
      ...(name === 'later-this-week' ? { basis: { window: 'later-this-week' } } : {}),
    };
  }
  const index = report.year * 12 + report.month - 1 + monthsAway;
  const [start, end] = monthPart(Math.floor(index / 12), (index % 12) + 1, part ?? 'whole');
  const which =
    monthsAway === 1
      ? ["the month after the report's", 'الشهر التالي لشهر التقرير']
      : monthsAway === -1
        ? ["the month before the report's", 'الشهر السابق لشهر التقرير']
        : ["the report's month", 'شهر التقرير'];
  return {
    start,
    end,
    window: true,
    how: `${partName(part ?? 'whole', 'en')} ${which[0]}`,
    howAr: `${partName(part ?? 'whole', 'ar')} ${which[1]}`,
  };
}

function nextAfter(day: CalendarDate, w: number): CalendarDate {
  return addDays(day, (w - weekdayOf(day) + 7) % 7 || 7);
}

/** The year that puts day/month nearest the report, or on the side the text says. */
function yearFor(
  m: number,
  day: number,
  direction: 'last' | 'next' | undefined,
  { report, future }: ResolveContext,
): number {
  const candidates = [report.year - 1, report.year, report.year + 1]
    .map((year) => ({ year, days: daysBetween(real(year, m, Math.min(day, 28))!, report) }))
    .filter(({ days }) =>
      direction === 'last' ? days < 0 : direction === 'next' || future ? days >= 0 : true,
    );
  candidates.sort((a, b) => Math.abs(a.days) - Math.abs(b.days) || a.days - b.days);
  return candidates[0]?.year ?? report.year;
}

function yearReason(direction: 'last' | 'next' | undefined, { future }: ResolveContext): [string, string] {
  if (direction === 'last')
    return [
      'no year is written, and «last» puts it before the report',
      'لا سنة مكتوبة، و«الماضي» تضعه قبل التقرير',
    ];
  if (direction === 'next')
    return [
      'no year is written, and «next» puts it after the report',
      'لا سنة مكتوبة، و«المقبل» تضعه بعد التقرير',
    ];
  if (future)
    return [
      'no year is written; the statement is about the future, so the first such day after the report',
      'لا سنة مكتوبة؛ والخبر عن المستقبل، فهو أول يوم كهذا بعد التقرير',
    ];
  return [
    'no year is written; the year that puts it nearest the report',
    'لا سنة مكتوبة؛ فهي السنة التي تجعله أقرب إلى التقرير',
  ];
}

function monthPart(year: number, m: number, part: MonthPart): [CalendarDate, CalendarDate] {
  const last = addDays(real(m === 12 ? year + 1 : year, m === 12 ? 1 : m + 1, 1)!, -1).day;
  const [from, to] =
    part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : part === 'late' ? [21, last] : [1, last];
  return [real(year, m, from)!, real(year, m, to)!];
}

function partName(part: MonthPart, lang: 'en' | 'ar'): string {
  const names = {
    early: ['the early days (1–10) of', 'أوائل (1–10)'],
    mid: ['the middle (11–20) of', 'منتصف (11–20)'],
    late: ['the last days (21–end) of', 'أواخر (21 حتى النهاية)'],
    whole: ['the whole of', 'كامل'],
  };
  return names[part][lang === 'en' ? 0 : 1]!;
}

function real(year: number, m: number, day: number): CalendarDate | undefined {
  return (
    parseCalendarDate(
      `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    ) ?? undefined
  );
}

function count(offset: number, lang: 'en' | 'ar'): string {
  if (lang === 'en') {
    if (offset === 0) return 'on the same day as';
    return `${Math.abs(offset)} day${Math.abs(offset) === 1 ? '' : 's'} ${offset < 0 ? 'before' : 'after'}`;
  }
  if (offset === 0) return 'في اليوم نفسه مع';
  return `${Math.abs(offset)} يوم ${offset < 0 ? 'قبل' : 'بعد'}`;
}

function relayNote({ relay }: ResolveContext, lang: 'en' | 'ar'): string {
  if (!relay) return lang === 'en' ? ' (the dateline)' : ' (تاريخ المقال)';
  return lang === 'en'
    ? ' (for a relay, taken as the day before its dateline: check it)'
    : ' (في المقال الناقل يُعدّ اليوم السابق لتاريخه: تحقّق منه)';
}
