import { formatCalendarDate, fromDayNumber } from '../calendar/calendarDate.ts';
import type { Problem } from '../types.ts';
import { isSlug } from '../util/values.ts';
import { describeValue, quoteText } from '../validate/describeValue.ts';
import { FIRST_DAY, LAST_DAY, PART_OF_DAY_CODES, PRECISION_CODES, STATUS_CODES } from './codes.ts';

/** The index's columns, in the order problems name them. */
export const COLUMNS = ['id', 'part', 'start', 'end', 'partOfDay', 'status', 'precision', 'lead'] as const;

/** The columns but the ids, as written: unchecked. */
export type RawColumns = Record<Exclude<(typeof COLUMNS)[number], 'id'>, unknown[]>;

const UNDATED = PRECISION_CODES.indexOf('undated');
const PART_OF_DAY = PRECISION_CODES.indexOf('part-of-day');
const RANGED = (precision: number) => precision === 2 || precision === 3;

/** Whether a value is a whole number from 0 to below `count`. */
export function isCode(value: unknown, count: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < count;
}

function isDay(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= FIRST_DAY && value <= LAST_DAY;
}

export function indexProblem(
  index: number,
  id: string | undefined,
  column: (typeof COLUMNS)[number] | 'title',
  message: string,
): Problem {
  const who = id === undefined ? '' : `event ${quoteText(id)}: `;
  return { path: `/index/${column}/${index}`, message: `${who}${column} ${message}` };
}

/** What is wrong with the event at position `i` of the index, if anything. No closures: this runs for each of 100,000. */
export function checkIndexPosition(
  ids: unknown[],
  raw: RawColumns,
  i: number,
  partCount: number,
  leads: readonly (string | undefined)[],
): Problem | undefined {
  const id = ids[i];
  if (!isSlug(id))
    return indexProblem(i, undefined, 'id', `must be a lowercase slug, got ${describeValue(id)}`);
  if (!isCode(raw.part[i], partCount))
    return indexProblem(
      i,
      id,
      'part',
      `must be the position of one of the ${partCount} parts, got ${describeValue(raw.part[i])}`,
    );
  if (!isCode(raw.status[i], STATUS_CODES.length))
    return indexProblem(
      i,
      id,
      'status',
      `must be a position in [${STATUS_CODES.join(', ')}], got ${describeValue(raw.status[i])}`,
    );
  const precision = raw.precision[i];
  if (!isCode(precision, PRECISION_CODES.length))
    return indexProblem(
      i,
      id,
      'precision',
      `must be a position in [${PRECISION_CODES.join(', ')}], got ${describeValue(precision)}`,
    );
  const start = raw.start[i];
  const end = raw.end[i];
  const partOfDay = raw.partOfDay[i];
  if (precision === UNDATED) {
    // The path points at the first field that is not null, not at a start that may be.
    if (start !== null || end !== null || partOfDay !== null)
      return indexProblem(
        i,
        id,
        start !== null ? 'start' : end !== null ? 'end' : 'partOfDay',
        'must be null: the event is undated',
      );
  } else {
    if (!isDay(start))
      return indexProblem(i, id, 'start', `must be a day number, got ${describeValue(start)}`);
    if (RANGED(precision)) {
      if (!isDay(end))
        return indexProblem(
          i,
          id,
          'end',
          `must be a day number for a "${PRECISION_CODES[precision]}" date, got ${describeValue(end)}`,
        );
      if (end < start)
        return indexProblem(i, id, 'end', `${dayText(end)} is before the start, ${dayText(start)}`);
    } else if (end !== null)
      return indexProblem(
        i,
        id,
        'end',
        `must be null: a "${PRECISION_CODES[precision]}" date is a single day`,
      );
    if (partOfDay !== null && (precision !== PART_OF_DAY || !isCode(partOfDay, PART_OF_DAY_CODES.length)))
      return indexProblem(
        i,
        id,
        'partOfDay',
        `must be null, or a position in [${PART_OF_DAY_CODES.join(', ')}] for a "part-of-day" date`,
      );
  }
  const lead = raw.lead[i];
  if (lead !== null && (!isCode(lead, leads.length) || leads[lead] === undefined))
    return indexProblem(
      i,
      id,
      'lead',
      `must be null or the position of one of the archive's valid actors, got ${describeValue(lead)}`,
    );
  return undefined;
}

/** A day number and the day it is: `20482 (2026-01-29)`. */
function dayText(day: number): string {
  return `${day} (${formatCalendarDate(fromDayNumber(day))})`;
}
