import type { ItemIndex } from './displaySet.ts';
import type { TimeWindow } from './zoom.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** From the first event's start to the last moment any event covers; a week around now when empty. */
export function dataSpan(index: ItemIndex, now = Date.now()): TimeWindow {
  let start = Infinity;
  let end = -Infinity;
  for (const { starts, ends } of index.values()) {
    // Each lane is sorted by start; the latest end may belong to any item.
    if (starts.length > 0 && starts[0]! < start) start = starts[0]!;
    for (const to of ends) if (to > end) end = to;
  }
  if (!Number.isFinite(start)) return { start: now - 3 * DAY_MS, end: now + 3 * DAY_MS };
  return { start, end };
}

/** Every event's days, with a day's margin on each side: the first view, before `fitWindow` widens it. */
export function initialWindow({ start, end }: TimeWindow): TimeWindow {
  const margin = Math.max(DAY_MS, (end - start) * 0.05);
  return { start: start - margin, end: end + margin };
}
