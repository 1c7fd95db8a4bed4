import type { CalendarDate } from '../calendar/calendarDate.ts';
import { formatCalendarDate, parseCalendarDate } from '../calendar/calendarDate.ts';
import { resolveArticleDates } from '../dating/resolveArticleDates.ts';
import type { CheckedEvent } from './checkedEvent.ts';

/**
 * Checks every date that has a basis in the text against what the resolver derives from it.
 * A broken event's statement takes part only when a sound event is dated from it: otherwise
 * a broken event naming, say, a Saturday could move the report's day, and with it every
 * sound event's date, which would then all be dropped for disagreeing with the text.
 */
export function checkDatesAgainstText(
  dateline: CalendarDate,
  checked: CheckedEvent[],
  /** The dateline is a republication's (the source's `relay`, true when absent: the seed's case). */
  relay = true,
): void {
  const dated = datingThatCounts(checked);
  if (dated.length === 0) return;
  const resolved = resolveArticleDates(
    dateline,
    dated.map((entry) => ({ id: entry.id!, basis: entry.dating!.basis })),
    { relay },
  );
  for (const entry of dated) {
    const { start, end } = entry.dating!;
    const push = (path: string, message: string) =>
      entry.problems.push({
        eventId: entry.id!,
        eventIndex: entry.index,
        path: `/events/${entry.index}${path}`,
        message,
      });
    if (!resolved.ok) {
      for (const problem of resolved.problems.filter((p) => p.id === entry.id))
        push('/time/basis', problem.message);
      continue;
    }
    // A date that is not a real day has been reported already.
    if ([start, end].some((d) => d !== undefined && parseCalendarDate(d) === null)) continue;
    const days = resolved.days.get(entry.id!)!;
    const derived = [days.start, days.end].map((d) => (d ? formatCalendarDate(d) : 'none'));
    if ((start ?? 'none') !== derived[0])
      push('/time/start', `is ${start ?? 'none'}, but the article's wording resolves it to ${derived[0]}`);
    if ((end ?? 'none') !== derived[1])
      push('/time/end', `is ${end ?? 'none'}, but the article's wording resolves it to ${derived[1]}`);
  }
}

/** Statements of sound events, and of the broken events they are (transitively) dated from. */
function datingThatCounts(checked: CheckedEvent[]): CheckedEvent[] {
  const withDating = checked.filter((entry) => entry.dating !== undefined);
  const byId = new Map(withDating.map((entry) => [entry.id!, entry]));
  const counts = new Set(withDating.filter((entry) => entry.problems.length === 0));
  const pending = [...counts];
  for (let entry = pending.pop(); entry; entry = pending.pop()) {
    const { relativeTo, after = [], notBefore = [] } = entry.dating!.basis;
    for (const ref of [relativeTo, ...after, ...notBefore]) {
      const referred = ref === undefined ? undefined : byId.get(ref);
      if (referred && !counts.has(referred)) {
        counts.add(referred);
        pending.push(referred);
      }
    }
  }
  return withDating.filter((entry) => counts.has(entry));
}
