/**
 * The words the parsers know, Arabic and English, and the regular-expression pieces
 * built from them. Arabic has no \b, so a word is bounded by anything that is not a
 * letter or a mark; and short words take clitics (و، ف، ب، ل) that \b would not see.
 */
import type { WeekdayIndex } from '../calendar/calendarDate.ts';
import type { PartOfDay } from '../types.ts';
import type { MonthPart } from './types.ts';

export const B = '(?<![\\p{L}\\p{M}])';
export const E = '(?![\\p{L}\\p{M}])';
/** Conjunctions and prepositions that attach to the next word. */
export const CLITIC = '(?:[وف]?[بل]?)';
/** Optional tanween and other marks written on a letter. */
export const M = '\\p{M}*';

/** Month names: Egyptian/Gulf, Levantine/Iraqi, Algerian/Tunisian and Moroccan. */
const ARABIC_MONTHS: readonly (readonly string[])[] = [
  ['يناير', 'كانون الثاني', 'جانفي'],
  ['فبراير', 'شباط', 'فيفري'],
  ['مارس', 'آذار', 'اذار'],
  ['أبريل', 'ابريل', 'إبريل', 'نيسان', 'أفريل'],
  ['مايو', 'أيار', 'ايار', 'ماي'],
  ['يونيو', 'يونيه', 'حزيران', 'جوان'],
  ['يوليو', 'يوليه', 'تموز', 'جويلية', 'يوليوز'],
  ['أغسطس', 'اغسطس', 'آب', 'أوت', 'غشت'],
  ['سبتمبر', 'أيلول', 'ايلول', 'شتنبر'],
  ['أكتوبر', 'اكتوبر', 'تشرين الأول', 'تشرين الاول'],
  ['نوفمبر', 'تشرين الثاني', 'نونبر'],
  ['ديسمبر', 'كانون الأول', 'كانون الاول', 'دجنبر'],
];

const ENGLISH_MONTHS = [
  'january|jan\\.?',
  'february|feb\\.?',
  'march|mar\\.?',
  'april|apr\\.?',
  'may',
  'june|jun\\.?',
  'july|jul\\.?',
  'august|aug\\.?',
  'september|sept\\.?|sep\\.?',
  'october|oct\\.?',
  'november|nov\\.?',
  'december|dec\\.?',
];

/** The month a name means (1–12), or undefined. */
export function monthOf(name: string, lang: 'ar' | 'en'): number | undefined {
  const word = name.trim().replace(/\s+/gu, ' ');
  if (lang === 'ar') {
    const index = ARABIC_MONTHS.findIndex((names) => names.includes(word));
    return index === -1 ? undefined : index + 1;
  }
  const index = ENGLISH_MONTHS.findIndex((names) => new RegExp(`^(?:${names})$`, 'iu').test(word));
  return index === -1 ? undefined : index + 1;
}

export const AR_MONTH = `(?:${ARABIC_MONTHS.flat()
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(' ', '\\s+'))
  .join('|')})`;
export const EN_MONTH = `(?:${ENGLISH_MONTHS.join('|')})`;

/** Weekday names without the article, at their index (0 = Sunday). */
const ARABIC_WEEKDAYS: readonly (readonly string[])[] = [
  ['أحد', 'احد'],
  ['اثنين', 'إثنين'],
  ['ثلاثاء'],
  ['أربعاء', 'اربعاء'],
  ['خميس'],
  ['جمعة'],
  ['سبت'],
];
const ENGLISH_WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** A weekday with its article, «السبت», in a capture group. */
export const AR_WEEKDAY = `ال(${ARABIC_WEEKDAYS.flat().join('|')})`;
export const EN_WEEKDAY = `(${ENGLISH_WEEKDAYS.join('|')})`;

export function weekdayOf(name: string, lang: 'ar' | 'en'): WeekdayIndex | undefined {
  const word = name.toLowerCase();
  const index =
    lang === 'ar'
      ? ARABIC_WEEKDAYS.findIndex((names) => names.includes(word))
      : ENGLISH_WEEKDAYS.indexOf(word);
  return index === -1 ? undefined : (index as WeekdayIndex);
}

/** Parts of the day as Arabic writes them before a day («مساء السبت»). */
export const AR_PART = '(صباح|صبيحة|فجر|ظهر|ظهيرة|بعد\\s+ظهر|عصر|مساء|أمسية|ليلة|ليل|منتصف\\s+ليل)';
export const EN_PART = '(morning|afternoon|evening|night)';

