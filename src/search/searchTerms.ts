import { normalizeText } from './normalizeText.ts';

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The words of a text, normalised, in order: runs of letters and digits. Marks are gone by
 * then, so they no longer split a word. One pass over character codes, with the Unicode test
 * only for characters outside ASCII and the Arabic block: this runs over every word indexed.
 */
export function searchWords(text: string): string[] {
  const normal = normalizeText(text);
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= normal.length; i++) {
    const inWord = i < normal.length && isWordChar(normal.charCodeAt(i), normal, i);
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      words.push(normal.slice(start, i));
      start = -1;
    }
  }
  return words;
}

function isWordChar(code: number, text: string, at: number): boolean {
  if (code < 0x80)
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
  if (code >= 0x0621 && code <= 0x064a) return true;
  // A surrogate pair is one character: test it whole (the low half follows a word character).
  if (code >= 0xdc00 && code <= 0xdfff) return at > 0 && WORD_CHAR.test(text.slice(at - 1, at + 1));
  if (code >= 0xd800 && code <= 0xdbff) return WORD_CHAR.test(text.slice(at, at + 2));
  return WORD_CHAR.test(text[at]!);
}

/** Conjunctions written onto the next word: «و» and, «ف» so/then. */
const CONJUNCTIONS = ['\u0648', '\u0641'];
/** Prepositions written onto the next word: «ب» with/in, «ل» for/to, «ك» like. */
const PREPOSITIONS = ['\u0628', '\u0644', '\u0643'];
const ARTICLE = '\u0627\u0644';
const LAM = '\u0644';

/**
 * A word and the forms it has without the particles Arabic writes onto it: «وبالرئيس» is also
 * «بالرئيس», «الرئيس» and «رئيس». Each particle is stripped only when what is left is still a
 * word (three letters or more after a one-letter particle, two after «ال»), and the word itself
 * is always kept: «بيان» (a statement) is not only «يان», and «وزير» (a minister) is still found
 * as «وزير». Other scripts come back as they are.
 */
export function wordVariants(word: string): string[] {
  const first = word.charCodeAt(0);
  if (!(first >= 0x0621 && first <= 0x064a)) return [word];
  const forms = [word];
  let rest = word;
  if (CONJUNCTIONS.includes(rest[0]!) && rest.length - 1 >= 3) forms.push((rest = rest.slice(1)));
  if (PREPOSITIONS.includes(rest[0]!) && rest.length - 1 >= 3) {
    // «للرئيس» is «ل» + «الرئيس» with the article's alef dropped: give back the article too.
    if (rest.startsWith(LAM + LAM) && rest.length - 2 >= 2) {
      forms.push(ARTICLE + rest.slice(2), rest.slice(2));
      return forms;
    }
    forms.push((rest = rest.slice(1)));
  }
  if (rest.startsWith(ARTICLE) && rest.length - 2 >= 2) forms.push(rest.slice(2));
  return forms;
}

/** Every form of every word of a text, as the index stores them. */
export function indexTerms(text: string): string[] {
  return searchWords(text).flatMap(wordVariants);
}
