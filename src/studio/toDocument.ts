import type { EventsDocumentJson } from '../types.ts';
import type { Draft } from './draft.ts';
import { baseName, textFileName } from './fileNames.ts';

/**
 * The events document a draft stands for, exactly as it is downloaded and previewed.
 * Nothing is fixed up here: what is wrong stays wrong, so the validator can name it.
 */
export function toDocument(draft: Draft): EventsDocumentJson {
  const note = draft.relay ? 'The article relays an earlier report by another outlet.' : undefined;
  return {
    version: 1,
    source: {
      id: baseName(draft),
      publisher: draft.publisher.trim(),
      title: { en: draft.title.en.trim(), ar: draft.title.ar.trim() },
      language: draft.language,
      dateline: draft.dateline,
      text: textFileName(draft),
      ...(note ? { note } : {}),
      // Said either way: absent, the format takes a relay (the seed's case), and the validator
      // would recheck every weekday and «أمس» of a paper's own report as a relay's.
      relay: draft.relay,
    },
    actors: draft.actors,
    events: draft.events,
  };
}
