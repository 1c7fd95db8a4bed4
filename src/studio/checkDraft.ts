import type { EventsDocumentJson, Problem } from '../types.ts';
import { ENGINE_CHECKS } from '../validate/engineChecks.ts';
import { validateDocument } from '../validate/validateDocument.ts';

/** Stand-ins for the source's own fields, only to let the events be checked while those are still empty. */
const STAND_IN = {
  publisher: '-',
  title: { en: '-', ar: '-' },
  dateline: '2000-01-01',
  language: 'en',
  id: 'x',
  text: 'x',
};

/**
 * Every problem of a document being written. The validator stops at a broken source (no
 * dateline yet, no publisher), since without it no event can be placed; but a person filling
 * the form in wants the events' problems too. They come from a second check with stand-ins
 * for the source's fields, and are added when the first check could not reach the events.
 */
export function checkDraft(document: EventsDocumentJson, sourceText: string): Problem[] {
  const { document: valid, problems } = validateDocument(document, { sourceText, ...ENGINE_CHECKS });
  if (valid !== null) return problems;
  const source = document.source;
  const patched = {
    ...document,
    source: {
      ...source,
      publisher: source.publisher || STAND_IN.publisher,
      title: { en: source.title.en || STAND_IN.title.en, ar: source.title.ar || STAND_IN.title.ar },
      dateline: /^\d{4}-\d{2}-\d{2}$/.test(source.dateline) ? source.dateline : STAND_IN.dateline,
    },
  };
  const second = validateDocument(patched, { sourceText, ...ENGINE_CHECKS }).problems.filter(
    (problem) => problem.path.startsWith('/events/') || problem.path.startsWith('/actors/'),
  );
  return [...problems, ...second];
}
