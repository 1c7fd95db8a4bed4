import type { ArchiveColumns } from '../archive/archive.ts';
import { entryOf } from '../archive/archive.ts';
import type { LocalizedText } from '../types.ts';
import type { TitledEntry } from './eventSearch.ts';

/**
 * An archive's events as title-only entries for `EventSearch#addTitle` (through
 * `buildEventSearchSteps`' `titles`), from its checked index and a title per position. The index
 * has no titles today: `titleOf` reads a proposed optional `index.title` column (see
 * docs/find-and-export.md); positions it has no title for (undefined) are left out, so search
 * says honestly that it could not look at them.
 */
export function* archiveTitleEntries(
  index: ArchiveColumns,
  titleOf: (position: number) => LocalizedText | undefined,
): Generator<TitledEntry> {
  for (let i = 0; i < index.ids.length; i++) {
    const title = titleOf(i);
    if (!title) continue;
    const { id, time } = entryOf(index, i);
    yield { id, title, time };
  }
}
