import type { Found, Reading } from '../types.ts';
import type { PartOfDay } from '../../types.ts';

export type Read = (match: RegExpExecArray) => { reading: Reading; partOfDay?: PartOfDay } | undefined;

/** Every match of `pattern` in `text` that `read` makes sense of, with its offsets. */
export function scan(text: string, pattern: RegExp, read: Read): Found[] {
  const found: Found[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0].length === 0) {
      pattern.lastIndex += 1;
      continue;
    }
    const result = read(match);
    if (result === undefined) continue;
    // Trailing spaces a pattern took to join its parts are not part of the phrase.
    const phrase = match[0].replace(/[\s،,]+$/u, '');
    const item: Found = { start: match.index, end: match.index + phrase.length, reading: result.reading };
    if (result.partOfDay) item.partOfDay = result.partOfDay;
    found.push(item);
  }
  return found;
}
