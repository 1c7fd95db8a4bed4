import type { Lang } from '../i18n/strings.ts';

const NAMES: Partial<Record<Lang, Intl.DisplayNames>> = {};

/**
 * The name of the language `code` names, in the interface's language ("Persian", «الفارسية»),
 * from the browser's own tables; the code itself when it has no name for it.
 */
export function languageName(code: string, lang: Lang): string {
  try {
    const names = (NAMES[lang] ??= new Intl.DisplayNames([lang], { type: 'language', fallback: 'code' }));
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
