import type { CalendarDate } from '../calendar/calendarDate.ts';
import { dayNumber, fromDayNumber } from '../calendar/calendarDate.ts';
import type { Actor, EventsDocument, PartOfDay, TimelineEvent } from '../types.ts';
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

export interface TimelineModel {
  lanes: Lane[];
  items: ItemSpec[];
  /** Events the article gives no date for: shown apart from the axis. */
  undated: TimelineEvent[];
  events: ReadonlyMap<string, TimelineEvent>;
  actors: ReadonlyMap<string, Actor>;
}

const HOUR_OF: Record<PartOfDay, number> = { morning: 9, afternoon: 15, evening: 19, night: 22 };

/** Pure: a validated document becomes lanes, items in time order, and the undated rest. */
export function toTimelineItems(
  document: EventsDocument,
  lanes: readonly Lane[] = DEFAULT_LANES,
): TimelineModel {
  const actors = new Map(document.actors.map((actor) => [actor.id, actor]));
  const events = new Map(document.events.map((event) => [event.id, event]));
  const dated = document.events.filter((event) => event.time.start !== undefined);
  const undated = document.events.filter((event) => event.time.start === undefined);
  const laneIndex = new Map(lanes.map((lane, i) => [lane.id, i]));

  // Time order is day, then hour, then lane, then id: the first three as one number, so
  // sorting 100,000 items compares numbers rather than dates and map lookups.
  const keys = new Float64Array(dated.length);
  // A lane depends only on the lead actor: look each actor up once, not once per event.
  const laneByActor = new Map<string | undefined, string>();
  const items = dated.map((event, i): ItemSpec => {
    const { time } = event;
    const start = time.start!;
    const lead = event.participants[0]?.actor;
    let lane = laneByActor.get(lead);
    if (lane === undefined) laneByActor.set(lead, (lane = laneOf(event, actors, lanes).id));
    const hour = time.partOfDay ? HOUR_OF[time.partOfDay] : 12;
    keys[i] = (dayNumber(start) * 24 + hour) * (lanes.length + 1) + (laneIndex.get(lane) ?? lanes.length);
    const item: ItemSpec = {
      id: event.id,
      lane,
      kind: time.end === undefined ? 'point' : 'range',
      start,
      hour,
      tentative: event.status === 'proposed' || event.status === 'planned' || time.precision === 'window',
      order: i,
    };
    if (time.end !== undefined) item.endExclusive = fromDayNumber(dayNumber(time.end) + 1);
    return item;
  });
  const order = Array.from(items, (_, i) => i).sort(
    (a, b) => keys[a]! - keys[b]! || (items[a]!.id < items[b]!.id ? -1 : 1),
  );
  const sorted = order.map((i, position) => {
    const item = items[i]!;
    item.order = position;
    return item;
  });
  const used = new Set(sorted.map((item) => item.lane));
  return { lanes: lanes.filter((lane) => used.has(lane.id)), items: sorted, undated, events, actors };
}
