import type { ViewState } from './viewState.ts';
import { VIEW_KEYS, toSearchParams } from './viewState.ts';

/**
 * The link to a view: the page's address with the view's parameters in place of any it had,
 * the page's own parameters (`lang`, `src`…) kept. The fragment goes: the view is in the query.
 */
export function viewLink(view: ViewState, href: string, { prefix = '' }: { prefix?: string } = {}): string {
  const url = new URL(href);
  for (const key of VIEW_KEYS) url.searchParams.delete(`${prefix}${key}`);
  for (const [key, value] of toSearchParams(view, { prefix })) url.searchParams.set(key, value);
  url.hash = '';
  return url.href;
}

/**
 * The address a link to a view is built on: `given` (the `link-base` attribute: the article that
 * embeds the timeline, say) when it is an absolute http(s) address, otherwise the page's own.
 * Nothing else is taken: a copied link must never be `javascript:` or `data:`.
 */
export function linkBase(given: string | null, page: string): string {
  if (!given) return page;
  try {
    const url = new URL(given);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : page;
  } catch {
    return page;
  }
}
