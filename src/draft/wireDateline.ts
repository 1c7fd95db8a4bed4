/**
 * A wire story's lede opens with its place, often its day, and its agency, then a dash:
 * "WASHINGTON, March 12 (AP) — ", "GENEVA (Reuters) - ", «دبي، 12 مارس (رويترز) - »,
 * or an all-caps place and a dash: "KYIV — ". Neither a title nor a quote begins there.
 */
const WIRE_DATELINE =
  /^[\p{L}\p{M}][\p{L}\p{M}\p{N} .,،'’/]{0,50}?\((?:[^()\n]{1,30})\)\s*[-–—]\s*|^\p{Lu}[\p{Lu} .'’-]{2,30}(?:,\s*[\p{L}\p{N} .]{1,20})?\s+[–—]\s*/u;

/** How many characters of `text` its wire dateline takes (0 without one, or when it is all there is). */
export function wireDatelineLength(text: string): number {
  const prefix = WIRE_DATELINE.exec(text);
  return prefix && prefix[0].length < text.trim().length ? prefix[0].length : 0;
}
