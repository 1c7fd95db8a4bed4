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
