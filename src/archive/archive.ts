/**
 * An archive: many ordinary events documents (its parts, each with its own source text) and
 * one index of where every event sits in time. The timeline is drawn from the index alone, so
 * 100,000 events cost a few megabytes at load instead of a hundred; a part is fetched and checked
 * in full (quotes against its source text included) only when one of its events is shown in
 * words, and every event it holds must agree with what the index said of it.
 */

// The archive's parts, each in its own file; importers of this module find them all here.
export type {
  Archive,
  ArchiveColumns,
  ArchiveEntry,
  ArchiveIndexJson,
  ArchiveJson,
  ArchivePartJson,
  ArchiveResult,
  IndexTitle,
} from './types.ts';
export { hasDay, NO_DAY, NO_PART_OF_DAY, PART_OF_DAY_CODES, PRECISION_CODES, STATUS_CODES } from './codes.ts';
export { isArchive } from './isArchive.ts';
export { checkArchiveSteps } from './checkArchiveSteps.ts';
export { entryOf } from './entryOf.ts';
export { agreeWithIndex } from './agreeWithIndex.ts';
export { buildArchiveIndex } from './buildArchiveIndex.ts';
export { titleAt } from './indexTitle.ts';
