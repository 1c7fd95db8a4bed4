/**
 * Why `tag` is not a well-formed BCP 47 language tag, or undefined when it is. The schema's
 * pattern lets through the shape of one ("en", "fa-IR"); the browser's own parser catches the
 * rest ("en-x", a repeated variant), so no table of tags ships with the widget.
 */
export function checkLanguageTag(tag: string): string | undefined {
  try {
    Intl.getCanonicalLocales(tag);
    return undefined;
  } catch {
    return `must be a well-formed BCP 47 language code such as "en" or "fa", not "${tag}"`;
  }
}
