import type { CalendarDate } from '../calendar/calendarDate.ts';
import { compareCalendarDates } from '../calendar/calendarDate.ts';
import type { Placed } from '../timeline/toTimelineItems.ts';

/** What a filter panel offers for some events: their actors and the days they span. */
export interface FilterChoices {
  /**
   * Every actor taking part in the events, with how many: most first, then by id. An archive
   * may name hundreds; the ones a reader most likely looks for come first.
   */
  actors: { id: string; count: number }[];
  /** The first and last day of the dated events; absent when none has a day. */
  first?: CalendarDate;
  last?: CalendarDate;
}

/** The actors and the span of days of these events, in one pass. */
export function filterChoices(events: Iterable<Placed>): FilterChoices {
  const counts = new Map<string, number>();
  let first: CalendarDate | undefined;
  let last: CalendarDate | undefined;
  for (const { participants, time } of events) {
    // An actor named twice in one event takes part in it once.
    for (const actor of new Set(participants.map((participant) => participant.actor)))
      counts.set(actor, (counts.get(actor) ?? 0) + 1);
    const { start } = time;
    if (!start) continue;
    const end = time.end ?? start;
    if (!first || compareCalendarDates(start, first) < 0) first = start;
    if (!last || compareCalendarDates(end, last) > 0) last = end;
  }
  const actors = [...counts].map(([id, count]) => ({ id, count }));
  actors.sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const choices: FilterChoices = { actors };
  if (first && last) Object.assign(choices, { first, last });
  return choices;
}
