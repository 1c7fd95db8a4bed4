import type { Lane } from './lanes.ts';
import type { ItemSpec } from './toTimelineItems.ts';
import { daysBetween } from '../calendar/calendarDate.ts';

export type Move = 'later' | 'earlier' | 'lane-up' | 'lane-down' | 'first' | 'last';

/**
 * The event keyboard navigation moves to. `items` are in time order. Up and Down go to
 * the event nearest in time in the next lane that has any.
 */
export function navigate(
  items: readonly ItemSpec[],
  lanes: readonly Lane[],
  current: string | undefined,
  move: Move,
): string | undefined {
  if (items.length === 0) return undefined;
  const index = current === undefined ? -1 : items.findIndex((item) => item.id === current);
  if (move === 'first' || index === -1) return move === 'last' ? items[items.length - 1]!.id : items[0]!.id;
  if (move === 'last') return items[items.length - 1]!.id;
  if (move === 'later') return items[Math.min(items.length - 1, index + 1)]!.id;
  if (move === 'earlier') return items[Math.max(0, index - 1)]!.id;

  const here = items[index]!;
  const laneOrder = lanes.map((lane) => lane.id);
  const step = move === 'lane-down' ? 1 : -1;
  for (let lane = laneOrder.indexOf(here.lane) + step; lane >= 0 && lane < laneOrder.length; lane += step) {
    const candidates = items.filter((item) => item.lane === laneOrder[lane]);
    if (candidates.length === 0) continue;
    let best = candidates[0]!;
    for (const candidate of candidates) {
      const distance = Math.abs(daysBetween(candidate.start, here.start) * 24 + candidate.hour - here.hour);
      if (distance < Math.abs(daysBetween(best.start, here.start) * 24 + best.hour - here.hour))
        best = candidate;
    }
    return best.id;
  }
  return here.id;
}
