import type { CalendarDate } from '../calendar/calendarDate.ts';
import { fromDayNumber } from '../calendar/calendarDate.ts';
import type { Lane } from '../timeline/lanes.ts';
import { DEFAULT_LANES } from '../timeline/lanes.ts';
import type { ItemSpec, TimelineModel } from '../timeline/toTimelineItems.ts';
import { finishModel, hourOf, isTentative, laneFinder, timeKey } from '../timeline/toTimelineItems.ts';
import type { TimelineEvent } from '../types.ts';
import type { Archive } from './types.ts';
import { PAUSE_EVERY } from '../util/turns.ts';
import { hasDay, NO_PART_OF_DAY, PART_OF_DAY_CODES, PRECISION_CODES, STATUS_CODES } from './codes.ts';

/** Positions between pauses: each is a few array reads and one item, a quarter of a light step. */
const POSITIONS_PER_PAUSE = PAUSE_EVERY * 4;

/**
 * The timeline's model straight from an archive's checked index: lanes, items in time order and
 * the undated rest, as `timelineModelSteps` builds them from a document's events, without an
 * object per event on the way. `events` are the events loaded so far (none, at first), shared with the model.
 */
export function* archiveModelSteps(
  archive: Archive,
  events: ReadonlyMap<string, TimelineEvent>,
  lanes: readonly Lane[] = DEFAULT_LANES,
): Generator<void, TimelineModel> {
  const { ids, start, end, partOfDay, status, precision, lead } = archive.index;
  const laneIndex = new Map(lanes.map((lane, i) => [lane.id, i]));
  const lanesOf = laneFinder(archive.actors, lanes);
  // Few thousand days: each date built once.
  const days = new Map<number, CalendarDate>();
  const date = (day: number) => {
    let found = days.get(day);
    if (!found) days.set(day, (found = fromDayNumber(day)));
    return found;
  };
  const items: ItemSpec[] = [];
  const keys = new Float64Array(ids.length);
  const undated: string[] = [];
  for (let i = 0; i < ids.length; i++) {
    if (i % POSITIONS_PER_PAUSE === POSITIONS_PER_PAUSE - 1) yield;
    const first = start[i]!;
    if (!hasDay(first)) {
      undated.push(ids[i]!);
      continue;
    }
    const lane = lanesOf.laneOf(lead[i]);
    const part = partOfDay[i]!;
    const hour = hourOf(part === NO_PART_OF_DAY ? undefined : PART_OF_DAY_CODES[part]);
    keys[items.length] = timeKey(first, hour, laneIndex.get(lane) ?? lanes.length, lanes.length);
    const last = end[i]!;
    const item: ItemSpec = {
      id: ids[i]!,
      lane,
      kind: hasDay(last) ? 'range' : 'point',
      start: date(first),
      hour,
      tentative: isTentative(STATUS_CODES[status[i]!]!, PRECISION_CODES[precision[i]!]!),
      order: items.length,
    };
    if (hasDay(last)) item.endExclusive = date(last + 1);
    items.push(item);
  }
  yield;
  return finishModel(items, keys.subarray(0, items.length), lanes, lanesOf.used, {
    undated,
    events,
    actors: archive.actors,
    count: ids.length,
  });
}
