import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/types.ts';
import { formatProblem } from '../../../src/validate/formatProblem.ts';
import { findModality } from '../../../src/dating/modality.ts';
import { ENGINE_CHECKS } from '../../../src/validate/engineChecks.ts';
import { reviewEvent } from '../../../src/validate/review/reviewEvent.ts';
import { validateDocument } from '../../../src/validate/validateDocument.ts';

const sourceText = readFileSync(
  new URL('../../../events/sources/ankara-talks.ar.txt', import.meta.url),
  'utf8',
);
const seed = JSON.parse(
  readFileSync(new URL('../../../events/ankara-talks.json', import.meta.url), 'utf8'),
) as {
  events: { id: string; title: { en: string; ar: string }; status: string }[];
};

describe('reviewEvent', () => {
  it('finds nothing to note in the article’s own document', () => {
    const { document } = validateDocument(seed, { sourceText });
    const notes: Problem[] = [];
    document!.events.forEach((event, index) => reviewEvent(event, index, notes, 'ar', findModality));
    expect(notes.map(formatProblem)).toEqual([]);
  });
});

describe('validateDocument, with review notes', () => {
  const noted = structuredClone(seed);
  const trump = noted.events.findIndex((event) => event.id === 'trump-air-force-one-remarks');
  const ankara = noted.events.findIndex((event) => event.id === 'ankara-meeting-proposed');
  noted.events[trump]!.title.en = 'Trump: "they are talking to us, and seriously"';
  noted.events[ankara]!.status = 'occurred';
  const { document, problems } = validateDocument(noted, { sourceText, ...ENGINE_CHECKS });

  it('keeps every event a note is about', () => {
    expect(document?.events.length).toBe(seed.events.length);
  });

  it('reports each note as a review, naming the event and the field', () => {
    expect(problems.map((problem) => [problem.severity, formatProblem(problem)])).toEqual([
      [
        'review',
        `event "trump-air-force-one-remarks" (events[${trump}]) › title.en: quotes "they are talking to us, and seriously", words found in no translation of the event's quotes: a title says no more than its quotes`,
      ],
      [
        'review',
        `event "ankara-meeting-proposed" (events[${ankara}]) › quotes[0].text: says «وتعمل مصر وتركيا وقطر على ترتيب» (proposed) while the event's status is "occurred": is it "planned" or "proposed"?`,
      ],
      [
        'review',
        `event "ankara-meeting-proposed" (events[${ankara}]) › quotes[1].text: says «تعمل على ترتيب» (proposed) while the event's status is "occurred": is it "planned" or "proposed"?`,
      ],
    ]);
  });

  it('lists errors before review notes, and the notes do not make an event an error', () => {
    const broken = structuredClone(noted) as unknown as { events: Record<string, unknown>[] };
    broken.events[0]!.status = 'finished';
    const result = validateDocument(broken, { sourceText, ...ENGINE_CHECKS });
    expect(result.problems.map((problem) => problem.severity ?? 'error')).toEqual([
      'error',
      'review',
      'review',
      'review',
    ]);
  });
});

describe('reviewEvent, on an English article', () => {
  it("looks for the source language's words of plan in its quotes", () => {
    const { document } = validateDocument(seed, { sourceText });
    const event = structuredClone(document!.events[0]!);
    event.quotes = [{ text: 'The two ministers are scheduled to meet', start: 0, end: 39, translation: '-' }];
    const english: Problem[] = [];
    const arabic: Problem[] = [];
    reviewEvent(event, 0, english, 'en', findModality);
    reviewEvent(event, 0, arabic, 'ar', findModality);
    expect([english.map((note) => note.path), arabic.length]).toEqual([['/events/0/quotes/0/text'], 0]);
  });
});

describe('validateDocument, without the date engine (as the element calls it)', () => {
  it('leaves out the rule that needs the engine’s lexicon, and keeps the others', () => {
    const noted = structuredClone(seed);
    const ankara = noted.events.findIndex((event) => event.id === 'ankara-meeting-proposed');
    noted.events[ankara]!.status = 'occurred';
    noted.events[ankara]!.title.en = 'Meeting "in Istanbul"';
    const { problems } = validateDocument(noted, { sourceText });
    expect(problems.map((problem) => problem.path)).toEqual([`/events/${ankara}/title/en`]);
  });
});