/** A part of a month or a week: «مطلع», «منتصف», «أواخر»… (of any calendar). */
export const AR_MONTH_PART = '(مطلع|أوائل|اوائل|بداية|مستهل|منتصف|أواسط|أواخر|اواخر|نهاية|آخر)';

export function arabicMonthPart(word: string): MonthPart {
  if (/مطلع|أوائل|اوائل|بداية|مستهل/u.test(word)) return 'early';
  if (/منتصف|أواسط/u.test(word)) return 'mid';
  return 'late';
}

export function partOfDayOf(word: string): PartOfDay {
  const w = word.replace(/\p{M}/gu, '').replace(/\s+/gu, ' ').toLowerCase();
  if (/^(?:صباح|صبيحة|فجر|morning|صباحا|فجرا)/u.test(w)) return 'morning';
  if (/^(?:ظهر|ظهيرة|بعد ظهر|عصر|afternoon|ظهرا|عصرا)/u.test(w)) return 'afternoon';
  if (/^(?:مساء|أمسية|evening|مساءا?)/u.test(w)) return 'evening';
  return 'night';
}

/** Day counts: «يوم» 1, «يومين» 2, «ثلاثة أيام» 3, «أسبوع» 7; "a day", "two days", "a week". */
const AR_NUMBERS: Record<string, number> = {
  واحد: 1,
  ثلاثة: 3,
  ثلاث: 3,
  أربعة: 4,
  اربعة: 4,
  خمسة: 5,
  ستة: 6,
  سبعة: 7,
  ثمانية: 8,
  تسعة: 9,
  عشرة: 10,
};
const EN_NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

export const AR_COUNT = `(يوم(?:ين|ان)?(?:\\s+واحد)?|أسبوع(?:ين|ان)?|اسبوع(?:ين|ان)?|(?:\\d{1,2}|${Object.keys(AR_NUMBERS).join('|')})\\s+(?:أيام|ايام|أسابيع|اسابيع))`;
export const EN_COUNT = `((?:\\d{1,2}|${Object.keys(EN_NUMBERS).join('|')})\\s+(?:days?|weeks?))`;

/** The number of days a count names, or undefined. */
export function daysOf(count: string, lang: 'ar' | 'en'): number | undefined {
  const words = count.trim().toLowerCase().split(/\s+/u);
  const [first = '', unit = ''] = words;
  if (lang === 'ar') {
    if (/^يوم(?:ين|ان)$/u.test(first)) return 2;
    if (/^يوم$/u.test(first)) return 1;
    if (/^[أا]سبوع(?:ين|ان)$/u.test(first)) return 14;
    if (/^[أا]سبوع$/u.test(first)) return 7;
    const n = /^\d+$/u.test(first) ? Number(first) : AR_NUMBERS[first];
    if (n === undefined) return undefined;
    return /^[أا]سابيع$/u.test(unit) ? n * 7 : n;
  }
  const n = /^\d+$/u.test(first) ? Number(first) : EN_NUMBERS[first];
  if (n === undefined) return undefined;
  return unit.startsWith('week') ? n * 7 : n;
}

/** Ordinal day words of formal Arabic dates: «الثالث من آذار», «الحادي والعشرين من». */
const UNITS = ['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع'];
const ORDINALS = new Map<string, number>();
UNITS.forEach((word, i) => ORDINALS.set(word, i + 1));
ORDINALS.set('العاشر', 10);
ORDINALS.set('الحادي عشر', 11);
UNITS.slice(1).forEach((word, i) => ORDINALS.set(`${word} عشر`, i + 12));
ORDINALS.set('العشرين', 20);
ORDINALS.set('الثلاثين', 30);
['الحادي', ...UNITS.slice(1)].forEach((word, i) => ORDINALS.set(`${word} والعشرين`, i + 21));
ORDINALS.set('الحادي والثلاثين', 31);

export const AR_ORDINAL = `(?:${[...ORDINALS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((word) => word.replace(' ', '\\s+'))
  .join('|')})`;

/** The day an ordinal word or a number names, or NaN. */
export function dayNumberOf(word: string): number {
  if (/^\d+$/u.test(word)) return Number(word);
  return ORDINALS.get(word.trim().replace(/\s+/gu, ' ')) ?? Number.NaN;
}
