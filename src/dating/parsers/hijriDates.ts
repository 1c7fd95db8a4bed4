/**
 * Dates of the Hijri calendar: «15 رمضان», «غرة شوال», «العاشر من ذي الحجة 1447 هـ»,
 * «أواخر شهر رمضان», «خلال شهر رمضان المبارك»; "during Ramadan". A month's name alone
 * is not read: «رجب» and «رمضان» are names of people too («رجب طيب أردوغان»).
 */
import type { Found, Lang } from '../types.ts';
import { AR_MONTH_PART, AR_ORDINAL, arabicMonthPart, B, CLITIC, dayNumberOf, E } from '../words.ts';
import { scan } from './scan.ts';

/** Each month's spellings, at its index (0 = Muharram). */
const HIJRI_MONTHS: readonly (readonly string[])[] = [
  ['محرم', 'المحرم'],
  ['صفر'],
  ['ربيع الأول', 'ربيع الاول'],
  ['ربيع الثاني', 'ربيع الآخر', 'ربيع الاخر'],
  ['جمادى الأولى', 'جمادى الاولى', 'جمادى الأول', 'جمادى الاول'],
  ['جمادى الآخرة', 'جمادى الاخرة', 'جمادى الثانية'],
  ['رجب'],
  ['شعبان'],
  ['رمضان'],
  ['شوال'],
  ['ذو القعدة', 'ذي القعدة'],
  ['ذو الحجة', 'ذي الحجة'],
];

const MONTH = `(${HIJRI_MONTHS.flat()
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(' ', '\\s+'))
  .join('|')})`;
/** «المبارك», «الحرام»: what follows a month's name as a title, not a date. */
const TITLE = '(?:\\s+(?:المبارك|الفضيل|الكريم|المعظم|الحرام))?';
const YEAR = '(?:\\s*[،,]?\\s*(?:من\\s+)?(?:عام|العام|سنة)?\\s*(\\d{4})\\s*(?:هـ|ه)?)?';
const DIRECTION = '(?:\\s+(الماضي|الفائت|المنصرم|المقبل|القادم))?';

const AR_DAY = new RegExp(
  `${B}(?:يوم\\s+)?(?:(غرة|غرّة)|(\\d{1,2}|${AR_ORDINAL}))\\s+(?:من\\s+)?(?:شهر\\s+)?${MONTH}${TITLE}${YEAR}${DIRECTION}${E}`,
  'gu',
);
const AR_WINDOW = new RegExp(
  `${B}${CLITIC}(?:(?:في|خلال|طوال)\\s+)?(?:${AR_MONTH_PART}\\s+(?:شهر\\s+)?|شهر\\s+)${MONTH}${TITLE}${YEAR}${DIRECTION}${E}`,
  'gu',
);
const EN_WINDOW =
  /\b(?:during|in|throughout)\s+(?:the\s+(?:holy\s+)?(?:Muslim\s+)?month\s+of\s+)?Ramadan\b/gu;

export function parseHijriDates(text: string, lang: Lang): Found[] {
  if (lang === 'en')
    return scan(text, EN_WINDOW, () => ({ reading: { kind: 'hijri', month: 9, part: 'whole' } }));
  return [
    ...scan(text, AR_DAY, (m) => {
      const day = m[1] ? 1 : dayNumberOf(m[2]!);
      const month = hijriMonthOf(m[3]!);
      if (month === undefined || !(day >= 1 && day <= 30)) return undefined;
      return { reading: { kind: 'hijri', month, day, ...yearAndSide(m[4], m[5]) } };
    }),
    ...scan(text, AR_WINDOW, (m) => {
      const month = hijriMonthOf(m[2]!);
      if (month === undefined) return undefined;
      return {
        reading: {
          kind: 'hijri',
          month,
          part: m[1] === undefined ? 'whole' : arabicMonthPart(m[1]),
          ...yearAndSide(m[3], m[4]),
        },
      };
    }),
  ];
}

function hijriMonthOf(name: string): number | undefined {
  const word = name.replace(/\s+/gu, ' ');
  const index = HIJRI_MONTHS.findIndex((names) => names.includes(word));
  return index === -1 ? undefined : index + 1;
}

function yearAndSide(year: string | undefined, side: string | undefined) {
  return {
    // A Hijri year: 1447 is 2025–2026. A Gregorian one beside a Hijri month is not read as one.
    ...(year === undefined || Number(year) < 1300 || Number(year) > 1600 ? {} : { year: Number(year) }),
    ...(side === undefined
      ? {}
      : { direction: /ماض|فائت|منصرم/u.test(side) ? ('last' as const) : ('next' as const) }),
  };
}
