/**
 * Keeps a drafted date's `basis` only where the validator, rechecking it with
 * resolveArticleDates, derives the same days. That resolver is told, as the validator tells
 * it, whether the dateline is a relay's (then a named weekday falls before the day before
 * the dateline); it knows only weekdays, counts from events that have a basis themselves,
 * and "later this week". A basis it would read differently is left out (the rule still
 * says how the date was found) and the event's review list says so.
 */
import { formatCalendarDate, parseCalendarDate } from '../calendar/calendarDate.ts';
import { resolveArticleDates } from '../dating/resolveArticleDates.ts';
import type { TimelineEventJson } from '../types.ts';

export function keepCheckableBasis(dateline: string, events: TimelineEventJson[], relay: boolean): void {
  const day = parseCalendarDate(dateline);
  if (!day) return;
  const drop = (event: TimelineEventJson) => {
    delete event.time.basis;
    (event.review ??= []).push(
      'time: the validator cannot recheck this date from its wording yet; check the rule',
    );
  };
  for (let round = 0; round < events.length + 1; round++) {
    const withBasis = events.filter((event) => event.time.basis !== undefined);
    if (withBasis.length === 0) return;
    const result = resolveArticleDates(
      day,
      withBasis.map((event) => ({ id: event.id, basis: event.time.basis! })),
      { relay },
    );
    if (!result.ok) {
      const ids = new Set(result.problems.map((problem) => problem.id));
      withBasis.filter((event) => ids.has(event.id)).forEach(drop);
      continue;
    }
    const wrong = withBasis.filter((event) => {
      const days = result.days.get(event.id);
      if (!days) return false;
      const end = days.end ? formatCalendarDate(days.end) : undefined;
      return formatCalendarDate(days.start) !== event.time.start || end !== event.time.end;
    });
    if (wrong.length === 0) return;
    wrong.forEach(drop);
  }
}
