import type { StatusGroup } from '../filter/filters.ts';
import type { ArabicNoun, Lang } from './strings.ts';
import { arabicCount, count } from './strings.ts';

const MATCHES_AR: ArabicNoun = {
  zero: 'لا نتائج',
  one: 'نتيجة واحدة',
  two: 'نتيجتان',
  few: 'نتائج',
  many: 'نتيجةً',
  other: 'نتيجة',
};

/**
 * The words of search and filters, in both languages. Apart from strings.ts so that the
 * find controls can be read (and grown) in one place; the same `count` and Arabic agreement.
 */
export const FIND_STRINGS = {
  en: {
    search: 'Search events',
    searchPlaceholder: 'Search…',
    matches: (n: number) => (n === 0 ? 'No matches' : `${count(n)} match${n === 1 ? '' : 'es'}`),
    matchOf: (i: number, n: number, title: string) => `Match ${count(i)} of ${count(n)}: ${title}`,
    walkHelp: 'Enter: next match; Shift+Enter: previous.',
    titlesOnly: (n: number) => `${count(n)} events not loaded yet: only their titles were searched.`,
    notSearched: (n: number) => `${count(n)} events not loaded yet were not searched.`,
    moreMatches: (n: number) => `…and ${count(n)} more.`,
    indexing: 'Preparing search…',
    results: 'Search results',
    filters: 'Filters',
    filtersPanel: 'Filter events',
    statusLegend: 'Status',
    lanesLegend: 'Lanes',
    actorsLegend: 'Actors',
    findActor: 'Find an actor',
    actorCount: (n: number) => `(${count(n)})`,
    datesLegend: 'Days',
    from: 'From',
    to: 'To',
    dim: 'Dim the others instead of hiding them',
    clearFilters: 'Clear filters',
    shownOf: (shown: number, total: number) => `${count(shown)} of ${count(total)} shown`,
    statusGroup: {
      occurred: 'Occurred (and ongoing)',
      planned: 'Planned or proposed',
      background: 'Background',
    } satisfies Record<StatusGroup, string>,
  },
  ar: {
    search: 'البحث في الأحداث',
    searchPlaceholder: 'ابحث…',
    matches: (n: number) => arabicCount(n, MATCHES_AR),
    matchOf: (i: number, n: number, title: string) => `النتيجة ${count(i)} من ${count(n)}: ${title}`,
    walkHelp: 'Enter: النتيجة التالية؛ Shift+Enter: السابقة.',
    titlesOnly: (n: number) => `أحداث لم تُحمَّل بعد (${count(n)}): بُحث في عناوينها فقط.`,
    notSearched: (n: number) => `أحداث لم تُحمَّل بعد (${count(n)}): لم يُبحث فيها.`,
    moreMatches: (n: number) => `…و${count(n)} أخرى.`,
    indexing: 'جارٍ تجهيز البحث…',
    results: 'نتائج البحث',
    filters: 'التصفية',
    filtersPanel: 'تصفية الأحداث',
    statusLegend: 'الحالة',
    lanesLegend: 'المسارات',
    actorsLegend: 'الأطراف',
    findActor: 'ابحث عن طرف',
    actorCount: (n: number) => `(${count(n)})`,
    datesLegend: 'الأيام',
    from: 'من',
    to: 'إلى',
    dim: 'إظهار الأحداث الأخرى باهتة بدل إخفائها',
    clearFilters: 'إلغاء التصفية',
    shownOf: (shown: number, total: number) => `يُعرض ${count(shown)} من ${count(total)}`,
    statusGroup: {
      occurred: 'وقع (أو جارٍ)',
      planned: 'مخطط له أو مقترح',
      background: 'خلفية',
    } satisfies Record<StatusGroup, string>,
  },
} as const;

export type FindStrings = (typeof FIND_STRINGS)[Lang];
