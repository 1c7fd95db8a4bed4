import type { LocalizedText } from '../types.ts';
import { isText } from '../util/values.ts';
import type { ArchiveColumns } from './types.ts';

/**
 * What is wrong with an index title as written (`[en]` or `[en, ar]`, each text or null): the
 * title itself, or its item that is not text, as `{ got }`; undefined when it is right.
 */
export function wrongInTitle(value: unknown): { got: unknown } | undefined {
  if (!Array.isArray(value) || value.length < 1 || value.length > 2) return { got: value };
  const item: unknown = value.find((text) => text !== null && !isText(text));
  return item === undefined ? undefined : { got: item };
}

/** The title the index gives the event at position `i` of the checked columns: undefined when none. */
export function titleAt(index: Pick<ArchiveColumns, 'title'>, i: number): Partial<LocalizedText> | undefined {
  const [en, ar] = index.title?.[i] ?? [];
  const title: Partial<LocalizedText> = {};
  if (en != null) title.en = en;
  if (ar != null) title.ar = ar;
  return en == null && ar == null ? undefined : title;
}
