/**
 * loadSearchIndex.ts for the single-file script, which holds everything anyway (see
 * loadFilterPanelInline.ts for why not an inlined dynamic import).
 */
import * as code from './searchIndexCode.ts';
import type { SearchIndexCode } from './loadSearchIndex.ts';

export function loadSearchIndex(): Promise<SearchIndexCode> {
  return Promise.resolve(code);
}
