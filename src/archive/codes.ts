/**
 * How the index writes what is not a number: statuses, precisions and parts of the day as
 * positions in these lists (as the schema says), days as whole numbers of days since
 * 1970-01-01, and the values that stand for "none" in the checked columns.
 */

// The format's own lists, in their order: a code is a position, so the order is the file
// format's (tests/archive/codes.test.ts pins it; a new value may only go at the end).
// Re-exported rather than assigned, so that bundles hold no alias variables.
export {
  EVENT_STATUSES as STATUS_CODES,
  PRECISIONS as PRECISION_CODES,
  PARTS_OF_DAY as PART_OF_DAY_CODES,
} from '../schema/vocabulary.ts';

/** No part of the day, in the checked `partOfDay` column (an Int8Array, so not null). */
export const NO_PART_OF_DAY = -1;
/** No day (an undated event, or no end), in the checked `start` and `end` columns. */
export const NO_DAY = -(2 ** 31);

export function hasDay(day: number): boolean {
  return day !== NO_DAY;
}

/** Days from 1970-01-01 to years 1 and 9999: any day `YYYY-MM-DD` can write. */
export const FIRST_DAY = -719162;
export const LAST_DAY = 2932896;
