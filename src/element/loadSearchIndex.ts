/**
 * The search index's code (the Arabic and English normaliser, the term index), loaded when the
 * index is first wanted: after the first drawing is final and the page idle, or at the first
 * query. In a bundler's build, a chunk of its own; the single-file script swaps this module for
 * loadSearchIndexInline.ts (vite.config.ts).
 */
import type * as SearchIndexModule from './searchIndexCode.ts';

export type SearchIndexCode = typeof SearchIndexModule;

export function loadSearchIndex(): Promise<SearchIndexCode> {
  return import('./searchIndexCode.ts');
}
