import type { Actor } from '../types.ts';
import type { Problem } from '../types.ts';
import type { CheckedEvent } from './checkedEvent.ts';
import { problemFor } from './checkedEvent.ts';
import { checkLanguageTag } from './checkLanguageTag.ts';
import { checkPhraseOffsets } from './checkPhraseOffsets.ts';
import { checkSourceLanguage, MISSING_ARABIC_TITLE } from './checkSourceLanguage.ts';

/**
 * The checks that need the document's actors, source text and language (`english`: the source
 * is in English); then the event's problems are in order.
 */
export function checkEventInContext(
  entry: CheckedEvent,
  actors: ReadonlyMap<string, Actor>,
  sourceText: string | undefined,
  english = false,
): void {
  const { event, pending, id, index } = entry;
  if (!event || !pending) {
    if (entry.noArabicTitle && !english)
      entry.problems.push(problemFor(id, index, `/events/${index}/title/ar`, MISSING_ARABIC_TITLE));
    return;
  }
  // Loops, and arrays only for problems found: this runs once per event, 100,000 times.
  let problems: Problem[] | undefined;
  const { participants, quotes } = event;
  for (let i = 0; i < participants.length; i++) {
    const { actor } = participants[i]!;
    if (!actors.has(actor))
      (problems ??= []).push(
        problemFor(
          id,
          index,
          `/events/${index}/participants/${i}/actor`,
          `names an unknown actor "${actor}"`,
        ),
      );
  }
  if (pending.dates.length > 0) (problems ??= []).push(...pending.dates);
  const phrase = checkPhraseOffsets(event.time, quotes, sourceText);
  if (phrase) (problems ??= []).push(problemFor(id, index, `/events/${index}/time/${phrase[0]}`, phrase[1]));
  const lacking = checkSourceLanguage(event, english);
  if (lacking)
    for (const [path, message] of lacking)
      (problems ??= []).push(problemFor(id, index, `/events/${index}${path}`, message));
  for (let i = 0; i < quotes.length; i++) {
    const quote = quotes[i]!;
    let message: string | undefined;
    let field = 'text';
    if (quote.end < quote.start) {
      message = `${quote.end} is before start ${quote.start}`;
      field = 'end';
    } else if (sourceText !== undefined) {
      message = checkQuoteInSource(quote.text, quote.start, quote.end, sourceText);
    }
    if (message)
      (problems ??= []).push(problemFor(id, index, `/events/${index}/quotes/${i}/${field}`, message));
    const badTag = quote.spokenIn === undefined ? undefined : checkLanguageTag(quote.spokenIn);
    if (badTag)
      (problems ??= []).push(problemFor(id, index, `/events/${index}/quotes/${i}/spokenIn`, badTag));
  }
  if (pending.text.length > 0) (problems ??= []).push(...pending.text);
  // Problems found later (duplicate ids, dates against the text) are added to this array.
  entry.problems = problems ?? [];
  entry.pending = undefined;
}

function checkQuoteInSource(
  text: string,
  start: number,
  end: number,
  sourceText: string,
): string | undefined {
  if (sourceText.slice(start, end) === text) return undefined;
  const found = sourceText.indexOf(text);
  if (found === -1) return 'is not in the source text: quotes must be verbatim';
  return `is in the source text at ${found}–${found + text.length}, not at ${start}–${end}`;
}
