/**
 * The days of a window a text names («خلال أيام», "next week", «مطلع الشهر المقبل»),
 * counted from the report's day; weeks run Sunday to Saturday.
 */
import type { CalendarDate } from '../calendar/calendarDate.ts';
import { addDays, compareCalendarDates, parseCalendarDate, weekdayOf } from '../calendar/calendarDate.ts';
import type { Resolved, ResolveContext } from './resolveReading.ts';
import type { MonthPart } from './types.ts';

export function resolveWindow(
  name: string,
  part: MonthPart | undefined,
  { report, relay, lastDated, future }: ResolveContext,
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
  if (
    make &&
    part &&
    part !== 'whole' &&
    (name === 'next-week' || name === 'last-week' || name === 'this-week')
  ) {
    // A week's first, middle or last three days, Sunday to Saturday.
    const [weekFrom] = make();
    const from = { early: 0, mid: 2, late: 4 }[part];
    const [which, whichAr] =
      name === 'next-week'
        ? ["the week after the report's", 'الأسبوع التالي لأسبوع التقرير']
        : name === 'last-week'
          ? ["the week before the report's", 'الأسبوع السابق لأسبوع التقرير']
          : ["the report's week", 'أسبوع التقرير'];
    return {
      start: addDays(weekFrom, from),
      end: addDays(weekFrom, from + 2),
      window: true,
      how: `${WEEK_PART[part][0]} ${which}`,
      howAr: `${WEEK_PART[part][1]} ${whichAr}`,
    };
  }
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
  if (name === 'later-this-month') {
    const end = monthPart(report.year, report.month, 'whole')[1];
    const start = addDays(report, 1);
    return {
      start: compareCalendarDates(start, end) > 0 ? end : start,
      end,
      window: true,
      how: "later this month: from the day after the report's day to the end of its month",
      howAr: 'في وقت لاحق من هذا الشهر: من اليوم التالي ليوم التقرير إلى نهاية شهره',
    };
  }
  if (name === 'weekend' || name === 'last-weekend' || name === 'next-weekend') {
    return weekend(
      name === 'weekend' ? (future ? 'next' : 'last') : name === 'next-weekend' ? 'next' : 'last',
      report,
    );
  }
  if (name === 'earlier-this-month') {
    const start = monthPart(report.year, report.month, 'whole')[0];
    const end = addDays(report, -1);
    return {
      start,
      end: compareCalendarDates(end, start) < 0 ? start : end,
      window: true,
      how: "earlier this month: from the first of the report's month to the day before the report",
      howAr: 'في وقت سابق من هذا الشهر: من أول شهر التقرير إلى اليوم السابق له',
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

/**
 * A weekend, Saturday and Sunday: a past one is the last that began before the report's day
 * (on a Sunday, the one it ends); a coming one the first that has not ended (on a Saturday,
 * that day and the next).
 */
function weekend(which: 'last' | 'next', report: CalendarDate): Resolved {
  const day = weekdayOf(report);
  const saturday =
    which === 'last' ? addDays(report, -((day + 1) % 7 || 7)) : addDays(report, day === 0 ? -1 : 6 - day);
  return {
    start: saturday,
    end: addDays(saturday, 1),
    window: true,
    how:
      which === 'last'
        ? "the weekend before the report's day: its Saturday and Sunday"
        : "the coming weekend: the Saturday and Sunday from the report's day on",
    howAr:
      which === 'last'
        ? 'عطلة نهاية الأسبوع السابقة ليوم التقرير: السبت والأحد'
        : 'عطلة نهاية الأسبوع المقبلة: السبت والأحد من يوم التقرير فصاعدًا',
  };
}

const WEEK_PART = {
  early: ['the first days (Sunday to Tuesday) of', 'مطلع (من الأحد إلى الثلاثاء)'],
  mid: ['the middle (Tuesday to Thursday) of', 'منتصف (من الثلاثاء إلى الخميس)'],
  late: ['the end (Thursday to Saturday) of', 'نهاية (من الخميس إلى السبت)'],
} as const;

/** Days 1–10, 11–20, 21 to the end, or the whole month. */
export function monthPart(year: number, m: number, part: MonthPart): [CalendarDate, CalendarDate] {
  const last = addDays(real(m === 12 ? year + 1 : year, m === 12 ? 1 : m + 1, 1)!, -1).day;
  const [from, to] = partDays(part, last);
  return [real(year, m, from)!, real(year, m, to)!];
}

/** The first and last day numbers of a part of a month whose last day is `last`, any calendar. */
export function partDays(part: MonthPart, last: number): [number, number] {
  return part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : part === 'late' ? [21, last] : [1, last];
}

export function partName(part: MonthPart, lang: 'en' | 'ar'): string {
  const names = {
    early: ['the early days (1–10) of', 'أوائل (1–10)'],
    mid: ['the middle (11–20) of', 'منتصف (11–20)'],
    late: ['the last days (21–end) of', 'أواخر (21 حتى النهاية)'],
    whole: ['the whole of', 'كامل'],
  };
  return names[part][lang === 'en' ? 0 : 1]!;
}

/** The calendar date of year/month/day, or undefined when there is no such day. */
export function real(year: number, m: number, day: number): CalendarDate | undefined {
  return (
    parseCalendarDate(
      `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    ) ?? undefined
  );
}
