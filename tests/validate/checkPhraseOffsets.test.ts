import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EventsDocumentJson } from '../../src/types.ts';
import { formatProblem } from '../../src/validate/formatProblem.ts';
import { validateDocument } from '../../src/validate/validateDocument.ts';

const sourceText = readFileSync(new URL('../../events/sources/ankara-talks.ar.txt', import.meta.url), 'utf8');
const seed = JSON.parse(
  readFileSync(new URL('../../events/ankara-talks.json', import.meta.url), 'utf8'),
) as EventsDocumentJson;

/** The seed with event 1's phrase given offsets: `shift` moves them from where the phrase stands. */
function withOffsets(at: (start: number, end: number) => [number | undefined, number | undefined]) {
  const document = structuredClone(seed);
  const { time, quotes } = document.events[1]!;
  const start = quotes[0]!.start + quotes[0]!.text.indexOf(time.phrase);
  const [phraseStart, phraseEnd] = at(start, start + time.phrase.length);
  if (phraseStart !== undefined) time.phraseStart = phraseStart;
  if (phraseEnd !== undefined) time.phraseEnd = phraseEnd;
  return document;
}

const problemsOf = (document: EventsDocumentJson) =>
  validateDocument(document, { sourceText }).problems.map(formatProblem);

describe('validateDocument, on time.phraseStart and phraseEnd', () => {
  it('accepts offsets at which the phrase stands, inside the event’s quote, and keeps them', () => {
    const document = withOffsets((start, end) => [start, end]);
    const result = validateDocument(document, { sourceText });
    expect(result.problems).toEqual([]);
    expect(result.document!.events[1]!.time).toMatchObject({
      phraseStart: document.events[1]!.time.phraseStart,
      phraseEnd: document.events[1]!.time.phraseEnd,
    });
  });

  it('names the event and the field when the offsets point at other words, and says where the phrase is', () => {
    const document = withOffsets((start, end) => [start - 3, end - 3]);
    const { phraseStart, phraseEnd, phrase } = document.events[1]!.time;
    expect(problemsOf(document)).toEqual([
      `event "zamir-washington-visit" (events[1]) › time.phraseStart: the source text at ${phraseStart}–${phraseEnd} is not the phrase «${phrase}», which is at ${phraseStart! + 3}–${phraseEnd! + 3}`,
    ]);
  });

  it('reports a phrase that stands at its offsets but outside every quote of the event', () => {
    const document = withOffsets((start, end) => [start, end]);
    // The quote no longer reaches the phrase: still verbatim, shorter.
    const quote = document.events[1]!.quotes[0]!;
    quote.text = quote.text.slice(0, 20);
    quote.end = quote.start + 20;
    expect(problemsOf(document)).toEqual([
      `event "zamir-washington-visit" (events[1]) › time.phraseStart: ${document.events[1]!.time.phraseStart}–${document.events[1]!.time.phraseEnd} is in none of the event's quotes: quote the words the date came from`,
    ]);
  });

  it('wants both offsets or neither, and the end after the start', () => {
    expect(problemsOf(withOffsets((start) => [start, undefined]))).toEqual([
      'event "zamir-washington-visit" (events[1]) › time.phraseEnd: is missing: phraseStart is given, and they come together',
    ]);
    expect(problemsOf(withOffsets((_, end) => [undefined, end]))).toEqual([
      'event "zamir-washington-visit" (events[1]) › time.phraseStart: is missing: phraseEnd is given, and they come together',
    ]);
    expect(problemsOf(withOffsets((start, end) => [end, start]))).toHaveLength(1);
  });

  it('keeps the other events when one event’s offsets are wrong', () => {
    const { document } = validateDocument(
      withOffsets((start, end) => [start + 1, end + 1]),
      { sourceText },
    );
    expect(document!.events.map((event) => event.id)).toEqual(
      seed.events.filter((_, i) => i !== 1).map((event) => event.id),
    );
  });
});
