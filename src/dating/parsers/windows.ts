/**
 * Spans of time a text names without a day: «خلال أيام», «خلال ال[أا]يام المقبلة»,
 * «في وقت لاحق من هذا ال[أا]سبوع», «ال[أا]سبوع المقبل», «مطلع الشهر المقبل», «أواخر آذار»;
 * "within days", "in the coming days", "later this week", "next week",
 * "early next month", "late March".
 */
import type { Found, Lang, MonthPart, WindowName } from '../types.ts';
import { AR_MONTH, AR_MONTH_PART, arabicMonthPart, B, CLITIC, E, EN_MONTH, monthOf } from '../words.ts';
import type { Read } from './scan.ts';
import { scan } from './scan.ts';

const NEXT = '(?:المقبل|المقبلة|القادم|القادمة)';
const THIS = '(?:الجاري|الحالي|هذا)';
const LAST = '(?:الماضي|الماضية|الفائت|المنصرم)';

const win = (window: WindowName, part?: MonthPart) => () => ({
  reading: { kind: 'window' as const, window, ...(part ? { part } : {}) },
});

const AR_PATTERNS: [RegExp, Read][] = [
  [
    new RegExp(
      `${B}${CLITIC}(?:خلال|في\\s+غضون)\\s+(?:الساعات|ساعات)(?:\\s+(?:القليلة\\s+)?${NEXT})?${E}`,
      'gu',
    ),
    win('within-hours'),
  ],
  [
    new RegExp(
      `${B}${CLITIC}(?:(?:خلال|في\\s+غضون)\\s+(?:ال[أا]يام|أيام)(?:\\s+(?:القليلة\\s+)?${NEXT})?|في\\s+ال[أا]يام\\s+(?:القليلة\\s+)?${NEXT})${E}`,
      'gu',
    ),
    win('within-days'),
  ],
  [
    new RegExp(`${B}${CLITIC}(?:خلال|في)\\s+ال[أا]سابيع\\s+(?:القليلة\\s+)?${NEXT}${E}`, 'gu'),
    win('coming-weeks'),
  ],
  [
    new RegExp(
      `${B}${CLITIC}(?:في\\s+)?(?:وقت\\s+لاحق\\s+(?:من\\s+)?|لاحق(?:ا|ًا|اً)\\s+)(?:هذا\\s+ال[أا]سبوع|ال[أا]سبوع\\s+(?:الجاري|الحالي))${E}`,
      'gu',
    ),
    win('later-this-week'),
  ],
  // «مطلع الأسبوع المقبل» is its first days; «منتصف»/«نهاية الأسبوع المقبل» its middle or its end.
  // This week's: «منتصف الأسبوع الجاري», «نهاية هذا الأسبوع» (its start is «في وقت سابق…», below).
  [
    new RegExp(
      `${B}${CLITIC}(?:في\\s+)?${AR_MONTH_PART}\\s+(?:ال[أا]سبوع\\s+(?:(${NEXT.slice(3, -1)})|(الجاري|الحالي)|${LAST})|(هذا)\\s+ال[أا]سبوع)${E}`,
      'gu',
    ),
    (m) => {
      const part = arabicMonthPart(m[1]!);
      if (m[3] !== undefined || m[4] !== undefined) {
        return part === 'early' ? win('earlier-this-week')() : win('this-week', part)();
      }
      if (m[2] === undefined) return win('last-week', part)();
      return part === 'early' ? win('early-next-week')() : win('next-week', part)();
    },
  ],
  [
    new RegExp(
      `${B}${CLITIC}(?:في\\s+)?وقت\\s+لاحق\\s+من\\s+(?:هذا\\s+الشهر|الشهر\\s+(?:الجاري|الحالي))${E}`,
      'gu',
    ),
    win('later-this-month'),
  ],
  [
    new RegExp(
      `${B}${CLITIC}(?:في\\s+)?وقت\\s+سابق\\s+من\\s+(?:هذا\\s+الشهر|الشهر\\s+(?:الجاري|الحالي))${E}`,
      'gu',
    ),
    win('earlier-this-month'),
  ],
  [
    new RegExp(
      `${B}${CLITIC}(?:(?:في\\s+)?وقت\\s+سابق\\s+من|مطلع|بداية|أوائل)\\s+(?:هذا\\s+ال[أا]سبوع|ال[أا]سبوع\\s+(?:الجاري|الحالي))${E}`,
      'gu',
    ),
    win('earlier-this-week'),
  ],
  [new RegExp(`${B}${CLITIC}(?:خلال\\s+|في\\s+)?ال[أا]سبوع\\s+${NEXT}${E}`, 'gu'), win('next-week')],
  [new RegExp(`${B}${CLITIC}(?:خلال\\s+|في\\s+)?ال[أا]سبوع\\s+${LAST}${E}`, 'gu'), win('last-week')],
  [
    new RegExp(
      `${B}${CLITIC}(?:خلال\\s+|في\\s+)?(?:هذا\\s+ال[أا]سبوع|ال[أا]سبوع\\s+(?:الجاري|الحالي))${E}`,
      'gu',
    ),
    win('this-week'),
  ],
  [
    new RegExp(
      `${B}${CLITIC}(?:${AR_MONTH_PART}\\s+)?(?:الشهر|هذا\\s+الشهر)(?:\\s+(${NEXT.slice(3, -1)}|${THIS.slice(3, -1)}|${LAST.slice(3, -1)}))?${E}`,
      'gu',
    ),
    (m) => {
      if (m[1] === undefined && m[2] === undefined) return undefined;
      const part = m[1] === undefined ? undefined : arabicMonthPart(m[1]);
      const which = m[2] ?? 'هذا';
      const window: WindowName = /قبل|قادم/u.test(which)
        ? 'next-month'
        : /ماض|فائت|منصرم/u.test(which)
          ? 'last-month'
          : 'this-month';
      return win(window, part ?? 'whole')();
    },
  ],
  [
    new RegExp(
      `${B}${CLITIC}(?:${AR_MONTH_PART}|(?:في|خلال)\\s+)\\s*(?:شهر\\s+)?(${AR_MONTH})(?:\\s*[/\\\\(–-]\\s*(?:${AR_MONTH})\\s*\\)?)?(?:\\s*(?:من\\s+)?(?:عام|العام)?\\s*(\\d{4}))?(?:\\s+(${LAST.slice(3, -1)}|${NEXT.slice(3, -1)}))?${E}`,
      'gu',
    ),
    (m) => {
      const month = monthOf(m[2]!, 'ar');
      if (month === undefined) return undefined;
      const direction =
        m[4] === undefined ? undefined : /ماض|فائت|منصرم/u.test(m[4]) ? ('last' as const) : ('next' as const);
      return {
        reading: {
          kind: 'month' as const,
          month,
          part: m[1] === undefined ? ('whole' as const) : arabicMonthPart(m[1]),
          ...(m[3] === undefined ? {} : { year: Number(m[3]) }),
          ...(direction ? { direction } : {}),
        },
      };
    },
  ],
];

