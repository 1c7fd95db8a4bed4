import type { CalendarDate } from '../calendar/calendarDate.ts';
import { dayNumber, fromDayNumber } from '../calendar/calendarDate.ts';
import type {
  Actor,
  EventsDocument,
  EventStatus,
  EventTime,
  PartOfDay,
  Precision,
  TimelineEvent,
} from '../types.ts';
import { drain, PAUSE_EVERY } from '../util/turns.ts';
import type { Lane } from './lanes.ts';
import { DEFAULT_LANES, laneOf } from './lanes.ts';

/** What the timeline draws for one event, in our own terms (no vis-timeline types). */
export interface ItemSpec {
  id: string;
  lane: string;
  kind: 'point' | 'range';
  /** First day; for a point, `hour` says where in the day it sits. */
  start: CalendarDate;
  /** Day after the last day: ranges cover whole days. */
  endExclusive?: CalendarDate;
  hour: number;
  /** Drawn as uncertain: proposed or planned, or dated only to a window. */
  tentative: boolean;
  /** Position in time order, for keyboard navigation. */
  order: number;
}

/**
 * What the timeline needs of an event to place it: its days, status and lead actor. A
 * `TimelineEvent` is one; so is an archive's index entry, before its event is loaded.
 */
export interface Placed {
  id: string;
  status: EventStatus;
  time: Pick<EventTime, 'start' | 'end' | 'partOfDay' | 'precision'>;
  participants: readonly { actor: string }[];
}

export interface TimelineModel {
  lanes: Lane[];
  items: ItemSpec[];
  /** Ids of the events the article gives no date for, in document order: shown apart from the axis. */
  undated: string[];
  /** Every event by id; from an archive, those loaded so far (see `count`). */
  events: ReadonlyMap<string, TimelineEvent>;
  actors: ReadonlyMap<string, Actor>;
  /** How many events there are, dated and undated, loaded or not. */
  count: number;
}

/** Events between pauses: placing one (a lane lookup, a key, an item) is lighter than a light step, so twice as many. */
const PLACED_PER_PAUSE = PAUSE_EVERY * 2;

const HOUR_OF: Record<PartOfDay, number> = { morning: 9, afternoon: 15, evening: 19, night: 22 };

/** The hour a point is drawn at in its day: its part of the day's, or noon. */
export function hourOf(partOfDay: PartOfDay | undefined): number {
  return partOfDay ? HOUR_OF[partOfDay] : 12;
}

/** Drawn as uncertain: proposed or planned, or dated only to a window. */
export function isTentative(status: EventStatus, precision: Precision): boolean {
  return status === 'proposed' || status === 'planned' || precision === 'window';
}

/**
 * Each lead actor's lane, by the actor's id (undefined: no participant). A lane depends only on
 * the lead actor: each is looked up once, not once per event. `used` holds the lanes given out.
 */
export function laneFinder(
  actors: ReadonlyMap<string, Actor>,
  lanes: readonly Lane[],
): { laneOf(lead: string | undefined): string; used: ReadonlySet<string> } {
  const byLead = new Map<string | undefined, string>();
  const used = new Set<string>();
  return {
    laneOf(lead) {
      let lane = byLead.get(lead);
      if (lane === undefined) {
        lane = laneOf({ participants: lead === undefined ? [] : [{ actor: lead }] }, actors, lanes).id;
        byLead.set(lead, lane);
        used.add(lane);
      }
      return lane;
    },
    used,
  };
}

/**
 * Time order is day, then hour, then lane, then id: the first three as one number, so sorting
 * 100,000 items compares numbers rather than dates and map lookups.
 */
export function timeKey(day: number, hour: number, laneRank: number, laneCount: number): number {
  return (day * 24 + hour) * (laneCount + 1) + laneRank;
}

/** The model, once every dated event has its item and its time key (at the same position). */
export function finishModel(
  items: ItemSpec[],
  keys: Float64Array,
  lanes: readonly Lane[],
  used: ReadonlySet<string>,
  rest: Pick<TimelineModel, 'undated' | 'events' | 'actors' | 'count'>,
): TimelineModel {
  const sorted = sortByKeyThenId(items, keys);
  for (let i = 0; i < sorted.length; i++) sorted[i]!.order = i;
  return { lanes: lanes.filter((lane) => used.has(lane.id)), items: sorted, ...rest };
}

