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
export function draftTitle(statement: string, maxWords = 12): string {
  let opened = statement.replace(/^[\s"“«]+|[\s.،,:;؛"”»]+$/gu, '');
  // "And the envoy met…" is titled "The envoy met…".
  const conjunction = /^(?:And|But|Meanwhile),?\s+/u.exec(opened);
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
