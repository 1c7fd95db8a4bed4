import { draftTitle } from '../draft/draftTitle.ts';
import { wireDatelineLength } from '../dating/wireLede.ts';

/**
 * A first title for a pasted article: its first line when it reads as a headline; when it is
 * already the lede (it ends a sentence, or runs long), its first words, without a wire dateline.
 */
export function firstHeadline(text: string): string {
  const line = text
    .split('\n')
    .map((candidate) => candidate.trim())
    .find((candidate) => candidate.length >= 20 && /\p{L}/u.test(candidate));
  if (line === undefined) return '';
  const headline = !/[.!?؟]["”»]?$/u.test(line) && line.split(/\s+/u).length <= 25;
  return headline
    ? line.slice(0, 300)
    : draftTitle(line.slice(wireDatelineLength(line)).split(/(?<=[.!?؟])\s/u)[0]!);
}
