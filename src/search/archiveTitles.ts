import type { ArchiveColumns } from '../archive/archive.ts';
import { entryOf, titleAt } from '../archive/archive.ts';
import type { TitledEntry } from './eventSearch.ts';

/**
 * An archive's events as title-only entries for `EventSearch#addTitle` (through
 * `buildEventSearchSteps`' `titles`), from its checked index and its optional `title` column.
 * Positions with no title (no column, or a bad title left out) are left out too, so that search
 * says honestly that it could not look at them.
 */
export function* archiveTitleEntries(index: ArchiveColumns): Generator<TitledEntry> {
  if (!index.title) return;
  for (let i = 0; i < index.ids.length; i++) {
    const title = titleAt(index, i);
    if (!title) continue;
    const { id, time } = entryOf(index, i);
    yield { id, title, time };
  }
}