const EN_PART =
  '(early|mid|late|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of)';
function englishPart(word: string): MonthPart {
  if (/early|beginning|start/iu.test(word)) return 'early';
  if (/mid|middle/iu.test(word)) return 'mid';
  return 'late';
}

/** A part of a week: "early next week" is read on its own, as «مطلع الأسبوع المقبل» is. */
const EN_WEEK_PART =
  '(mid|late|the\\s+middle\\s+of|the\\s+end\\s+of|early|the\\s+start\\s+of|the\\s+beginning\\s+of)';

const EN_PATTERNS: [RegExp, Read][] = [
  [/\b(?:within|in)\s+(?:the\s+(?:next|coming)\s+(?:few\s+)?)?hours\b/giu, win('within-hours')],
  [
    /\b(?:within\s+(?:a\s+few\s+)?days|in\s+the\s+(?:next|coming)\s+(?:few\s+)?days|in\s+(?:a\s+few\s+)?days)\b/giu,
    win('within-days'),
  ],
  [/\b(?:in|within|over)\s+the\s+(?:next|coming)\s+(?:few\s+)?weeks\b/giu, win('coming-weeks')],
  [/\blater\s+(?:this|in\s+the)\s+week\b/giu, win('later-this-week')],
  [/\b(?:earlier|early)\s+(?:this|in\s+the)\s+week\b/giu, win('earlier-this-week')],
  [/\b(?:early|the\s+start\s+of|the\s+beginning\s+of)\s+next\s+week\b/giu, win('early-next-week')],
  [
    new RegExp(`\\b(?:${EN_WEEK_PART}[-\\s]+(?:of\\s+)?)(next|last)\\s+week\\b`, 'giu'),
    (m) => win(m[2]!.toLowerCase() === 'next' ? 'next-week' : 'last-week', englishPart(m[1]!))(),
  ],
  // A deadline: from the report's day to the month's end.
  [/\bby\s+the\s+end\s+of\s+(?:the|this)\s+month\b/giu, win('later-this-month')],
  // Before the report's day: not "early this month", its first ten days.
  [/\bearlier\s+(?:this|in\s+the)\s+month\b/giu, win('earlier-this-month')],
  // Saturday and Sunday, as English wire copy means it; «نهاية الأسبوع» is left alone (Friday–Saturday?).
  [/\b(?:over|at|during|on)\s+the\s+weekend\b|\bthis\s+(?:coming\s+)?weekend\b/giu, win('weekend')],
  [/\b(?:last|past)\s+weekend\b/giu, win('last-weekend')],
  [/\bnext\s+weekend\b/giu, win('next-weekend')],
  [/\bby\s+the\s+end\s+of\s+(?:the|this)\s+week\b/giu, win('later-this-week')],
  [
    /\b(?:(?:at|towards?)\s+)?the\s+end\s+of\s+(?:the|this)\s+week\b|\blate\s+this\s+week\b/giu,
    win('this-week', 'late'),
  ],
  [/\bnext\s+week\b/giu, win('next-week')],
  [/\blast\s+week\b/giu, win('last-week')],
  [/\bthis\s+week\b/giu, win('this-week')],
  [
    new RegExp(`\\b(?:${EN_PART}\\s+|(later)\\s+)?(this|next|last)\\s+month\\b`, 'giu'),
    (m) => {
      const which = m[3]!.toLowerCase();
      const window: WindowName =
        which === 'next' ? 'next-month' : which === 'last' ? 'last-month' : 'this-month';
      // "later this month" is the rest of it, not its last days ("late this month").
      if (m[2] && window === 'this-month') return win('later-this-month')();
      return win(window, m[1] ? englishPart(m[1]) : m[2] ? 'late' : 'whole')();
    },
  ],
  [
    new RegExp(
      `\\b(?:${EN_PART}[-\\s]+(?:of\\s+)?|(in)\\s+)(${EN_MONTH})(?:,?\\s+(\\d{4}))?(?!\\s+\\d)\\b`,
      'giu',
    ),
    (m) => {
      if (/^may$/iu.test(m[3]!) && m[3] !== 'May') return undefined;
      // "Mar" alone is a month only before its day: "talks in Mar-a-Lago".
      if (/^mar$/iu.test(m[3]!)) return undefined;
      const month = monthOf(m[3]!, 'en');
      if (month === undefined) return undefined;
      return {
        reading: {
          kind: 'month' as const,
          month,
          part: m[1] ? englishPart(m[1]) : ('whole' as const),
          ...(m[4] === undefined ? {} : { year: Number(m[4]) }),
        },
      };
    },
  ],
];

export function parseWindows(text: string, lang: Lang): Found[] {
  return (lang === 'ar' ? AR_PATTERNS : EN_PATTERNS).flatMap(([pattern, read]) => scan(text, pattern, read));
}
