/**
 * A wire story's lede opens with its place, often its day, and its agency, then a dash:
 * "WASHINGTON, March 12 (AP) — ", "GENEVA (Reuters) - ", «دبي، 12 مارس (رويترز) - »,
 * or an all-caps place and a dash: "KYIV — ". Its day is the report's, not an event's; and
 * neither a title nor a quote begins there.
 */

/** Before the day: a short place, then a comma or «في». */
const PLACE = /^[\p{L}\p{M}][\p{L}\p{M}.'’ -]{0,38}(?:[,،]|\s+في)\s*$/u;
/** After it: perhaps its year and an agency, then the dash. */
const AFTER = /^(?:,?\s*\d{4})?\s*(?:\/[^/\n]{1,20}\/\s*)?(?:\([^()\n]{1,30}\)\s*)?[-–—]/u;

/** Whether a date between `before` (from its line's start) and `after` is a lede's own. */
export function isLedeDate(before: string, after: string): boolean {
  return PLACE.test(before) && AFTER.test(after);
}

const PREFIX =
  /^[\p{L}\p{M}][\p{L}\p{M}\p{N} .,،'’/]{0,50}?\((?:[^()\n]{1,30})\)\s*[-–—]\s*|^\p{Lu}[\p{Lu} .'’-]{2,30}(?:,\s*[\p{L}\p{N} .]{1,20})?\s+[–—]\s*/u;

/** How many characters of `text` its wire dateline takes (0 without one, or when it is all there is). */
export function wireDatelineLength(text: string): number {
  const prefix = PREFIX.exec(text);
  return prefix && prefix[0].length < text.trim().length ? prefix[0].length : 0;
}
