/** Arabic short vowels, shadda, sukun, dagger alif and tatweel: spelling that quoting may add or drop. */
const ARABIC_MARKS = /[\u064b-\u065f\u0670\u0640]/g;
/** Punctuation and symbols, the apostrophe among them: "don't" becomes "don t" on both sides. */
const NOT_A_WORD = /[\p{P}\p{S}]+/gu;

/**
 * The words of `text`, compared the way a reader would: case, punctuation, curly or straight
 * apostrophes and Arabic vowel marks do not make two words differ.
 */
export function normalizeWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(ARABIC_MARKS, '')
    .replace(NOT_A_WORD, ' ')
    .split(/\s+/u)
    .filter((word) => word.length > 0);
}

/** Whether `needle`'s words appear in `haystack`'s, next to each other and in order. */
export function containsWords(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0) return true;
  return ` ${haystack.join(' ')} `.includes(` ${needle.join(' ')} `);
}
