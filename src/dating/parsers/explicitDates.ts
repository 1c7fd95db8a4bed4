/**
 * Dates written with a day and a month: «14 آذار/مارس الماضي», «٩ آذار ٢٠٢٦»,
 * «يوم الجمعة 30 يناير», "February 3", "3-5 February 2026", and numeric dates, read
 * day-month-year as Arabic and most non-US papers print them («07 - 02 - 2026»).
 */
import type { Found, Lang } from '../types.ts';
import {
  AR_MONTH,
  AR_ORDINAL,
  AR_WEEKDAY,
  B,
  CLITIC,
  dayNumberOf,
  E,
  EN_MONTH,
  EN_WEEKDAY,
  monthOf,
} from '../words.ts';
import { scan } from './scan.ts';

const AR_DIRECTION = '(الماضي|الفائت|المنصرم|المقبل|القادم|الجاري|الحالي)';
const AR_DATE = new RegExp(
  `${B}(?:${CLITIC}(?:يوم\\s+)?${AR_WEEKDAY}\\s*[،,]?\\s*)?(?:بين\\s+)?(\\d{1,2}|${AR_ORDINAL})` +
    `(?:\\s*(?:و|-|–|إلى|الى|حتى)\\s*(\\d{1,2}))?\\s*(?:من\\s+)?(?:شهر\\s+)?(${AR_MONTH})` +
    `(?:\\s*[/\\\\(–-]\\s*(${AR_MONTH})\\s*\\)?)?` +
    `(?:\\s*[،,]?\\s*(?:من\\s+)?(?:عام|العام|سنة)?\\s*(\\d{4})(?:\\s*م)?)?` +
    `(?:\\s+(?:من\\s+)?(?:العام|السنة)\\s+${AR_DIRECTION}|\\s+${AR_DIRECTION})?${E}`,
  'gu',
);

const EN_DAY_MONTH = new RegExp(
  `\\b(?:${EN_WEEKDAY},?\\s+)?(?:between\\s+|from\\s+)?(\\d{1,2})(?:st|nd|rd|th)?` +
    `(?:\\s*(?:-|–|and|to|through)\\s*(\\d{1,2})(?:st|nd|rd|th)?)?\\s+(?:of\\s+)?(${EN_MONTH})` +
    `(?:,?\\s+(\\d{4})|\\s+(last|next|this)\\s+year)?(?![\\p{L}])`,
  'giu',
);
const EN_MONTH_DAY = new RegExp(
  `\\b(?:${EN_WEEKDAY},?\\s+)?(${EN_MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?` +
    `(?:\\s*(?:-|–|to|through|and)\\s*(\\d{1,2})(?:st|nd|rd|th)?)?(?:,?\\s+(\\d{4})|\\s+(last|next|this)\\s+year)?\\b`,
  'giu',
);
const NUMERIC = /(?<!\d)(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)/gu;
/** Year first: 2026-03-05, and 2026/03/05 as some Arabic papers print it. */
const ISO = /(?<!\d)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/gu;

/** «في 14 من الشهر الجاري», «العاشر من الشهر الماضي»: a day of the report's month, or the one before or after. */
const AR_DAY_OF_MONTH = new RegExp(
  `${B}(?:يوم\\s+)?(\\d{1,2}|${AR_ORDINAL})\\s+من\\s+(?:هذا\\s+)?الشهر(?:\\s+(الجاري|الحالي|الماضي|المنصرم|الفائت|المقبل|القادم))?${E}`,
  'gu',
);

export function parseExplicitDates(text: string, lang: Lang): Found[] {
  const found = lang === 'ar' ? arabic(text) : english(text);
  if (lang === 'ar') {
    found.push(
      ...scan(text, AR_DAY_OF_MONTH, (m) => {
        const day = dayNumberOf(m[1]!);
        if (!valid(day, 1)) return undefined;
        const which = m[2] ?? 'الجاري';
        const monthOffset = /ماض|منصرم|فائت/u.test(which) ? -1 : /قبل|قادم/u.test(which) ? 1 : 0;
        return { reading: { kind: 'date', day, month: 0, monthOffset } };
      }),
    );
  }
  found.push(
    ...scan(text, NUMERIC, (m) => {
      // A US paper writes month/day/year with slashes; everyone else day-month-year.
      const usOrder = lang === 'en' && m[2] === '/';
      const day = Number(usOrder ? m[3] : m[1]);
      const month = Number(usOrder ? m[1] : m[3]);
      return valid(day, month) ? { reading: { kind: 'date', day, month, year: Number(m[4]) } } : undefined;
    }),
    ...scan(text, ISO, (m) => {
      const day = Number(m[4]);
      const month = Number(m[3]);
      return valid(day, month) ? { reading: { kind: 'date', day, month, year: Number(m[1]) } } : undefined;
    }),
  );
  return found;
}

function arabic(text: string): Found[] {
  return scan(text, AR_DATE, (m) => {
    const month = monthOf(m[4]!, 'ar');
    const day = dayNumberOf(m[2]!);
    if (month === undefined || !valid(day, month)) return undefined;
    const endDay = m[3] === undefined ? undefined : Number(m[3]);
    const word = m[7] ?? m[8];
    const direction = word === undefined ? undefined : /ماضي|فائت|منصرم/u.test(word) ? 'last' : 'next';
    // «العام الماضي» names the year itself; «آذار الماضي» only the side of the report.
    const yearOffset =
      m[7] === undefined ? undefined : direction === 'last' ? -1 : /جاري|حالي/u.test(m[7]) ? 0 : 1;
    return {
      reading: {
        kind: 'date',
        day,
        month,
        ...(m[6] === undefined ? {} : { year: Number(m[6]) }),
        ...(endDay !== undefined && endDay > day ? { endDay } : {}),
        ...(yearOffset !== undefined ? { yearOffset } : {}),
        ...(yearOffset === undefined &&
        (direction === 'last' || (direction === 'next' && !/جاري|حالي/u.test(word!)))
          ? { direction }
          : {}),
      },
    };
  });
}

function english(text: string): Found[] {
  const dayMonth = scan(text, EN_DAY_MONTH, (m) => read(m[4]!, m[2]!, m[3], m[5], m[6]));
  const monthDay = scan(text, EN_MONTH_DAY, (m) => read(m[2]!, m[3]!, m[4], m[5], m[6]));
  return [...dayMonth, ...monthDay];
}

function read(
  monthName: string,
  dayText: string,
  endText: string | undefined,
  yearText: string | undefined,
  yearWord: string | undefined,
) {
  // "may" is a verb far more often than a month: only "May" with a capital is the month.
  if (/^may$/iu.test(monthName) && monthName !== 'May') return undefined;
  // Nor "mar" ("could mar 10 years of work"): "Mar 10", "Mar. 10" and "March" are the month.
  if (/^mar$/iu.test(monthName) && monthName !== 'Mar') return undefined;
  const month = monthOf(monthName, 'en');
  const day = Number(dayText);
  if (month === undefined || !valid(day, month)) return undefined;
  const endDay = endText === undefined ? undefined : Number(endText);
  return {
    reading: {
      kind: 'date' as const,
      day,
      month,
      ...(yearText === undefined ? {} : { year: Number(yearText) }),
      ...(yearWord === undefined
        ? {}
        : { yearOffset: /last/iu.test(yearWord) ? -1 : /next/iu.test(yearWord) ? 1 : 0 }),
      ...(endDay !== undefined && endDay > day && endDay <= 31 ? { endDay } : {}),
    },
  };
}

function valid(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}
