/**
 * The filter panel's code (filterPanel.ts), loaded the first time a reader opens the panel. In a
 * bundler's build, a chunk of its own; the single-file script swaps this module for
 * loadFilterPanelInline.ts (vite.config.ts).
 */
import type * as FilterPanelModule from './filterPanel.ts';

export type FilterPanelCode = typeof FilterPanelModule;

export function loadFilterPanel(): Promise<FilterPanelCode> {
  return import('./filterPanel.ts');
}
