import type { Lang, Strings } from './strings.ts';
import { STRINGS } from './strings.ts';

/** The interface language a `lang` attribute asks for: Arabic for `ar`, English for anything else. */
export function langOf(value: string | null | undefined): Lang {
  return value === 'ar' ? 'ar' : 'en';
}

/**
 * Every string the interface shows, in one language. The one way to them: a string looked up
 * at the moment it is shown, never kept, follows a change of language everywhere.
 */
export function localise(lang: Lang): Strings {
  return STRINGS[lang];
}
