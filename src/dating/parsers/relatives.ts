/**
 * Days named from another event of the narrative: «قبل ذلك بيوم», «بعد ذلك بيومين»,
 * «في اليوم التالي», «في اليوم نفسه», «وبعد الاجتماع بوقت قصير», «بعد أسبوع»;
 * "the day before", "two days later", "a week earlier", "the next day", "that evening".
 * Which event is the resolver's question (by default the nearest dated one before).
 */
import type { Found, Lang } from '../types.ts';
import type { PartOfDay } from '../../types.ts';
import { AR_COUNT, AR_PART, B, CLITIC, daysOf, E, EN_COUNT, EN_PART, partOfDayOf } from '../words.ts';
import type { Read } from './scan.ts';
import { scan } from './scan.ts';

const SAME = '(?:نفسه|نفسها|ذاته|ذاتها)';
const AR_PATTERNS: [RegExp, Read][] = [
  [
    new RegExp(`${B}${CLITIC}(قبل|بعد)\\s+ذلك\\s+ب${AR_COUNT}${E}`, 'gu'),
    (m) => counted(m[1] === 'قبل' ? -1 : 1, daysOf(m[2]!, 'ar')),
  ],
  [
    new RegExp(`${B}${CLITIC}(قبل|بعد)\\s+${AR_COUNT}\\s+من(?:\\s+ذلك)?${E}`, 'gu'),
    (m) => counted(m[1] === 'قبل' ? -1 : 1, daysOf(m[2]!, 'ar'), true),
  ],
  [
    new RegExp(
      `${B}${CLITIC}بعد\\s+(?:ذلك\\s+|[\\p{L}\\p{M}]+\\s+){0,2}(?:ب|في\\s+)?(?:وقت\\s+قصير|ساعات|ساعة|دقائق|قليل)${E}`,
      'gu',
    ),
    () => relative(0, undefined, true),
  ],
  [
    new RegExp(
      `${B}${CLITIC}(?:في\\s+)?(?:${AR_PART}\\s+)?(?:اليوم|الليلة)\\s+(?:التالي|التالية|الموالي|اللاحق|الذي\\s+تلاه)${E}`,
      'gu',
    ),
    (m) => relative(1, m[1] === undefined ? undefined : partOfDayOf(m[1])),
  ],
  [new RegExp(`${B}${CLITIC}(?:في\\s+)?(?:الغداة|غداة\\s+ذلك)${E}`, 'gu'), () => relative(1, undefined)],
  [
    new RegExp(`${B}${CLITIC}(?:في\\s+)?(?:اليوم\\s+(?:السابق|الذي\\s+سبقه)|عشية\\s+ذلك)${E}`, 'gu'),
    () => relative(-1, undefined),
  ],
  [
    new RegExp(
      `${B}${CLITIC}(?:في\\s+)?(?:(?:وقت\\s+(?:لاحق|سابق)\\s+من\\s+)?(?:اليوم|المساء|الصباح|الليلة|مساء\\s+اليوم|صباح\\s+اليوم)\\s+${SAME}|(?:نفس|ذات)\\s+(اليوم|المساء|الصباح|الليلة)|(?:وقت\\s+(?:لاحق|سابق)\\s+من\\s+)?ذلك\\s+(اليوم|المساء|الصباح|اليوم)|(مساء|صباح|ليلة)\\s+ذلك\\s+اليوم)${E}`,
      'gu',
    ),
    (m) => {
      const word = m[1] ?? m[2] ?? m[3] ?? sameWord(m[0]);
      return relative(
        0,
        word === undefined || /يوم/u.test(word) ? undefined : partOfDayOf(word.replace(/^ال/u, '')),
      );
    },
  ],
  [new RegExp(`${B}${CLITIC}بعد\\s+${AR_COUNT}(?!\\s+من)${E}`, 'gu'), (m) => afterCount(daysOf(m[1]!, 'ar'))],
  [
    new RegExp(
      `${B}${CLITIC}(?:في\\s+|خلال\\s+)?ال[أا]سبوع\\s+(?:(التالي|الذي\\s+تلاه|الذي\\s+يليه|اللاحق)|السابق|الذي\\s+سبقه|الذي\\s+قبله)${E}`,
      'gu',
    ),
    (m) => ({ reading: { kind: 'relative-week', offset: m[1] === undefined ? -1 : 1 } }),
  ],
];

const EN_PATTERNS: [RegExp, Read][] = [
  [
    new RegExp(`\\b${EN_COUNT}\\s+(later|after(?:wards)?|on|earlier|before|previously|prior)\\b`, 'giu'),
    (m) =>
      counted(
        /^(?:later|after|on)/iu.test(m[2]!) ? 1 : -1,
        daysOf(m[1]!, 'en'),
        /^(?:after|before)$/iu.test(m[2]!),
      ),
  ],
  [
    new RegExp(`\\bthe\\s+(?:next|following)\\s+(day|${EN_PART.slice(1, -1)})\\b`, 'giu'),
    (m) => relative(1, part(m[1]!)),
  ],
  [
    /\bthe\s+(?:previous|preceding)\s+(day|morning|afternoon|evening|night)\b|\bthe\s+(day|night|evening)\s+before\b|\bthe\s+eve\b/giu,
    (m) => relative(-1, part(m[1] ?? m[2] ?? 'day')),
  ],
  [/\bthe\s+day\s+after\b/giu, () => relative(1, undefined)],
  [
    new RegExp(
      `\\b(?:(?:later|earlier)\\s+)?(?:on\\s+)?(?:that|the\\s+same)\\s+(day|${EN_PART.slice(1, -1)})\\b`,
      'giu',
    ),
    (m) => relative(0, part(m[1]!)),
  ],
  [
    /\b(?:shortly|soon|hours|minutes|moments)\s+(?:later|after(?:wards)?)\b/giu,
    () => relative(0, undefined, true),
  ],
  [
    /\bthe\s+(?:(following|next|subsequent)|previous|preceding|prior)\s+week\b|\bthe\s+week\s+(?:(after)|before)\b(?!\s+(?:last|next|this)\b)/giu,
    (m) => ({
      reading: { kind: 'relative-week', offset: m[1] !== undefined || m[2] !== undefined ? 1 : -1 },
    }),
  ],
];

export function parseRelatives(text: string, lang: Lang): Found[] {
  return (lang === 'ar' ? AR_PATTERNS : EN_PATTERNS).flatMap(([pattern, read]) => scan(text, pattern, read));
}

function sameWord(phrase: string): string | undefined {
  return /(المساء|الصباح|الليلة)/u.exec(phrase)?.[1];
}

function part(word: string): PartOfDay | undefined {
  return /^day$/iu.test(word) ? undefined : partOfDayOf(word);
}

function relative(offset: number, partOfDay: PartOfDay | undefined, vague = false, apposition = false) {
  const reading = {
    kind: 'relative' as const,
    offset,
    ...(vague ? { vague } : {}),
    ...(apposition ? { apposition } : {}),
  };
  return partOfDay === undefined ? { reading } : { reading, partOfDay };
}

function counted(sign: number, days: number | undefined, apposition = false) {
  return days === undefined ? undefined : relative(sign * days, undefined, false, apposition);
}

function afterCount(days: number | undefined) {
  return days === undefined ? undefined : { reading: { kind: 'after-count' as const, offset: days } };
}
