/** The load library: from an address or a parsed value to validated data and its model. No DOM. */
export { loadTimelineData } from './loadTimelineData.ts';
export { ArchiveParts } from './archiveParts.ts';
export type { LoadedPart, PartOutcome } from './archiveParts.ts';
export { DEFAULT_LIMITS, LoadError, limitFrom } from './fetchLimited.ts';
export type { FetchLimits } from './fetchLimited.ts';
export type * from './types.ts';
