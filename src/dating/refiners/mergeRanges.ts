import type { Found, Lang } from '../types.ts';

/**
 * Two dates joined into one span: «من 28 شباط إلى 2 آذار», «بين الأحد والثلاثاء»,
 * "from Friday to Sunday", "between 3 February and 5 March". The words between them
 * must be only the joining word, so two dates of one sentence stay two.
 */
export function mergeRanges(text: string, found: readonly Found[], lang: Lang): Found[] {
  // «وتستمر حتى», "and continue until": a stay that runs from one day to another.
  const joiner =
    lang === 'ar'
      ? /^\s*(?:(?:و?[تي](?:ستمر|تواصل|متد)\s+)?(?:إلى|الى|حتى)|و|-|–)\s*$/u
      : /^\s*(?:(?:and\s+)?(?:continues?|lasts?|runs?)\s+)?(?:to|until|through|till|and|-|–)\s*$/iu;
  const opener = lang === 'ar' ? /(?:من|بين|منذ)\s+$/u : /\b(?:from|between)\s+$/iu;
  const result: Found[] = [];
  for (let i = 0; i < found.length; i++) {
    const first = found[i]!;
    const second = found[i + 1];
    const between = second ? text.slice(first.end, second.start) : '';
    const before = text.slice(Math.max(0, first.start - 8), first.start);
    const rangeable = (item: Found) => item.reading.kind === 'date' || item.reading.kind === 'weekday';
    const opened = opener.test(before);
    const joinedByAnd = /و|and/iu.test(between.trim()) && between.trim().length <= 3;
    if (second && rangeable(first) && rangeable(second) && joiner.test(between) && (opened || !joinedByAnd)) {
      const openerMatch = opened ? opener.exec(before) : null;
      const start = openerMatch ? first.start - (before.length - openerMatch.index) : first.start;
      result.push({
        start,
        end: second.end,
        reading: { kind: 'range', from: first.reading, to: second.reading },
      });
      i += 1;
      continue;
    }
    result.push(first);
  }
  return result;
}
