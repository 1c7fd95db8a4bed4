/**
 * A title drafted from a statement: its first words, without the conjunction that
 * opens Arabic sentences («و», «ف») or the date phrase's own words, cut at a word.
 */
export function draftTitle(statement: string, maxWords = 12): string {
  const words = statement
    .replace(/^[\s"“«]+|[\s.،,:;؛"”»]+$/gu, '')
    .replace(/^(?:و|ف)(?=[\p{L}])/u, '')
    .replace(/^(?:And|But|Meanwhile),?\s+/u, '')
    .split(/\s+/u)
    .filter(Boolean);
  const title = words
    .slice(0, maxWords)
    .join(' ')
    .replace(/[،,:;؛]+$/u, '');
  return words.length > maxWords ? `${title}…` : title;
}
