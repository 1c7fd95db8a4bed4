import type { CalendarDate } from '../calendar/calendarDate.ts';
import { compareCalendarDates, formatCalendarDate, parseCalendarDate } from '../calendar/calendarDate.ts';
import type { Filters, StatusGroup } from './filters.ts';
import { STATUS_GROUPS } from './filters.ts';

/** The element's filter attributes, in the order they are written back. */
export const FILTER_ATTRIBUTES = [
  'filter-lanes',
  'filter-actors',
  'filter-status',
  'filter-from',
  'filter-to',
] as const;
export type FilterAttribute = (typeof FILTER_ATTRIBUTES)[number];

/** A filter attribute (or URL parameter) whose value cannot be read. */
export class FilterValueError extends Error {
  override name = 'FilterValueError';
  constructor(
    readonly attribute: string,
    readonly value: string,
    detail: string,
  ) {
    super(`invalid ${attribute}: ${JSON.stringify(value)} (${detail})`);
  }
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A comma-separated list of ids: spaces around them ignored, empty entries and repeats dropped. */
export function parseIdList(attribute: string, value: string): string[] {
  const ids = [...new Set(value.split(',').map((id) => id.trim()))].filter((id) => id !== '');
  const bad = ids.find((id) => !SLUG.test(id));
  if (bad !== undefined)
    throw new FilterValueError(attribute, value, `"${bad}" is not an id such as "araghchi"`);
  return ids;
}

export function parseStatusList(attribute: string, value: string): StatusGroup[] {
  const groups = parseIdList(attribute, value);
  const bad = groups.find((group) => !(STATUS_GROUPS as readonly string[]).includes(group));
  if (bad !== undefined) throw new FilterValueError(attribute, value, `expected ${STATUS_GROUPS.join(', ')}`);
  return groups as StatusGroup[];
}

export function parseDay(attribute: string, value: string): CalendarDate {
  const day = parseCalendarDate(value.trim());
  if (!day) throw new FilterValueError(attribute, value, 'expected a day as YYYY-MM-DD');
  return day;
}

/**
 * Filters from attributes (or URL parameters of the same names), read with `get` (null:
 * absent). Every bad value is reported and left out; the others apply, so one typo does not
 * unfilter the whole view. A range that ends before it starts is reported and dropped whole.
 */
export function readFilters(get: (name: FilterAttribute) => string | null): {
  filters: Filters;
  errors: FilterValueError[];
} {
  const filters: { -readonly [K in keyof Filters]: Filters[K] } = {};
  const errors: FilterValueError[] = [];
  const read = <T>(name: FilterAttribute, parse: (name: string, value: string) => T): T | undefined => {
    const value = get(name);
    if (value === null) return undefined;
    try {
      return parse(name, value);
    } catch (error) {
      if (error instanceof FilterValueError) errors.push(error);
      else throw error;
      return undefined;
    }
  };
  const lanes = read('filter-lanes', parseIdList);
  const actors = read('filter-actors', parseIdList);
  const status = read('filter-status', parseStatusList);
  const from = read('filter-from', parseDay);
  const to = read('filter-to', parseDay);
  if (lanes?.length) filters.lanes = lanes;
  if (actors?.length) filters.actors = actors;
  if (status?.length) filters.status = status;
  if (from && to && compareCalendarDates(from, to) > 0) {
    const range = `${formatCalendarDate(from)} to ${formatCalendarDate(to)}`;
    errors.push(
      new FilterValueError('filter-to', get('filter-to')!, `the range ${range} ends before it starts`),
    );
  } else {
    if (from) filters.from = from;
    if (to) filters.to = to;
  }
  return { filters, errors };
}

/** The attributes that say these filters, in a fixed order; an unset filter has none. */
export function filterAttributes(filters: Filters): [FilterAttribute, string][] {
  const attributes: [FilterAttribute, string][] = [];
  if (filters.lanes?.length) attributes.push(['filter-lanes', filters.lanes.join(',')]);
  if (filters.actors?.length) attributes.push(['filter-actors', filters.actors.join(',')]);
  if (filters.status?.length) attributes.push(['filter-status', filters.status.join(',')]);
  if (filters.from) attributes.push(['filter-from', formatCalendarDate(filters.from)]);
  if (filters.to) attributes.push(['filter-to', formatCalendarDate(filters.to)]);
  return attributes;
}

export const FILTER_MODES = ['hide', 'dim'] as const;
export type FilterMode = (typeof FILTER_MODES)[number];

/** `filter-mode`: what becomes of filtered-out events. Absent: `hide`. */
export function parseFilterMode(value: string | null): FilterMode {
  if (value === null) return 'hide';
  const mode = value.trim();
  if ((FILTER_MODES as readonly string[]).includes(mode)) return mode as FilterMode;
  throw new FilterValueError('filter-mode', value, `expected ${FILTER_MODES.join(' or ')}`);
}
