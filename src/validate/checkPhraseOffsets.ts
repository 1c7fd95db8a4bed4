import type { EventTime, Quote } from '../types.ts';

/**
 * What is wrong with a date phrase's offsets, as [field, message], or undefined when nothing
 * is: `phraseStart` and `phraseEnd` come together, and the phrase stands at them in the source
 * text, inside one of the event's quotes (so a reader can see the words the date came from).
 * Without the source text only their order and the quotes can be checked.
 */
export function checkPhraseOffsets(
  { phrase, phraseStart: start, phraseEnd: end }: EventTime,
  quotes: readonly Quote[],
  sourceText: string | undefined,
): [field: string, message: string] | undefined {
  if (start === undefined && end === undefined) return undefined;
  if (start === undefined) return ['phraseStart', 'is missing: phraseEnd is given, and they come together'];
  if (end === undefined) return ['phraseEnd', 'is missing: phraseStart is given, and they come together'];
  if (end < start) return ['phraseEnd', `${end} is before phraseStart ${start}`];
  if (sourceText !== undefined && sourceText.slice(start, end) !== phrase) {
    const found = sourceText.indexOf(phrase);
    return [
      'phraseStart',
      found === -1
        ? `the phrase «${phrase}» is not in the source text: it must be verbatim`
        : `the source text at ${start}–${end} is not the phrase «${phrase}», which is at ${found}–${found + phrase.length}`,
    ];
  }
  if (!quotes.some((quote) => quote.start <= start && end <= quote.end))
    return [
      'phraseStart',
      `${start}–${end} is in none of the event's quotes: quote the words the date came from`,
    ];
  return undefined;
}
