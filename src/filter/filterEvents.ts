import { dayNumber } from '../calendar/calendarDate.ts';
import type { Placed } from '../timeline/toTimelineItems.ts';
import type { Filters } from './filters.ts';
import { STATUS_GROUP_OF } from './filters.ts';

export interface FilterContext {
  /** The lane an event is drawn in: `ItemSpec.lane`, or `laneFinder(…).laneOf(lead)`. */
  laneOf: (event: Placed) => string;
}

export interface FilterResult {
  /** Ids of the events shown, in the order they were given. */
  shown: string[];
  /** The same, to look up. */
  shownIds: ReadonlySet<string>;
  /** How many events there were: "12 of 40 shown". */
  total: number;
}

/**
 * A predicate for one set of filters, with its lists made sets once. An event passes when it is
 * in one of the lanes, has one of the actors among its participants (an archive's entry knows
 * only its lead until its part is fetched), is in one of the status groups, and overlaps the
 * date range: a multi-day event or a window counts when any of its days is inside. An undated
 * event has no day to be inside a range, so a range hides it.
 */
export function eventFilter(filters: Filters, { laneOf }: FilterContext): (event: Placed) => boolean {
  const lanes = nonEmpty(filters.lanes);
  const actors = nonEmpty(filters.actors);
  const groups = nonEmpty(filters.status);
  const from = filters.from ? dayNumber(filters.from) : -Infinity;
  const to = filters.to ? dayNumber(filters.to) : Infinity;
  const ranged = filters.from !== undefined || filters.to !== undefined;
  return (event) => {
    if (groups && !groups.has(STATUS_GROUP_OF[event.status])) return false;
    if (actors && !event.participants.some(({ actor }) => actors.has(actor))) return false;
    if (ranged) {
      const { start, end } = event.time;
      if (!start) return false;
      if (dayNumber(start) > to || dayNumber(end ?? start) < from) return false;
    }
    if (lanes && !lanes.has(laneOf(event))) return false;
    return true;
  };
}

/** The events the filters let through, and how many there were. */
export function filterEvents(
  events: Iterable<Placed>,
  filters: Filters,
  context: FilterContext,
): FilterResult {
  const passes = eventFilter(filters, context);
  const shown: string[] = [];
  let total = 0;
  for (const event of events) {
    total++;
    if (passes(event)) shown.push(event.id);
  }
  return { shown, shownIds: new Set(shown), total };
}

function nonEmpty<T>(list: readonly T[] | undefined): ReadonlySet<T> | null {
  return list && list.length > 0 ? new Set(list) : null;
}
