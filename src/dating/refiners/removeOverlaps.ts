import type { Found } from '../types.ts';

/**
 * One finding per stretch of text: where two overlap, the longer reads more of the
 * words («في اليوم التالي» over «اليوم», "the day before yesterday" over "yesterday"),
 * and at equal length the earlier parser's wins. Sorted by position.
 */
export function removeOverlaps(found: readonly Found[]): Found[] {
  const ranked = found
    .map((item, order) => ({ item, order }))
    .sort((a, b) => b.item.end - b.item.start - (a.item.end - a.item.start) || a.order - b.order);
  const kept: Found[] = [];
  for (const { item } of ranked) {
    if (kept.every((other) => item.end <= other.start || item.start >= other.end)) kept.push(item);
  }
  return kept.sort((a, b) => a.start - b.start);
}
