/**
 * The code that checks an archive's index and places its events, loaded only when the data is
 * an archive: most pages show one article's events and never need it. In a bundler's build, a
 * chunk of its own; the single-file script swaps this module for loadArchiveCodeInline.ts
 * (vite.config.ts).
 */
import type * as ArchiveCodeModule from './archiveCode.ts';

export type ArchiveCode = typeof ArchiveCodeModule;

export function loadArchiveCode(): Promise<ArchiveCode> {
  return import('./archiveCode.ts');
}
