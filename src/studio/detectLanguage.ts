import type { ArticleLang } from './draft.ts';

/**
 * The article's language from its letters: Arabic when most letters are in the Arabic
 * script. Digits, punctuation and Latin names quoted in an Arabic text do not tip it.
 */
export function detectLanguage(text: string): ArticleLang | null {
  let letters = 0;
  let arabic = 0;
  // A sample is enough, and keeps a 5 MB paste from scanning every character.
  for (const char of text.slice(0, 20_000)) {
    if (!/\p{L}/u.test(char)) continue;
    letters += 1;
    if (/\p{Script=Arabic}/u.test(char)) arabic += 1;
  }
  if (letters === 0) return null;
  return arabic / letters >= 0.5 ? 'ar' : 'en';
}