/** Pure: a validated document becomes lanes, items in time order, and the undated rest. */
export function toTimelineItems(
  document: EventsDocument,
  lanes: readonly Lane[] = DEFAULT_LANES,
): TimelineModel {
  return drain(timelineModelSteps(document, lanes));
}

/** `toTimelineItems` as steps: it pauses (yields) every few thousand events, for `drainInTurns`. */
export function* timelineModelSteps(
  document: EventsDocument,
  lanes: readonly Lane[] = DEFAULT_LANES,
): Generator<void, TimelineModel> {
  const actors = new Map(document.actors.map((actor) => [actor.id, actor]));
  // Loops rather than map and filter: no pair array per event, one pass.
  const events = new Map<string, TimelineEvent>();
  const dated: TimelineEvent[] = [];
  const undated: string[] = [];
  for (const event of document.events) {
    events.set(event.id, event);
    if (event.time.start === undefined) undated.push(event.id);
    else dated.push(event);
  }
  const laneIndex = new Map(lanes.map((lane, i) => [lane.id, i]));
  yield;

  const keys = new Float64Array(dated.length);
  const lanesOf = laneFinder(actors, lanes);
  const items: ItemSpec[] = [];
  for (let i = 0; i < dated.length; i++) {
    if (i % PLACED_PER_PAUSE === PLACED_PER_PAUSE - 1) yield;
    const event = dated[i]!;
    const { time } = event;
    const start = time.start!;
    const lane = lanesOf.laneOf(event.participants[0]?.actor);
    const hour = hourOf(time.partOfDay);
    keys[i] = timeKey(dayNumber(start), hour, laneIndex.get(lane) ?? lanes.length, lanes.length);
    const item: ItemSpec = {
      id: event.id,
      lane,
      kind: time.end === undefined ? 'point' : 'range',
      start,
      hour,
      tentative: isTentative(event.status, time.precision),
      order: i,
    };
    if (time.end !== undefined) item.endExclusive = fromDayNumber(dayNumber(time.end) + 1);
    items.push(item);
  }
  yield;
  return finishModel(items, keys, lanes, lanesOf.used, {
    undated,
    events,
    actors,
    count: document.events.length,
  });
}

/** Runs of equal keys up to this long are put in id order by insertion. */
const SMALL_RUN = 16;

/**
 * `items` by `keys` (whole numbers), ties by id. The keys and positions are packed into one
 * number each and sorted as a Float64Array, natively and without a comparator; only runs of
 * equal keys are then ordered by id. Falls back to a comparator where packing would lose precision.
 */
export function sortByKeyThenId(items: ItemSpec[], keys: Float64Array): ItemSpec[] {
  const n = items.length;
  const byId = (a: ItemSpec, b: ItemSpec) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  let low = Infinity;
  let high = -Infinity;
  for (const key of keys) {
    if (key < low) low = key;
    if (key > high) high = key;
  }
  if (n === 0) return [];
  if ((high - low + 1) * n > Number.MAX_SAFE_INTEGER) {
    const order = Array.from(items, (_, i) => i).sort(
      (a, b) => keys[a]! - keys[b]! || byId(items[a]!, items[b]!),
    );
    return order.map((i) => items[i]!);
  }
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) packed[i] = (keys[i]! - low) * n + i;
  packed.sort();
  const sorted = new Array<ItemSpec>(n);
  for (let i = 0; i < n; i++) sorted[i] = items[packed[i]! % n]!;
  // Equal keys are adjacent now, in input order: put each run in id order.
  for (let start = 0; start < n;) {
    const key = Math.floor(packed[start]! / n);
    let end = start + 1;
    while (end < n && Math.floor(packed[end]! / n) === key) end++;
    if (end - start > SMALL_RUN) {
      const run = sorted.slice(start, end).sort(byId);
      for (let i = 0; i < run.length; i++) sorted[start + i] = run[i]!;
    } else {
      // Runs are mostly two or three events on one day, hour and lane: sorted in place, no copy.
      for (let i = start + 1; i < end; i++) {
        const current = sorted[i]!;
        let j = i - 1;
        for (; j >= start && sorted[j]!.id > current.id; j--) sorted[j + 1] = sorted[j]!;
        sorted[j + 1] = current;
      }
    }
    start = end;
  }
  return sorted;
}
