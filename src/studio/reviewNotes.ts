import type { Draft, ReviewNote } from './draft.ts';

/**
 * What a person should look at that is not an error: fields the engine drafted and nobody
 * has touched since, translations that repeat the quote, titles left in one language twice.
 */
export function reviewNotes(
  draft: Draft,
  messages: { drafted: string; untranslated: string; sameTitles: string },
): ReviewNote[] {
  const notes: ReviewNote[] = [];
  for (const entry of draft.drafted) {
    const [eventId = '', ...field] = entry.split('/');
    notes.push({ eventId, field: field.join('/'), message: messages.drafted });
  }
  for (const event of draft.events) {
    const title = event.title;
    if (title?.en && title.en === title.ar)
      notes.push({ eventId: event.id, field: 'title/en', message: messages.sameTitles });
    (event.quotes ?? []).forEach((quote, index) => {
      if (quote.translation && quote.translation === quote.text)
        notes.push({
          eventId: event.id,
          field: `quotes/${index}/translation`,
          message: messages.untranslated,
        });
    });
  }
  return notes;
}
