import { isRecord } from '../util/values.ts';

/** Whether a parsed JSON value claims to be an archive rather than an events document. */
export function isArchive(value: unknown): boolean {
  return isRecord(value) && 'archive' in value && !('events' in value);
}
