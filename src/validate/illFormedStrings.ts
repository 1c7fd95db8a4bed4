import { isRecord, isWellFormed } from '../util/values.ts';

export const BROKEN_CHARACTER = 'contains a broken character (a lone UTF-16 surrogate)';

/** The path of the first string in `value` holding a lone surrogate, if any. */
export function findIllFormedString(value: unknown, path: string): string | undefined {
  // Nearly every value is well formed: walk it without building a path for every node.
  return hasIllFormedString(value) ? pathOfIllFormedString(value, path) : undefined;
}

function hasIllFormedString(value: unknown): boolean {
  if (typeof value === 'string') return !isWellFormed(value);
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some(hasIllFormedString);
  return Object.values(value).some(hasIllFormedString);
}

function pathOfIllFormedString(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return isWellFormed(value) ? undefined : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = pathOfIllFormedString(value[i], `${path}/${i}`);
      if (found) return found;
    }
  } else if (isRecord(value)) {
    for (const key of Object.keys(value)) {
      const found = pathOfIllFormedString(value[key], `${path}/${key}`);
      if (found) return found;
    }
  }
  return undefined;
}
