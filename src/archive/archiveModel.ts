import type { CalendarDate } from '../calendar/calendarDate.ts';
import { fromDayNumber } from '../calendar/calendarDate.ts';
import type { Lane } from '../timeline/lanes.ts';
import { DEFAULT_LANES, laneOf } from '../timeline/lanes.ts';
import type { ItemSpec, TimelineModel } from '../timeline/toTimelineItems.ts';
import { HOUR_OF, sortByKeyThenId } from '../timeline/toTimelineItems.ts';
import type { TimelineEvent } from '../types.ts';
import type { Archive } from './archive.ts';
import { hasDay, NONE, PART_OF_DAY_CODES, PRECISION_CODES, STATUS_CODES } from './archive.ts';

/** Positions between pauses: a few milliseconds' worth. */
const PAUSE_EVERY = 16384;
const PROPOSED = STATUS_CODES.indexOf('proposed');
const PLANNED = STATUS_CODES.indexOf('planned');
const WINDOW = PRECISION_CODES.indexOf('window');

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
  // Few actors lead, over few thousand days: each looked up once.
  const laneOfLead = new Map<string | undefined, string>();
  const days = new Map<number, CalendarDate>();
  const date = (day: number) => {
    let found = days.get(day);
    if (!found) days.set(day, (found = fromDayNumber(day)));
    return found;
  };
  const items: ItemSpec[] = [];
  const keys: number[] = [];
  const undated: string[] = [];
  for (let i = 0; i < ids.length; i++) {
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    const first = start[i]!;
    if (!hasDay(first)) {
      undated.push(ids[i]!);
      continue;
    }
    const leader = lead[i];
    let lane = laneOfLead.get(leader);
    if (lane === undefined) {
      const participants = leader === undefined ? [] : [{ actor: leader }];
      laneOfLead.set(leader, (lane = laneOf({ participants }, archive.actors, lanes).id));
    }
    const part = partOfDay[i]!;
    const hour = part === NONE ? 12 : HOUR_OF[PART_OF_DAY_CODES[part]!];
    keys.push((first * 24 + hour) * (lanes.length + 1) + (laneIndex.get(lane) ?? lanes.length));
    const last = end[i]!;
    const item: ItemSpec = {
      id: ids[i]!,
      lane,
      kind: hasDay(last) ? 'range' : 'point',
      start: date(first),
      hour,
      tentative: status[i] === PROPOSED || status[i] === PLANNED || precision[i] === WINDOW,
      order: items.length,
    };
    if (hasDay(last)) item.endExclusive = date(last + 1);
    items.push(item);
  }
  yield;
  const sorted = sortByKeyThenId(items, Float64Array.from(keys));
  for (let i = 0; i < sorted.length; i++) sorted[i]!.order = i;
  const used = new Set(laneOfLead.values());
  return {
    lanes: lanes.filter((lane) => used.has(lane.id)),
    items: sorted,
    undated,
    events,
    actors: archive.actors,
    count: ids.length,
  };
}
