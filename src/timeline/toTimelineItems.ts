import type { CalendarDate } from '../calendar/calendarDate.ts';
import { addDays, compareCalendarDates } from '../calendar/calendarDate.ts';
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

  const items = dated.map((event): ItemSpec => {
    const start = event.time.start!;
    const range = event.time.end !== undefined;
    return {
      id: event.id,
      lane: laneOf(event, actors, lanes).id,
      kind: range ? 'range' : 'point',
      start,
      ...(range ? { endExclusive: addDays(event.time.end!, 1) } : {}),
      hour: event.time.partOfDay ? HOUR_OF[event.time.partOfDay] : 12,
      tentative:
        event.status === 'proposed' || event.status === 'planned' || event.time.precision === 'window',
      order: 0,
    };
  });
  items.sort(
    (a, b) =>
      compareCalendarDates(a.start, b.start) ||
      a.hour - b.hour ||
      laneIndex.get(a.lane)! - laneIndex.get(b.lane)! ||
      (a.id < b.id ? -1 : 1),
  );
  items.forEach((item, i) => (item.order = i));
  const used = new Set(items.map((item) => item.lane));
  return { lanes: lanes.filter((lane) => used.has(lane.id)), items, undated, events, actors };
}
