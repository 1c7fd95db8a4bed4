import type { TimelineEvent } from '../../types.ts';
import type { ReviewFinding } from './reviewTitleQuotes.ts';

/** The fields a draft's review entry may begin with («title: …»), and where each points. */
const FIELDS: Readonly<Record<string, string>> = {
  title: '/title',
  status: '/status',
  type: '/type',
  'type and mode': '/type',
  mode: '/mode',
  participants: '/participants',
  attribution: '/attribution',
  time: '/time',
  quotes: '/quotes',
  place: '/place',
};

/** Placeholders `npm run draft` writes where a person must write the words. */
const UNTRANSLATED_QUOTE = 'Translation needed.';
const UNTRANSLATED_TITLE = /^\s*(?:\[to translate\]|\[للترجمة\])/iu;

/**
 * What a draft says a person must still check: each entry of the event's `review` list
 * (written by `npm run draft`, "field: what to check"), pointed at its field; then each
 * placeholder still standing, a translation or a title left to write, which a hand edit may
 * have kept after clearing the list. A placeholder its own list names is not noted twice.
 */
export function reviewDraftNotes(event: TimelineEvent): ReviewFinding[] {
  const findings: ReviewFinding[] = [];
  // Runs for each of 100,000 events, nearly all of them with nothing to note: allocate only for a note.
  let listed: Set<string> | undefined;
  for (const entry of event.review ?? []) {
    const colon = entry.indexOf(':');
    const path = colon === -1 ? undefined : FIELDS[entry.slice(0, colon).trim()];
    if (path) (listed ??= new Set()).add(path);
    findings.push(
      path ? { path, message: entry.slice(colon + 1).trim() } : { path: '/review', message: entry },
    );
  }
  if (!listed?.has('/quotes')) {
    const { quotes } = event;
    for (let i = 0; i < quotes.length; i++)
      if (quotes[i]!.translation?.trim() === UNTRANSLATED_QUOTE)
        findings.push({ path: `/quotes/${i}/translation`, message: 'is a placeholder: translate the quote' });
  }
  if (!listed?.has('/title')) {
    if (UNTRANSLATED_TITLE.test(event.title.en ?? ''))
      findings.push({ path: '/title/en', message: 'is a placeholder: write the title' });
    if (UNTRANSLATED_TITLE.test(event.title.ar ?? ''))
      findings.push({ path: '/title/ar', message: 'is a placeholder: write the title' });
  }
  return findings;
}
