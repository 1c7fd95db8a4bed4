import type { Draft } from './draft.ts';
import { documentFileName, textFileName } from './fileNames.ts';

/**
 * The HTML to publish the timeline: the script, and the element pointing at the downloaded
 * document; the text file goes next to it (the document names it in `source.text`).
 */
export function embedSnippet(draft: Draft, lang: 'en' | 'ar'): string {
  return [
    `<!-- Put ${documentFileName(draft)} and ${textFileName(draft)} in /events/ -->`,
    '<script src="/assets/diplomatic-timeline.iife.js" defer></script>',
    `<diplomatic-timeline src="/events/${documentFileName(draft)}" lang="${lang}"></diplomatic-timeline>`,
  ].join('\n');
}
