/**
 * Days named from the report's own day: «اليوم», «أمس», «أول أمس», «غدًا», «بعد غد»,
 * «في وقت سابق من اليوم», «مساء أمس», «قبل يومين»; "today", "yesterday", "tomorrow",
 * "earlier today", "last night", "two days ago", "in two days".
 */
import type { Found, Lang } from '../types.ts';
import type { PartOfDay } from '../../types.ts';
import {
  AR_COUNT,
  AR_PART,
  AR_WEEKDAY,
  B,
  CLITIC,
  daysOf,
  E,
  EN_COUNT,
  EN_PART,
  M,
  partOfDayOf,
} from '../words.ts';
import type { Read } from './scan.ts';
import { scan } from './scan.ts';

/** A day word, its offset from the report, in a capture group of its own. */
const AR_DAY = `(أول\\s+(?:من\\s+)?أمس|أمس\\s+الأول|أمس|الأمس|البارحة|اليوم|بعد\\s+غد${M}|غد${M}ا?${M}|الغد)`;

function arabicOffset(word: string): number {
  const w = word.replace(/\p{M}/gu, '');
  if (/^أول|الأول$/u.test(w)) return -2;
  if (/^(?:أمس|الأمس|البارحة)$/u.test(w)) return -1;
  if (/^اليوم$/u.test(w)) return 0;
  if (/^بعد/u.test(w)) return 2;
  return 1;
}

const AR_PATTERNS: [RegExp, Read][] = [
  [
    new RegExp(
      `${B}${CLITIC}(?:في\\s+)?وقت\\s+(سابق|لاحق)\\s+(?:من\\s+)?(?:هذا\\s+)?اليوم(?!\\s+(?:نفسه|ذاته|التالي))${E}`,
      'gu',
    ),
    (m) => ({ reading: { kind: 'deictic', offset: 0, ...(m[1] === 'لاحق' ? { later: true } : {}) } }),
  ],
  [
    new RegExp(
      `${B}${CLITIC}(?:${AR_PART}\\s+(?:يوم\\s+)?)?${AR_DAY}(?:\\s+${AR_WEEKDAY})?(?!\\s+(?:نفسه|ذاته|التالي|السابق))${E}`,
      'gu',
    ),
    (m) => withPart(arabicOffset(m[2]!), m[1] === undefined ? undefined : partOfDayOf(m[1])),
  ],
  [
    new RegExp(`${B}${CLITIC}الليلة(?:\\s+(الماضية))?(?!\\s+(?:نفسها|ذاتها))${E}`, 'gu'),
    (m) => withPart(m[1] ? -1 : 0, 'night'),
  ],
  [
    new RegExp(`${B}${CLITIC}هذا\\s+(الصباح|المساء)${E}`, 'gu'),
    (m) => withPart(0, partOfDayOf(m[1]!.slice(2))),
  ],
  [
    new RegExp(`${B}${CLITIC}(?:قبل|منذ)\\s+${AR_COUNT}(?!\\s+من)${E}`, 'gu'),
    (m) => counted(-1, daysOf(m[1]!, 'ar')),
  ],
];

const EN_PATTERNS: [RegExp, Read][] = [
  [
    /\b(earlier|later)\s+today\b/giu,
    (m) => ({ reading: { kind: 'deictic', offset: 0, ...(/later/iu.test(m[1]!) ? { later: true } : {}) } }),
  ],
  [/\bthe\s+day\s+before\s+yesterday\b/giu, () => withPart(-2, undefined)],
  [/\bthe\s+day\s+after\s+tomorrow\b/giu, () => withPart(2, undefined)],
  [
    new RegExp(`\\b(yesterday|today|tomorrow)(?:\\s+${EN_PART})?\\b`, 'giu'),
    (m) => withPart(englishOffset(m[1]!), m[2] === undefined ? undefined : partOfDayOf(m[2])),
  ],
  [/\bthis\s+(morning|afternoon|evening)\b/giu, (m) => withPart(0, partOfDayOf(m[1]!))],
  [/\btonight\b/giu, () => withPart(0, 'night')],
  [/\blast\s+night\b/giu, () => withPart(-1, 'night')],
  [new RegExp(`\\b${EN_COUNT}\\s+ago\\b`, 'giu'), (m) => counted(-1, daysOf(m[1]!, 'en'))],
  [new RegExp(`\\bin\\s+${EN_COUNT}(?:'\\s*time)?\\b`, 'giu'), (m) => counted(1, daysOf(m[1]!, 'en'))],
];

export function parseDeictics(text: string, lang: Lang): Found[] {
  return (lang === 'ar' ? AR_PATTERNS : EN_PATTERNS).flatMap(([pattern, read]) => scan(text, pattern, read));
}

function englishOffset(word: string): number {
  const w = word.toLowerCase();
  return w === 'yesterday' ? -1 : w === 'today' ? 0 : 1;
}

function withPart(offset: number, partOfDay: PartOfDay | undefined) {
  const reading = { kind: 'deictic' as const, offset };
  return partOfDay === undefined ? { reading } : { reading, partOfDay };
}

function counted(sign: number, days: number | undefined) {
  return days === undefined ? undefined : withPart(sign * days, undefined);
}
