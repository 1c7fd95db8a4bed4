/**
 * The words an Arabic sentence opens with after «و» or «ف»: only before one of these is
 * the letter the conjunction, to be dropped. Before anything else it may be the word's own
 * first letter: «وزير», «وفد», «واشنطن», «فرنسا», «في», «فيما», «ويتكوف».
 */
const AFTER_CONJUNCTION = new Set(
  (
    'كان كانت كانوا قال قالت قالوا أكد أكدت أضاف أضافت أشار أشارت أعلن أعلنت ذكر ذكرت أوضح أوضحت ' +
    'شدد شددت تابع تابعت نقل نقلت أفاد أفادت جاء جاءت يأتي تأتي يذكر يشار تجدر أجرى أجرت تلقى تلقت ' +
    'من في على لم لن قد إذ إذا بحسب وفق وفقا بعد قبل خلال منذ عن مع إن أن لا ما هو هي هم كما بينما ' +
    'حسب ثم بدوره بدورها أيضا كذلك لذلك'
  ).split(' '),
);

/** «و»/«ف» that is the conjunction: before a word of AFTER_CONJUNCTION, or «ال» and a word. */
function dropConjunction(first: string): string {
  const rest = first.slice(1);
  if (!/^[وف]/u.test(first) || rest.length === 0) return first;
  if (AFTER_CONJUNCTION.has(rest)) return rest;
  // «والرئيس», «والتقى»; not «والي» (a governor) nor «والدة».
  if (/^ال\p{L}{3,}$/u.test(rest)) return rest;
  return first;
}

/**
 * A title drafted from a statement: its first words, without the conjunction that
 * opens Arabic sentences («و», «ف») or the date phrase's own words, cut at a word.
 */
const CLOSER: Record<string, string> = { '"': '"', '“': '”', '«': '»' };

/** The words a report moves on with, before the statement itself. */
const SEGUE =
  /^[وف]?(?:في سياق متصل|في سياق آخر|من جهة أخرى|من جهة ثانية|من جهته|من جهتها|من جانبه|من جانبها|في غضون ذلك|إلى ذلك|بدوره|بدورها)\s*[،,]\s*/u;

/**
 * A statement without the quotation marks it would be left with unbalanced: a quotation
 * that is the whole statement loses both, one that closes inside it keeps both
 * («"We are closer than ever," the minister said»), and a lone mark at either end goes.
 */
function unquoted(text: string): string {
  const opener = /^["“«]/u.exec(text)?.[0];
  if (opener !== undefined) {
    const close = text.indexOf(CLOSER[opener]!, 1);
    if (close === text.length - 1) return unquoted(text.slice(1, -1).replace(/[\s.،,:;؛]+$/gu, ''));
    if (close === -1) return unquoted(text.slice(1));
    return text;
  }
  const last = text.at(-1);
  const openerOf = Object.entries(CLOSER).find(([, close]) => close === last)?.[0];
  if (openerOf !== undefined && !text.slice(0, -1).includes(openerOf)) return unquoted(text.slice(0, -1));
  return text;
}

export function draftTitle(statement: string, maxWords = 12): string {
  let opened = unquoted(statement.trim().replace(/[\s.،,:;؛]+$/gu, ''));
  // "And the envoy met…" is titled "The envoy met…"; «في سياق متصل، أجرى…» «أجرى…».
  opened = opened.replace(SEGUE, '');
  const conjunction = /^(?:And|But|Meanwhile|Separately|In a related development),?\s+/u.exec(opened);
  if (conjunction) {
    opened = opened.slice(conjunction[0].length);
    opened = opened.charAt(0).toUpperCase() + opened.slice(1);
  }
  const words = opened.split(/\s+/u).filter(Boolean);
  if (words.length > 0) words[0] = dropConjunction(words[0]!);
  const title = words
    .slice(0, maxWords)
    .join(' ')
    .replace(/[،,:;؛]+$/u, '');
  return words.length > maxWords ? `${title}…` : title;
}
