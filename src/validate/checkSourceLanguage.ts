import type { TimelineEvent } from '../types.ts';

export const MISSING_ARABIC_TITLE = 'is missing: required unless the source is in English';

/** Whether a BCP 47 tag names English ("en", "en-GB"): its quotes are their own English. */
export function isEnglish(language: string): boolean {
  return language === 'en' || language.startsWith('en-');
}

/**
 * What an event lacks for its source's language, each as [path within the event, message]:
 * a source not in English needs an English translation of every quote and an Arabic title;
 * an English source needs neither (the Arabic interface shows the English title).
 */
export function checkSourceLanguage(event: TimelineEvent, english: boolean): [string, string][] | undefined {
  if (english) return undefined;
  let found: [string, string][] | undefined;
  if (event.title.ar === undefined) (found ??= []).push(['/title/ar', MISSING_ARABIC_TITLE]);
  const { quotes } = event;
  for (let i = 0; i < quotes.length; i++) {
    const { translation } = quotes[i]!;
    if (translation === undefined || translation.trim() === '')
      (found ??= []).push([
        `/quotes/${i}/translation`,
        `is ${translation === undefined ? 'missing' : 'empty'}: a quote needs an English translation unless the source is in English`,
      ]);
  }
  return found;
}
