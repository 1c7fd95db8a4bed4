/**
 * The text with Arabic-Indic (٠-٩) and Persian (۰-۹) digits written as ASCII digits.
 * Each digit is one UTF-16 unit either way, so every offset in the result is an offset
 * in the original, and phrases are still cut from the original.
 */
export function normalizeDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/gu, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}
