/**
 * The code point offset of a UTF-16 offset into `text`. Our quotes count UTF-16 code units (as
 * JavaScript strings do); the W3C Web Annotation model counts code points ("characters"), so a
 * character outside the BMP (an emoji, a rare CJK or math letter) before a quote is one position
 * for it and two for us. An offset inside a surrogate pair counts the pair as passed.
 */
export function codePointOffset(text: string, utf16Offset: number): number {
  let count = 0;
  for (let i = 0; i < utf16Offset && i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A low surrogate after a high one completes a character already counted.
    if (code >= 0xdc00 && code <= 0xdfff && i > 0 && isHigh(text.charCodeAt(i - 1))) continue;
    count++;
  }
  return count;
}

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Up to `count` whole characters of `text` before the UTF-16 offset `at`. */
export function charactersBefore(text: string, at: number, count: number): string {
  return [...text.slice(0, at)].slice(-count).join('');
}

/** Up to `count` whole characters of `text` from the UTF-16 offset `at`. */
export function charactersAfter(text: string, at: number, count: number): string {
  return [...text.slice(at, at + count * 2)].slice(0, count).join('');
}
