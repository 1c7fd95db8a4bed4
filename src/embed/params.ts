/** The events document shown when the query names none: the one the site ships. */
export const DEFAULT_SRC = 'events/ankara-talks.json';

/**
 * Query parameters passed on to the element as attributes of the same name: the view's (so that a
 * link to a view opens it in the frame too) and the page's settings. Written out rather than
 * imported, to keep embed.js small; a test checks the view's are all here.
 */
export const PASSED_ON = [
  'lang',
  'selected',
  'start',
  'end',
  'height',
  'search',
  'filter-lanes',
  'filter-actors',
  'filter-status',
  'filter-from',
  'filter-to',
  'filter-mode',
  'link-base',
] as const;

/** Parameters that are present or not: passed on as empty attributes. */
const FLAGS = ['arabic-digits', 'hide-search'] as const;

/**
 * The element's attributes from embed.html's query: `src` (relative to embed.html), the
 * documented attributes above, and the flags when present. Nothing else: the query
 * is the embedding page's to write, and only what the widget documents is honoured.
 */
export function embedAttributes(params: URLSearchParams): [name: string, value: string][] {
  const attributes: [string, string][] = [['src', params.get('src') || DEFAULT_SRC]];
  for (const name of PASSED_ON) {
    const value = params.get(name);
    if (value !== null) attributes.push([name, value]);
  }
  for (const name of FLAGS) if (params.has(name)) attributes.push([name, '']);
  return attributes;
}
