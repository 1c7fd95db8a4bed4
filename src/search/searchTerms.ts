import { normalizeText } from './normalizeText.ts';

/** Runs of letters and digits, after normalising: marks are gone, so they no longer split a word. */
const WORD = /[\p{L}\p{N}]+/gu;
const ARABIC_LETTER = /^[\u0621-\u064a]/u;

/** The words of a text, normalised, in order. */
export function searchWords(text: string): string[] {
  return normalizeText(text).match(WORD) ?? [];
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
  if (!ARABIC_LETTER.test(word)) return [word];
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
