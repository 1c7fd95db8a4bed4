import { describe, expect, it } from 'vitest';
import type { EventsDocumentJson } from '../../src/types.ts';
import { ENGINE_CHECKS } from '../../src/validate/engineChecks.ts';
import { formatProblem } from '../../src/validate/formatProblem.ts';
import { validateDocument } from '../../src/validate/validateDocument.ts';
import { english, seed, seedText, sourceText } from './documents.ts';

/** The English document with one event's stored days changed. */
function misdated(id: string, start: string, end?: string): EventsDocumentJson {
  const document = structuredClone(english);
  const { time } = document.events.find((event) => event.id === id)!;
  time.start = start;
  if (end === undefined) delete time.end;
  else time.end = end;
  return document;
}

describe('validateDocument with the engine’s recheck of dates without a basis', () => {
  it('notes a stored day the engine reads differently from its phrase, naming event and field', () => {
    // "said yesterday", printed on 21 December: the 20th, not the 19th.
    const { document, problems } = validateDocument(misdated('ukraine-announces-exchange', '2025-12-19'), {
      sourceText,
      ...ENGINE_CHECKS,
    });
    expect(problems.map((problem) => [problem.severity, problem.eventId, problem.path])).toEqual([
      ['review', 'ukraine-announces-exchange', '/events/1/time/start'],
    ]);
    expect(formatProblem(problems[0]!)).toMatch(
      /^event "ukraine-announces-exchange" \(events\[1\]\) › time\.start: is 2025-12-19, but the date engine reads «yesterday» as 2025-12-20 \(.+\): check which is right$/u,
    );
    // A note, not an error: the event is still shown.
    expect(document!.events).toHaveLength(english.events.length);
  });

  it('points at the end when only the end differs', () => {
    const { problems } = validateDocument(
      misdated('prisoner-exchange-expected', '2025-12-22', '2025-12-31'),
      {
        sourceText,
        ...ENGINE_CHECKS,
      },
    );
    expect(problems.map((problem) => problem.path)).toEqual(['/events/3/time/end']);
  });

  it('finds the phrase in the event’s quote when it has no offsets', () => {
    const document = misdated('zelensky-brussels-summit', '2025-12-16');
    delete document.events[4]!.time.phraseStart;
    delete document.events[4]!.time.phraseEnd;
    const { problems } = validateDocument(document, { sourceText, ...ENGINE_CHECKS });
    expect(problems.map((problem) => problem.path)).toEqual(['/events/4/time/start']);
  });

  it('agrees with every date of the article’s own documents', () => {
    expect(validateDocument(english, { sourceText, ...ENGINE_CHECKS }).problems).toEqual([]);
    expect(validateDocument(seed, { sourceText: seedText, ...ENGINE_CHECKS }).problems).toEqual([]);
  });

  it('is not run without the engine (the element’s case)', () => {
    expect(
      validateDocument(misdated('ukraine-announces-exchange', '2025-12-19'), { sourceText }).problems,
    ).toEqual([]);
  });
});
