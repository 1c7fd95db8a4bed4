import type { CalendarDate } from '../calendar/calendarDate.ts';
import { dayNumber, toLocalDate } from '../calendar/calendarDate.ts';
import type { ItemSpec } from './toTimelineItems.ts';

/** Several events of one lane drawn as one mark with their count, until zoomed in. */
export interface Cluster {
  /**
   * `cluster:<lane>:<bin width>:<bin>:<count>:<end>`, never an event id (ids are slugs): the
   * mark itself, so the timeline, which keeps marks by id, never keeps one with an old count or
   * extent. Stable while panning, and while zooming or resizing within one bin width; a bin at
   * the edge of the covered span, counted in part, changes id as its count does.
   */
  id: string;
  lane: string;
  startMs: number;
  endMs: number;
  count: number;
}

export interface DisplaySet {
  items: ItemSpec[];
  clusters: Cluster[];
  /** The time span this set covers: recompute when the window leaves it. */
  coverStart: number;
  coverEnd: number;
  binMs: number;
}

/** Up to this many items near the window are drawn one by one; beyond, dense bins become clusters. */
export const INDIVIDUAL_LIMIT = 150;

export interface DisplayOptions {
  /** Up to this many items in the covered span are drawn one by one, never clustered. */
  threshold?: number;
  /** Width of a clustering bin on screen. */
  binPx?: number;
}

/** Items of one lane sorted by start, with their extents in milliseconds. */
interface LaneIndex {
  specs: ItemSpec[];
  starts: Float64Array;
  ends: Float64Array;
  /** Longest item, so a search by start also finds ranges that began earlier. */
  longest: number;
}

export type ItemIndex = Map<string, LaneIndex>;

/** Milliseconds of the first and last moment an item covers. */
export function extentOf(spec: ItemSpec, at = localMs): [number, number] {
  const start = startOf(spec, at);
  return [start, endOf(spec, at, start)];
}

/** The first moment an item covers: a range's first midnight, a point's hour. */
function startOf(spec: ItemSpec, at: (date: CalendarDate, hour: number) => number): number {
  return at(spec.start, spec.kind === 'range' ? 0 : spec.hour);
}

/** The last moment an item covers, given its first: a range's day after, a point's own moment. */
function endOf(spec: ItemSpec, at: (date: CalendarDate, hour: number) => number, start: number): number {
  return spec.kind === 'range' ? at(spec.endExclusive!, 0) : start;
}

function localMs(date: CalendarDate, hour: number): number {
  return toLocalDate(date, hour).valueOf();
}

/** `localMs`, remembered: a large timeline has many events on each day, and local dates are slow to build. */
function cachedLocalMs(): (date: CalendarDate, hour: number) => number {
  const cache = new Map<number, number>();
  return (date, hour) => {
    const key = dayNumber(date) * 24 + hour;
    let ms = cache.get(key);
    if (ms === undefined) cache.set(key, (ms = localMs(date, hour)));
    return ms;
  };
}

export function indexItems(specs: readonly ItemSpec[]): ItemIndex {
  const at = cachedLocalMs();
  const byLane = new Map<string, { specs: ItemSpec[]; starts: number[]; ends: number[] }>();
  for (const spec of specs) {
    // Not extentOf: no pair for each of 100,000 items.
    const start = startOf(spec, at);
    const end = endOf(spec, at, start);
    let lane = byLane.get(spec.lane);
    if (!lane) byLane.set(spec.lane, (lane = { specs: [], starts: [], ends: [] }));
    lane.specs.push(spec);
    lane.starts.push(start);
    lane.ends.push(end);
  }
  const index: ItemIndex = new Map();
  for (const [id, { specs: laneSpecs, starts, ends }] of byLane) {
    let longest = 0;
    for (let i = 0; i < ends.length; i++) longest = Math.max(longest, ends[i]! - starts[i]!);
    // Items come in time order, so a lane is nearly sorted by start already (ranges start
    // at midnight, points later in the day): sort only when it is not.
    let sorted = true;
    for (let i = 1; i < starts.length && sorted; i++) sorted = starts[i - 1]! <= starts[i]!;
    if (sorted) {
      index.set(id, {
        specs: laneSpecs,
        starts: new Float64Array(starts),
        ends: new Float64Array(ends),
        longest,
      });
      continue;
    }
    const order = Array.from(laneSpecs, (_, i) => i).sort((a, b) => starts[a]! - starts[b]!);
    const lane: LaneIndex = {
      specs: new Array<ItemSpec>(order.length),
      starts: new Float64Array(order.length),
      ends: new Float64Array(order.length),
      longest,
    };
    for (let i = 0; i < order.length; i++) {
      const from = order[i]!;
      lane.specs[i] = laneSpecs[from]!;
      lane.starts[i] = starts[from]!;
      lane.ends[i] = ends[from]!;
    }
    index.set(id, lane);
  }
  return index;
}

