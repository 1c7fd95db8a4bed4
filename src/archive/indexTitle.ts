import type { LocalizedText } from '../types.ts';
import { isText } from '../util/values.ts';
import { describeValue } from '../validate/describeValue.ts';
import type { ArchiveColumns } from './types.ts';

const LANGUAGES = ['English', 'Arabic'] as const;

/** What is wrong with an index title as written (`[en]` or `[en, ar]`, each text or null), if anything. */
export function indexTitleProblem(value: unknown): string | undefined {
  if (!Array.isArray(value) || value.length < 1 || value.length > 2)
    return `must be [English, Arabic] (the Arabic may be left out), got ${describeValue(value)}`;
  for (let i = 0; i < value.length; i++) {
    const text: unknown = value[i];
    if (text !== null && !isText(text))
      return `${LANGUAGES[i]} (item ${i}) must be text or null, got ${describeValue(text)}`;
  }
  return undefined;
}

/** The title the index gives the event at position `i` of the checked columns: undefined when none. */
export function titleAt(index: Pick<ArchiveColumns, 'title'>, i: number): Partial<LocalizedText> | undefined {
  const [en, ar] = index.title?.[i] ?? [];
  if (typeof en !== 'string' && typeof ar !== 'string') return undefined;
  const title: Partial<LocalizedText> = {};
  if (typeof en === 'string') title.en = en;
  if (typeof ar === 'string') title.ar = ar;
  return title;
}
