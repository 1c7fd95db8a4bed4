/**
 * Text as a reader types it when searching: Arabic without its vowel marks, tatweel and the
 * spelling variants a keyboard or a newsroom may or may not use; English without case or
 * accents. Both the indexed text and the query go through the same function, so they meet.
 */

/** Letters one reader writes and another does not: each folded to the one most people type. */
const FOLDS: Readonly<Record<string, string>> = {
  // Alef with hamza above or below, with madda, and alef wasla: plain alef.
  '\u0623': '\u0627',
  '\u0625': '\u0627',
  '\u0622': '\u0627',
  '\u0671': '\u0627',
  // Alef maqsura: ya, as many writers (and Egyptian print) spell it anyway.
  '\u0649': '\u064a',
  // Ta marbuta: ha.
  '\u0629': '\u0647',
  // Persian ya and kaf, found in Iranian names copied from Persian text.
  '\u06cc': '\u064a',
  '\u06a9': '\u0643',
};

const FOLDABLE = new RegExp(`[${Object.keys(FOLDS).join('')}]`, 'gu');
/** Every combining mark (Latin accents after NFD; Arabic harakat, shadda, sukun, superscript alef) and tatweel. */
const MARKS = /[\p{M}\u0640]/gu;
/** Arabic-Indic and Persian digits: ASCII, so "٢٠٢٦" finds "2026". */
const DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/gu;

/**
 * The searchable form of a text: NFD, marks and tatweel removed, letters folded, lower case.
 * NFD first because it splits «أ» into alef and a combining hamza, and «é» into e and an accent,
 * so one rule removes both. It splits «ئ» and «ؤ» the same way, so they fold to «ي» and «و»:
 * a reader who types «رييس» finds «رئيس», and both sides always meet in the same form.
 */
export function normalizeText(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(MARKS, '')
      .replace(FOLDABLE, (letter) => FOLDS[letter]!)
      // Persian digits sit 0x90 after the Arabic-Indic ones.
      .replace(DIGITS, (digit) => String((digit.codePointAt(0)! - 0x0660) % 0x90))
      .toLowerCase()
  );
}
