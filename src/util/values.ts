/**
 * Small tests of untrusted values, shared by the events validator, the archive checker and
 * the loaders, so each rule is written once: a JSON object, an id, text, a fetchable address.
 */

/** A JSON object (not null, not an array): the only thing whose fields may be read. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An id: lowercase letters and digits in words joined by single hyphens, as the schemas say. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(value: unknown): value is string {
  return typeof value === 'string' && SLUG.test(value);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** No lone UTF-16 surrogate: String#isWellFormed where the engine has it (native, no regex). */
export const isWellFormed: (text: string) => boolean =
  typeof ''.isWellFormed === 'function'
    ? (text) => text.isWellFormed()
    : (text) => !LONE_SURROGATE.test(text);

/** A string that can be shown: no lone surrogate, which would render as a broken character. */
export function isText(value: unknown): value is string {
  return typeof value === 'string' && isWellFormed(value);
}

/** Only http and https addresses are fetched: no file:, data:, blob: or javascript:. */
export function isHttpUrl(url: URL): boolean {
  return url.protocol === 'https:' || url.protocol === 'http:';
}

/** The own, defined fields `keys` of `value`: unknown fields are never forwarded. */
export function pickDefined<T extends object>(value: T, keys: readonly string[]): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    if (
      Object.prototype.hasOwnProperty.call(value, key) &&
      (value as Record<string, unknown>)[key] !== undefined
    ) {
      out[key] = (value as Record<string, unknown>)[key];
    }
  }
  return out as Partial<T>;
}
