/** The window's arithmetic for zooming, panning and revealing: milliseconds in, milliseconds out. */
import type { ItemIndex } from './displaySet.ts';
import { countBetween, INDIVIDUAL_LIMIT } from './displaySet.ts';

export interface TimeWindow {
  start: number;
  end: number;
}

/** The narrowest and widest the window may be, in milliseconds. */
export interface ZoomLimits {
  min: number;
  max: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** A story spanning days: no closer than six hours, no further than its span ×4 (at least a month). */
export function zoomLimits(span: TimeWindow): ZoomLimits {
  return { min: 6 * 60 * 60 * 1000, max: Math.max(31 * DAY_MS, (span.end - span.start) * 4) };
}

/**
 * The window `factor` times as wide, with `center` held where it is on screen. Within the zoom
 * limits, where vis-timeline would otherwise stretch the window about its own middle and move
 * the point held still.
 */
export function zoomedWindow(
  { start, end }: TimeWindow,
  factor: number,
  center: number,
  limits: ZoomLimits,
): TimeWindow {
  const width = Math.min(Math.max((end - start) * factor, limits.min), limits.max);
  const share = (center - start) / (end - start);
  return { start: center - width * share, end: center + width * (1 - share) };
}

/** What a zoom holds still: `anchor` (an item's moment) when it is in the window, else the middle. */
export function zoomCenter({ start, end }: TimeWindow, anchor: number): number {
  return anchor >= start && anchor <= end ? anchor : (start + end) / 2;
}

/** Whether the window can get narrower or wider; vis-timeline stops a little short of its limits. */
export function canZoom({ start, end }: TimeWindow, limits: ZoomLimits): { in: boolean; out: boolean } {
  return { in: end - start > limits.min + 1, out: end - start < limits.max - 1 };
}

/** The window moved by a horizontal wheel's `deltaX` pixels, in the reading direction. */
export function pannedWindow(
  { start, end }: TimeWindow,
  deltaX: number,
  widthPx: number,
  rtl: boolean,
): TimeWindow {
  const shift = ((end - start) * deltaX) / Math.max(1, widthPx);
  const signed = rtl ? -shift : shift;
  return { start: start + signed, end: end + signed };
}

/** A cluster opens by zooming into its stretch of time, with a quarter of it spare on each side. */
export function clusterWindow(startMs: number, endMs: number): TimeWindow {
  const pad = (endMs - startMs) * 0.25;
  return { start: startMs - pad, end: endMs + pad };
}

/**
 * A window around an item's extent, at least as wide as `current` (no zooming out for it), and
 * narrowed until the item is drawn on its own rather than inside a cluster.
 */
export function revealWindow(
  current: TimeWindow,
  [from, to]: readonly [number, number],
  index: ItemIndex,
  limits: ZoomLimits,
): TimeWindow {
  let width = Math.max(current.end - current.start, to - from + DAY_MS);
  const middle = (from + to) / 2;
  while (
    width > limits.min &&
    countBetween(index, middle - 1.5 * width, middle + 1.5 * width) > INDIVIDUAL_LIMIT
  )
    width /= 2;
  return { start: middle - width / 2, end: middle + width / 2 };
}
