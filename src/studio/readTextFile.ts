/** The largest article the studio takes: the element refuses bigger source texts too. */
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;

export type ReadText =
  | { ok: true; text: string }
  | { ok: false; reason: 'too-long'; bytes: number }
  | { ok: false; reason: 'not-text' };

/**
 * A file's bytes as text, if they are UTF-8 text: a NUL byte or a broken sequence means a
 * binary file (an image, a .docx), which would otherwise become an article of garbage.
 */
export function decodeText(bytes: Uint8Array): ReadText {
  if (bytes.byteLength > MAX_TEXT_BYTES) return { ok: false, reason: 'too-long', bytes: bytes.byteLength };
  if (bytes.includes(0)) return { ok: false, reason: 'not-text' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    return { ok: false, reason: 'not-text' };
  }
}

/** The length check for pasted text, in the same unit as files (UTF-8 bytes). */
export function textTooLong(text: string): number | null {
  // A UTF-16 length over the limit is over it in UTF-8 too; under a third of it cannot be.
  if (text.length * 3 <= MAX_TEXT_BYTES) return null;
  const bytes = new TextEncoder().encode(text).byteLength;
  return bytes > MAX_TEXT_BYTES ? bytes : null;
}
