/** How problems name a bad value: short, safe to print, and never hiding a character. */

/** A short, safe rendering of a bad value: never the whole of a 5 MB string. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return quoteText(shown);
  }
  return `${typeof value} ${String(value)}`;
}

/** Invisible and direction-changing characters: shown raw, they would hide in or reorder a problem line. */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g;

/** Text in double quotes, with invisible characters and lone surrogates written as \u escapes. */
export function quoteText(text: string): string {
  return JSON.stringify(text).replace(
    INVISIBLE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Why a date string is not a day: not written YYYY-MM-DD, or no such day (2026-02-30). */
export function notARealDate(text: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(text)
    ? `${JSON.stringify(text)} is not a real calendar date`
    : `must be a calendar date written YYYY-MM-DD, not ${describeValue(text)}`;
}
