import type { Problem } from '../types.ts';
import type { Draft, ReviewNote } from './draft.ts';

/**
 * Whether the engine's review note (`"type and mode: guessed from the verbs"`) is about the
 * field a person just edited (`type`, `title/en`, `quotes/0/translation`…).
 */
export function reviewCovers(note: string, field: string): boolean {
  const top = field.split('/')[0] ?? '';
  const colon = note.indexOf(':');
  if (colon < 0 || top === '') return false;
  return note
    .slice(0, colon)
    .split(/\s+and\s+|,\s*/)
    .some((name) => name.trim() === top);
}

/**
 * What a person should look at that is not an error: what the engine asked to review in each
 * event it drafted, the validator's review notes, fields a proposal or an import filled in
 * that nobody has touched since, translations that repeat the quote, titles left in one
 * language twice. A validator note that repeats the engine's own is listed once.
 */
export function reviewNotes(
  draft: Draft,
  messages: { drafted: string; untranslated: string; sameTitles: string },
  problems: readonly Problem[] = [],
): ReviewNote[] {
  const notes: ReviewNote[] = [];
  const fromValidator = problems.filter((problem) => problem.severity === 'review');
  for (const entry of draft.drafted) {
    const [eventId = '', ...field] = entry.split('/');
    notes.push({ eventId, field: field.join('/'), message: messages.drafted });
  }
  draft.events.forEach((event, index) => {
    for (const note of event.review ?? []) {
      const colon = note.indexOf(':');
      const field = colon < 0 ? '' : (note.slice(0, colon).split(/\s+and\s+/)[0] ?? '').trim();
      const message = colon < 0 ? note : note.slice(colon + 1).trim();
      const repeated = fromValidator.some(
        (problem) => problem.eventIndex === index && problem.message.includes(message),
      );
      if (!repeated) notes.push({ eventId: event.id, field, message, english: true });
    }
    const title = event.title;
    if (title?.en && title.en === title.ar)
      notes.push({ eventId: event.id, field: 'title/en', message: messages.sameTitles });
    (event.quotes ?? []).forEach((quote, n) => {
      if (quote.translation && quote.translation === quote.text)
        notes.push({
          eventId: event.id,
          field: `quotes/${n}/translation`,
          message: messages.untranslated,
        });
    });
  });
  for (const problem of fromValidator) {
    const eventId = problem.eventIndex === undefined ? undefined : draft.events[problem.eventIndex]?.id;
    const field = problem.path.replace(/^\/events\/\d+\/?/, '').replace(/^\//, '');
    notes.push({
      ...(eventId !== undefined ? { eventId } : {}),
      field,
      message: problem.message,
      english: true,
    });
  }
  return notes;
}
