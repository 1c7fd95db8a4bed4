/**
 * loadArchiveCode.ts for the single-file script, which holds everything anyway (see
 * src/element/loadFilterPanelInline.ts for why not an inlined dynamic import).
 */
import * as code from './archiveCode.ts';
import type { ArchiveCode } from './loadArchiveCode.ts';

export function loadArchiveCode(): Promise<ArchiveCode> {
  return Promise.resolve(code);
}
