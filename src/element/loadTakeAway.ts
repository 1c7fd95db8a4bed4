/**
 * The take-away code (takeAway.ts), loaded the first time a reader opens the Download menu.
 * In a bundler's build, a chunk of its own; the single-file script swaps this module for
 * loadTakeAwayScript.ts (vite.config.ts), which loads the take-away's own classic script.
 */
import type * as TakeAwayModule from './takeAway.ts';

export type TakeAway = typeof TakeAwayModule;

export function loadTakeAway(): Promise<TakeAway> {
  return import('./takeAway.ts');
}
