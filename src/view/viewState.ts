import type { CalendarDate } from '../calendar/calendarDate.ts';
import { compareCalendarDates, formatCalendarDate } from '../calendar/calendarDate.ts';
import type { FilterAttribute } from '../filter/filterAttributes.ts';
import { filterAttributes, FILTER_ATTRIBUTES, parseDay, readFilters } from '../filter/filterAttributes.ts';
import type { Filters } from '../filter/filters.ts';

/**
 * What a reader is looking at, as one value a page can read, store and give back: the selected
 * event, the visible days, the search and the filters. The window is in calendar days, as the
 * element's `start` and `end` attributes are, so a link opens on the same days in every time zone.
 */
export interface ViewState {
  selected?: string;
  window?: { start: CalendarDate; end: CalendarDate };
  search?: string;
  filters: Filters;
}

/**
 * The keys, the same as the element's attributes and embed.html's query, so that one link format
 * serves the demo page, an iframe's `src` and a host page keeping the embed's state in its URL.
 */
export const VIEW_KEYS = ['selected', 'start', 'end', 'search', ...FILTER_ATTRIBUTES] as const;

/** A value in a view's parameters that cannot be read; `key` names the parameter. */
export class ViewStateError extends Error {
  override name = 'ViewStateError';
  constructor(
    readonly key: string,
    message: string,
  ) {
    super(message);
  }
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A search longer than this is not something a reader typed. */
const MAX_SEARCH = 200;

/**
 * The state as URL parameters (for a query string or a fragment alike), keys in a fixed order,
 * absent values left out. `prefix` tells apart several timelines on one page ("a." → "a.selected").
 */
export function toSearchParams(state: ViewState, { prefix = '' }: { prefix?: string } = {}): URLSearchParams {
  const params = new URLSearchParams();
  if (state.selected !== undefined) params.set(`${prefix}selected`, state.selected);
  if (state.window) {
    params.set(`${prefix}start`, formatCalendarDate(state.window.start));
    params.set(`${prefix}end`, formatCalendarDate(state.window.end));
  }
  if (state.search !== undefined && state.search !== '') params.set(`${prefix}search`, state.search);
  for (const [name, value] of filterAttributes(state.filters)) params.set(`${prefix}${name}`, value);
  return params;
}

/**
 * The state in URL parameters, and every value that could not be read (each left out, the rest
 * kept). Keys it does not know are ignored: the page's own parameters share the URL.
 */
export function readViewState(
  params: URLSearchParams,
  { prefix = '' }: { prefix?: string } = {},
): { state: ViewState; errors: ViewStateError[] } {
  const get = (key: string) => params.get(`${prefix}${key}`);
  const errors: ViewStateError[] = [];
  const { filters, errors: filterErrors } = readFilters((name: FilterAttribute) => get(name));
  for (const error of filterErrors)
    errors.push(new ViewStateError(`${prefix}${error.attribute}`, error.message));
  const state: ViewState = { filters };

  const selected = get('selected');
  if (selected !== null) {
    if (SLUG.test(selected)) state.selected = selected;
    else
      errors.push(
        new ViewStateError(
          `${prefix}selected`,
          `invalid selected: ${JSON.stringify(selected)} (not an event id)`,
        ),
      );
  }

  const start = get('start');
  const end = get('end');
  if (start !== null || end !== null) {
    const window = readWindow(start, end, prefix);
    if (window instanceof ViewStateError) errors.push(window);
    else state.window = window;
  }

  const search = get('search');
  if (search !== null && search !== '') {
    if (search.length <= MAX_SEARCH) state.search = search;
    else
      errors.push(
        new ViewStateError(`${prefix}search`, `invalid search: longer than ${MAX_SEARCH} characters`),
      );
  }
  return { state, errors };
}

/** The same, throwing the first error (its message lists them all) when any value is bad. */
export function fromSearchParams(params: URLSearchParams, options?: { prefix?: string }): ViewState {
  const { state, errors } = readViewState(params, options);
  if (errors.length > 0) {
    const error = new ViewStateError(errors[0]!.key, errors.map((each) => each.message).join('; '));
    throw error;
  }
  return state;
}

function readWindow(
  start: string | null,
  end: string | null,
  prefix: string,
): { start: CalendarDate; end: CalendarDate } | ViewStateError {
  if (start === null || end === null) {
    const missing = start === null ? 'start' : 'end';
    return new ViewStateError(
      `${prefix}${missing}`,
      `invalid ${missing}: missing (a window needs both start and end)`,
    );
  }
  try {
    const window = { start: parseDay('start', start), end: parseDay('end', end) };
    if (compareCalendarDates(window.start, window.end) > 0)
      return new ViewStateError(
        `${prefix}end`,
        `invalid end: ${JSON.stringify(end)} (before start ${start})`,
      );
    return window;
  } catch (error) {
    const attribute = (error as { attribute?: string }).attribute ?? 'start';
    return new ViewStateError(`${prefix}${attribute}`, (error as Error).message);
  }
}
