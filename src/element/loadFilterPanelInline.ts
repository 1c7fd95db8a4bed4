/**
 * loadFilterPanel.ts for the single-file script, which holds everything anyway: an import
 * inlined there would make its bundler wrap every module it reaches in a lazy initialiser
 * (6 KiB more).
 */
import * as code from './filterPanel.ts';
import type { FilterPanelCode } from './loadFilterPanel.ts';

export function loadFilterPanel(): Promise<FilterPanelCode> {
  return Promise.resolve(code);
}
