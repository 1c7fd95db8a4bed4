/**
 * Weekdays: «يوم السبت», «مساء الأحد», «يومي الجمعة والسبت», «الجمعة المقبلة»,
 * "on Saturday", "last Friday", "next Monday", "Saturday evening", "Friday and Saturday".
 * Which Saturday is the resolver's question: here only the words are read.
 */
import type { Found, Lang, Reading } from '../types.ts';
import type { PartOfDay } from '../../types.ts';
import { AR_PART, AR_WEEKDAY, B, CLITIC, E, EN_PART, EN_WEEKDAY, partOfDayOf, weekdayOf } from '../words.ts';
import { scan } from './scan.ts';

// Singular, feminine («الجمعة المقبلة») and dual («يومي الخميس والجمعة المقبلين»).
const AR_DIRECTION =
  '(الماضي|الماضية|الماضيين|الفائت|الفائتة|المنصرم|المقبل|المقبلة|المقبلين|القادم|القادمة|القادمين)';
/** «ليلة السبت/الأحد», «ليل السبت - الأحد»: the night from one day into the next is the first's. */
const NIGHT_INTO = `(?:(?<=ليلة?\\s+\\S+)\\s*[/-]\\s*${AR_WEEKDAY.replace('(', '(?:')})?`;
const AR = new RegExp(
  `${B}(?:${CLITIC}${AR_PART}\\s+)?(?:${CLITIC}(?:يوم|يومي)\\s+)?${CLITIC}${AR_WEEKDAY}${NIGHT_INTO}` +
    `(?:\\s+(?:و|(?:إلى|الى|حتى)\\s+)(?:يوم\\s+)?${AR_WEEKDAY})?(?:\\s+${AR_DIRECTION})?${E}`,
  'gu',
);
const EN = new RegExp(
  `\\b(?:(?:from|between)\\s+)?(?:(last|past|next|this|this\\s+coming|coming)\\s+)?${EN_WEEKDAY}` +
    `(?:\\s+${EN_PART})?(?:\\s*(?:and|to|through|until|-|–)\\s*${EN_WEEKDAY})?\\b`,
  'giu',
);

export function parseWeekdays(text: string, lang: Lang): Found[] {
  if (lang === 'ar') {
    return scan(text, AR, (m) => {
      const weekday = weekdayOf(m[2]!, 'ar');
      if (weekday === undefined) return undefined;
      const endWeekday = m[3] === undefined ? undefined : weekdayOf(m[3], 'ar');
      const direction =
        m[4] === undefined ? undefined : /ماض|فائت|منصرم/u.test(m[4]) ? ('last' as const) : ('next' as const);
      return make({ weekday, endWeekday, direction }, m[1] === undefined ? undefined : partOfDayOf(m[1]));
    });
  }
  return scan(text, EN, (m) => {
    const weekday = weekdayOf(m[2]!, 'en');
    if (weekday === undefined) return undefined;
    const endWeekday = m[4] === undefined ? undefined : weekdayOf(m[4], 'en');
    const word = m[1]?.toLowerCase();
    const direction =
      word === 'last' || word === 'past'
        ? ('last' as const)
        : word && word !== 'this'
          ? ('next' as const)
          : undefined;
    return make({ weekday, endWeekday, direction }, m[3] === undefined ? undefined : partOfDayOf(m[3]));
  });
}

function make(
  {
    weekday,
    endWeekday,
    direction,
  }: { weekday: number; endWeekday: number | undefined; direction: 'last' | 'next' | undefined },
  partOfDay: PartOfDay | undefined,
): { reading: Reading; partOfDay?: PartOfDay } {
  const reading = {
    kind: 'weekday',
    weekday,
    ...(endWeekday === undefined || endWeekday === weekday ? {} : { endWeekday }),
    ...(direction === undefined ? {} : { direction }),
  } as Reading;
  return partOfDay === undefined ? { reading } : { reading, partOfDay };
}
