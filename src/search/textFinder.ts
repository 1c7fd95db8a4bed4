import { normalizeText } from './normalizeText.ts';

/**
 * A test of whether a text holds what a reader typed, folded as search folds it
 * (normalizeText.ts): «اسرائيل» finds «إسرائيل», «عَبّاس» finds «عباس», "SISI" finds "al-Sīsī".
 * Anywhere in the text, not only at a word's start: a reader narrowing a short list of names
 * types whatever part of one they remember, as the box did before it folded. A run of spaces
 * counts as one; a query with nothing left once folded finds every text.
 */
export function textFinder(query: string): (text: string) => boolean {
  const folded = fold(query).trim();
  return (text) => fold(text).includes(folded);
}

const fold = (text: string) => normalizeText(text).replace(/\s+/g, ' ');
