import { fromDayNumber } from '../calendar/calendarDate.ts';
import { hasDay, NO_PART_OF_DAY, PART_OF_DAY_CODES, PRECISION_CODES, STATUS_CODES } from './codes.ts';
import type { ArchiveColumns, ArchiveEntry } from './types.ts';

/** What the index says of the event at position `i` of the checked columns. */
export function entryOf(index: ArchiveColumns, i: number): ArchiveEntry {
  const precision = PRECISION_CODES[index.precision[i]!]!;
  const time: ArchiveEntry['time'] = { precision };
  if (hasDay(index.start[i]!)) time.start = fromDayNumber(index.start[i]!);
  if (hasDay(index.end[i]!)) time.end = fromDayNumber(index.end[i]!);
  if (index.partOfDay[i]! !== NO_PART_OF_DAY) time.partOfDay = PART_OF_DAY_CODES[index.partOfDay[i]!]!;
  const lead = index.lead[i];
  return {
    id: index.ids[i]!,
    part: index.part[i]!,
    status: STATUS_CODES[index.status[i]!]!,
    time,
    participants: lead === undefined ? [] : [{ actor: lead }],
  };
}
