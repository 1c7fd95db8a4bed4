import { isolated } from '../dom/h.ts';
import type { Lang } from '../i18n/strings.ts';
import type { TimelineEvent } from '../types.ts';

/**
 * The event's title in `lang`, with the language it is in: an English source may give no
 * Arabic title, and the Arabic interface then shows the English one.
 */
export function titleIn(event: TimelineEvent, lang: Lang): { text: string; lang: Lang } {
  const text = event.title[lang];
  return text === undefined ? { text: event.title.en, lang: 'en' } : { text, lang };
}

/** The title as `titleIn` finds it, isolated in its own direction (an English one left to right). */
export function isolatedTitle(event: TimelineEvent, lang: Lang): HTMLElement {
  const title = titleIn(event, lang);
  return isolated(title.text, title.lang);
}
