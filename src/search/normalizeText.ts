/**
 * Text as a reader types it when searching: Arabic without its vowel marks, tatweel and the
 * spelling variants a keyboard or a newsroom may or may not use; English without case or
 * accents. Both the indexed text and the query go through the same function, so they meet.
 */

const ALEF = 0x0627;
const YA = 0x064a;
const HA = 0x0647;
const KAF = 0x0643;
const ANY_MARK = /\p{M}/u;

/**
 * The searchable form of a text: NFD, marks and tatweel removed, letters folded, lower case.
 * NFD first because it splits «أ» into alef and a combining hamza, and «é» into e and an accent,
 * so one rule removes both. It splits «ئ» and «ؤ» the same way, so they fold to «ي» and «و»:
 * a reader who types «رييس» finds «رئيس», and both sides always meet in the same form.
 * One pass over character codes rather than a chain of regular expressions: it runs over
 * every word of an archive (see bench/search.bench.ts).
 */
export function normalizeText(text: string): string {
  const decomposed = text.normalize('NFD');
  let out = '';
  let from = 0;
  for (let i = 0; i < decomposed.length; i++) {
    const code = decomposed.charCodeAt(i);
    if (code < 0x0300) continue;
    const folded = fold(code, decomposed, i);
    if (folded === code) continue;
    out += decomposed.slice(from, i);
    if (folded !== DROP) out += String.fromCharCode(folded);
    from = i + 1;
  }
  return (from === 0 ? decomposed : out + decomposed.slice(from)).toLowerCase();
}

const DROP = -1;

/** What a character becomes: itself, another, or DROP. */
function fold(code: number, text: string, at: number): number {
  switch (code) {
    // Alef with hamza above or below, with madda (if NFD left any), and alef wasla: plain alef.
    case 0x0622:
    case 0x0623:
    case 0x0625:
    case 0x0671:
      return ALEF;
    // Alef maqsura, and the Persian ya of Iranian names copied from Persian text: ya.
    case 0x0649:
    case 0x06cc:
      return YA;
    // Ta marbuta: ha.
    case 0x0629:
      return HA;
    // Persian kaf: kaf.
    case 0x06a9:
      return KAF;
    // Tatweel, the stretching stroke of headlines.
    case 0x0640:
      return DROP;
  }
  // Arabic-Indic and Persian digits: ASCII, so "٢٠٢٦" finds "2026".
  if (code >= 0x0660 && code <= 0x0669) return code - 0x0660 + 0x30;
  if (code >= 0x06f0 && code <= 0x06f9) return code - 0x06f0 + 0x30;
  // Combining marks: Latin accents after NFD, harakat, shadda, sukun, superscript alef, and
  // any other script's; the test by property only for characters outside the common ranges.
  if ((code >= 0x0300 && code <= 0x036f) || (code >= 0x064b && code <= 0x065f) || code === 0x0670)
    return DROP;
  if (code >= 0x0621 && code <= 0x064a) return code;
  return ANY_MARK.test(text[at]!) ? DROP : code;
}
