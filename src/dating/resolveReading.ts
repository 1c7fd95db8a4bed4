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
  weekdayOf,
  WEEKDAY_NAMES,
} from '../calendar/calendarDate.ts';
import { fromHijri, hijriMonthLength, toHijri } from '../calendar/hijri.ts';
import { weekdayName } from './describeDay.ts';
import { monthPart, partDays, partName, real, resolveWindow } from './resolveWindow.ts';
import type { FindingBasis, Reading } from './types.ts';

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
    case 'relative-week': {
      // Sunday to Saturday of the week after (or before) the nearest dated event's, else the report's.
      const { anchor } = context;
      const from = anchor?.start ?? context.report;
      const start = addDays(from, 7 * reading.offset - weekdayOf(from));
      const side = reading.offset > 0 ? ['after', 'التالي لأسبوع'] : ['before', 'السابق لأسبوع'];
      return {
        start,
        end: addDays(start, 6),
        window: true,
        how: anchor
          ? `the week ${side[0]} that of the nearest dated event before it, «${anchor.phrase}» (Sunday to Saturday)`
          : `no dated event comes before it, so the week ${side[0]} the report's (Sunday to Saturday)`,
        howAr: anchor
          ? `الأسبوع ${side[1]} أقرب حدث مؤرخ قبله، «${anchor.phrase}» (من الأحد إلى السبت)`
          : `لا يسبقه حدث مؤرخ، فهو الأسبوع ${side[1]} التقرير (من الأحد إلى السبت)`,
        ...(anchor ? { usedAnchor: true as const } : {}),
      };
    }
    case 'window':
      return resolveWindow(reading.window, reading.part, context);
    case 'month':
      return month(reading, context);
    case 'hijri':
      return hijri(reading, context);
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

/**
 * A Hijri day or part of a month, by Umm al-Qura: with no year written, the year that puts it
 * nearest the report, or on the side the text or the tense says, as for a Gregorian day.
 */
function hijri(reading: Extract<Reading, { kind: 'hijri' }>, context: ResolveContext): Resolved | undefined {
  const now = toHijri(context.report);
  if (!now) return undefined;
  const { month: m, day, part = 'whole' } = reading;
  const span = (year: number): { start: CalendarDate; end: CalendarDate } | undefined => {
    if (day !== undefined) {
      const start = fromHijri({ year, month: m, day });
      return start && { start, end: start };
    }
    const length = hijriMonthLength(year, m);
    if (length === undefined) return undefined;
    const [from, to] = partDays(part, length);
    const start = fromHijri({ year, month: m, day: from });
    const end = fromHijri({ year, month: m, day: to });
    return start && end && { start, end };
  };
  const chosen =
    reading.year !== undefined
      ? span(reading.year)
      : nearestOccurrence(
          [now.year - 1, now.year, now.year + 1]
            .map(span)
            .filter((found): found is { start: CalendarDate; end: CalendarDate } => found !== undefined),
          reading.direction,
          context,
        );
  if (!chosen) return undefined;
  const { start, end } = chosen;
  const why =
    reading.year !== undefined
      ? ['the year is written', 'السنة مكتوبة']
      : yearReason(reading.direction, context);
  const what =
    day !== undefined
      ? ['a Hijri day', 'يوم هجري']
      : [`${partName(part, 'en')} a Hijri month`, `${partName(part, 'ar')} شهر هجري`];
  return {
    start,
    ...(day === undefined ? { end } : {}),
    window: day === undefined,
    how: `${what[0]} by the Umm al-Qura calendar (where a month begins with the new moon's sighting it may be a day off): ${why[0]}`,
    howAr: `${what[1]} بتقويم أم القرى (وحيث يبدأ الشهر برؤية الهلال قد يختلف بيوم): ${why[1]}`,
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
  context: ResolveContext,
): number {
  const { year } = context.report;
  const candidates = [year - 1, year, year + 1].map((y) => {
    const date = real(y, m, Math.min(day, 28))!;
    return { year: y, start: date, end: date };
  });
  return nearestOccurrence(candidates, direction, context)?.year ?? year;
}

/**
 * Of a day's (or a span's) occurrences, the one nearest the report, or on the side the text
 * says («الماضي», "next"), or, in a statement of the future, the first not over yet.
 */
function nearestOccurrence<T extends { start: CalendarDate; end: CalendarDate }>(
  candidates: readonly T[],
  direction: 'last' | 'next' | undefined,
  { report, future }: ResolveContext,
): T | undefined {
  const scored = candidates
    .map((candidate) => ({
      candidate,
      days: daysBetween(candidate.start, report),
      ends: daysBetween(candidate.end, report),
    }))
    .filter(({ days, ends }) =>
      direction === 'last' ? days < 0 : direction === 'next' || future ? ends >= 0 : true,
    );
  scored.sort((a, b) => Math.abs(a.days) - Math.abs(b.days) || a.days - b.days);
  return scored[0]?.candidate;
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
