/** The events document shown when the query names none: the one the site ships. */
export const DEFAULT_SRC = 'events/ankara-talks.json';

/** Query parameters passed on to the element as attributes of the same name. */
const PASSED_ON = ['lang', 'selected', 'start', 'end', 'height'] as const;

/**
 * The element's attributes from embed.html's query: `src` (relative to embed.html), the
 * documented attributes above, and `arabic-digits` when present. Nothing else: the query
 * is the embedding page's to write, and only what the widget documents is honoured.
 */
export function embedAttributes(params: URLSearchParams): [name: string, value: string][] {
  const attributes: [string, string][] = [['src', params.get('src') || DEFAULT_SRC]];
  for (const name of PASSED_ON) {
    const value = params.get(name);
    if (value !== null) attributes.push([name, value]);
  }
  if (params.has('arabic-digits')) attributes.push(['arabic-digits', '']);
  return attributes;
}