/** How many items overlap [from, to]. */
export function countBetween(index: ItemIndex, from: number, to: number): number {
  let count = 0;
  for (const lane of index.values())
    count += upperBound(lane.starts, to) - lowerBound(lane.starts, from - lane.longest);
  return count;
}

/**
 * What to draw for a window: every item overlapping the window and one window-width on
 * each side, one by one when there are few; otherwise, per lane, each screen bin holding
 * more than one item becomes a cluster with its count. Pure, and linear in the items covered.
 */
export function displaySet(
  index: ItemIndex,
  windowStart: number,
  windowEnd: number,
  widthPx: number,
  { threshold = INDIVIDUAL_LIMIT, binPx = 96 }: DisplayOptions = {},
): DisplaySet {
  const span = Math.max(1, windowEnd - windowStart);
  const coverStart = windowStart - span;
  const coverEnd = windowEnd + span;
  const items: ItemSpec[] = [];
  const clusters: Cluster[] = [];
  const total = countBetween(index, coverStart, coverEnd);
  const binMs = total <= threshold ? 0 : steppedBinMs((span * binPx) / Math.max(1, widthPx));

  for (const [lane, { specs, starts, ends, longest }] of index) {
    const from = lowerBound(starts, coverStart - longest);
    const to = upperBound(starts, coverEnd);
    if (binMs === 0) {
      for (let i = from; i < to; i++) if (ends[i]! >= coverStart) items.push(specs[i]!);
      continue;
    }
    let i = from;
    while (i < to) {
      if (ends[i]! < coverStart) {
        i++;
        continue;
      }
      const bin = Math.floor(starts[i]! / binMs);
      let j = i + 1;
      let end = ends[i]!;
      while (j < to && Math.floor(starts[j]! / binMs) === bin) end = Math.max(end, ends[j++]!);
      if (j - i === 1) items.push(specs[i]!);
      else {
        const endMs = Math.max(end, (bin + 1) * binMs);
        clusters.push({
          id: `cluster:${lane}:${binMs}:${bin}:${j - i}:${endMs}`,
          lane,
          startMs: bin * binMs,
          endMs,
          count: j - i,
        });
      }
      i = j;
    }
  }
  return { items, clusters, coverStart, coverEnd, binMs };
}

/** Bin widths go up in steps of √2 from a minute. */
const BIN_BASE_MS = 60_000;

/**
 * The bin width at or above `ms` on a ladder of fixed widths. A bin follows the zoom in steps,
 * not continuously: a window a few pixels narrower (a scrollbar appearing) or a little more
 * zoomed keeps the same bins, so the same clusters, instead of counting and drawing them all
 * again. On screen a bin is then 1 to 1.41 times `binPx` wide.
 */
function steppedBinMs(ms: number): number {
  const step = Math.ceil(2 * Math.log2(Math.max(ms, 1) / BIN_BASE_MS));
  return Math.round(BIN_BASE_MS * 2 ** (step / 2));
}

function lowerBound(values: Float64Array, target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upperBound(values: Float64Array, target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! <= target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
