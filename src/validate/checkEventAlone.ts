import type { CalendarDate } from '../calendar/calendarDate.ts';
import { compareCalendarDates, parseCalendarDate } from '../calendar/calendarDate.ts';
import type { DateBasis, TimelineEventJson } from '../types.ts';
import { isRecord, isSlug } from '../util/values.ts';
import type { CheckedEvent } from './checkedEvent.ts';
import { eventPath, NO_PROBLEMS, problemFor } from './checkedEvent.ts';
import { notARealDate } from './describeValue.ts';
import { illFormedEventText } from './illFormedEventText.ts';
import { BROKEN_CHARACTER } from './illFormedStrings.ts';
import { schemaProblems } from './schemaProblems.ts';
import { validateEvent, validateTime } from './schemaValidators.generated.js';
import { keepIfKnownOnly, toTypedEvent } from './toTypedEvent.ts';

/**
 * Checks one event on its own, as it arrives: its shape, its dates and its characters, and
 * makes its typed copy. `wellFormed` and `owned`: see `EventChecker.add`. Problems found here
 * wait in `pending` for the checks that need the whole document (see checkEventInContext).
 */
export function checkEventAlone(
  raw: unknown,
  index: number,
  wellFormed: boolean,
  owned: boolean,
): CheckedEvent {
  const id = isRecord(raw) && typeof raw.id === 'string' && raw.id.length <= 128 ? raw.id : undefined;
  const rawTime = isRecord(raw) ? raw.time : undefined;
  const valid = validateEvent(raw);
  // Only an id that could be referred to takes part in dating: "(report)" or "x#end" would collide
  // with the resolver's own names. A valid event's id is a slug and its time valid already.
  const dating =
    id !== undefined &&
    isRecord(rawTime) &&
    isRecord(rawTime.basis) &&
    (valid || (isSlug(id) && validateTime(rawTime)))
      ? {
          basis: rawTime.basis as DateBasis,
          start: rawTime.start as string | undefined,
          end: rawTime.end as string | undefined,
        }
      : undefined;
  const shape = valid ? NO_PROBLEMS : schemaProblems(validateEvent, raw, eventPath(index));
  if (shape.length > 0) {
    const problems = shape.map(({ path, message }) => problemFor(id, index, path, message));
    const checked: CheckedEvent = { index, id, event: undefined, dating, problems, pending: undefined };
    if (isRecord(raw) && isRecord(raw.title) && raw.title.ar === undefined) checked.noArabicTitle = true;
    return checked;
  }

  const event = raw as TimelineEventJson;
  const { time } = event;
  const start = time.start === undefined ? undefined : parseCalendarDate(time.start);
  const end = time.end === undefined ? undefined : parseCalendarDate(time.end);
  const dates = timeProblems(time, start, end)?.map(([path, message]) =>
    problemFor(id, index, `${eventPath(index)}${path}`, message),
  );

  // Walk only known fields (kept or copied): unknown ones may be nested 100,000 deep.
  const typed =
    (owned && keepIfKnownOnly(event, start ?? undefined, end ?? undefined)) ||
    toTypedEvent(event, start ?? undefined, end ?? undefined);
  const badText = wellFormed ? undefined : illFormedEventText(typed);
  const text = badText
    ? [problemFor(id, index, `${eventPath(index)}${badText}`, BROKEN_CHARACTER)]
    : NO_PROBLEMS;
  return { index, id, event: typed, dating, problems: [], pending: { dates: dates ?? NO_PROBLEMS, text } };
}

/**
 * What is wrong with a schema-valid event's dates, each as [path within the event, message];
 * undefined when nothing is. No closures: this runs for each of 100,000 events.
 */
function timeProblems(
  time: TimelineEventJson['time'],
  start: CalendarDate | null | undefined,
  end: CalendarDate | null | undefined,
): [string, string][] | undefined {
  const found: [string, string][] = [];
  if (start === null) found.push(['/time/start', notARealDate(time.start!)]);
  if (end === null) found.push(['/time/end', notARealDate(time.end!)]);
  if (time.precision === 'undated') {
    if (time.start !== undefined || time.end !== undefined) {
      found.push(['/time', 'an undated event must have no start or end: the article gives no date']);
    }
  } else if (time.start === undefined) {
    found.push(['/time/start', `is missing: required unless precision is "undated"`]);
  }
  if (start && end && compareCalendarDates(end, start) < 0) {
    found.push(['/time/end', `${time.end} is before the start, ${time.start}`]);
  }
  if (
    (time.precision === 'multi-day' || time.precision === 'window') &&
    time.start !== undefined &&
    time.end === undefined
  ) {
    found.push(['/time/end', `is missing: a "${time.precision}" date needs an end`]);
  }
  if ((time.precision === 'day' || time.precision === 'part-of-day') && time.end !== undefined) {
    found.push(['/time/end', `must be absent: a "${time.precision}" date is a single day`]);
  }
  return found.length > 0 ? found : undefined;
}
