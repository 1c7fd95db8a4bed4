import type { Draft } from './draft.ts';
import { slug } from './slug.ts';

/** The name the downloads share: from the English title, else the dateline. */
export function baseName(draft: Draft): string {
  return slug(draft.title.en, draft.dateline ? `timeline-${draft.dateline}` : 'timeline');
}

/** The events document's file name. */
export function documentFileName(draft: Draft): string {
  return `${baseName(draft)}.json`;
}

/** The article's text file: next to the document, so `source.text` is just its name. */
export function textFileName(draft: Draft): string {
  return `${baseName(draft)}.${draft.language}.txt`;
}
