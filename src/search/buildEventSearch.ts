import type { Actor } from '../types.ts';
import { drain } from '../util/turns.ts';
import type { SearchableEvent, TitledEntry } from './eventSearch.ts';
import { EventSearch } from './eventSearch.ts';

/** Events indexed between chances to pause: the Slicer pauses only once its slice is used up, so asking often costs little. */
export const INDEX_EVERY = 64;

/**
 * Builds the index as work that can pause (`yield`) every `every` events: run it with
 * `drainInTurns(…, new Slicer())` on the page, so that 100,000 events never hold the main
 * thread for long, or with `drain` where nobody is waiting. Titles (an archive's events not
 * fetched yet) are indexed after the full events, and only for events not among them.
 */
export function* buildEventSearchSteps(
  events: Iterable<SearchableEvent>,
  actors: ReadonlyMap<string, Actor>,
  { titles = [], every = INDEX_EVERY }: { titles?: Iterable<TitledEntry>; every?: number } = {},
): Generator<void, EventSearch> {
  if (!(every >= 1)) throw new RangeError(`invalid every: ${every}`);
  // From the first step to the last, pauses included: the bench tells the long tasks of this span apart.
  const started = performance.now();
  const search = new EventSearch(actors);
  let done = 0;
  for (const event of events) {
    search.add(event);
    if (++done % every === 0) yield;
  }
  for (const entry of titles) {
    search.addTitle(entry);
    if (++done % every === 0) yield;
  }
  performance.measure('diplomatic-timeline:search-index', { start: started });
  return search;
}

/** The same, at once. */
export function buildEventSearch(
  events: Iterable<SearchableEvent>,
  actors: ReadonlyMap<string, Actor>,
  options?: { titles?: Iterable<TitledEntry>; every?: number },
): EventSearch {
  return drain(buildEventSearchSteps(events, actors, options));
}
