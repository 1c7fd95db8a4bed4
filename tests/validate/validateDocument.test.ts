import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/validate/formatProblem.ts';
import { parseEventsJson } from '../../src/validate/parseEventsJson.ts';
import { validateDocument } from '../../src/validate/validateDocument.ts';

const dir = new URL('../fixtures/broken/', import.meta.url);
const sourceText = readFileSync(new URL('../../events/sources/ankara-talks.ar.txt', import.meta.url), 'utf8');
/** File name → the exact lines expected; a line ending in "…" is matched as a prefix (engine-specific detail follows). */
const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as Record<string, string[]>;

function problemsOf(file: string): string[] {
  const parsed = parseEventsJson(readFileSync(new URL(file, dir)));
  if (!parsed.ok) return [formatProblem(parsed.problem)];
  return validateDocument(parsed.value, { sourceText }).problems.map(formatProblem);
}

describe('validateDocument, on broken documents', () => {
  it('has an expectation for every fixture, and a fixture for every expectation', () => {
    const files = readdirSync(dir).filter((name) => name !== 'expected.json');
    expect(files.sort()).toEqual(Object.keys(expected).sort());
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  it.each(Object.entries(expected))('%s fails with its message', (file, lines) => {
    const actual = problemsOf(file);
    expect(actual).toHaveLength(lines.length);
    lines.forEach((line, i) => {
      if (line.endsWith('…')) expect(actual[i]!.startsWith(line.slice(0, -1))).toBe(true);
      else expect(actual[i]).toBe(line);
    });
  });

  it('names an Arabic date rule that is not text, and keeps the other events', () => {
    const article = JSON.parse(
      readFileSync(new URL('../../events/ankara-talks.json', import.meta.url), 'utf8'),
    ) as { events: { id: string; time: { ruleAr?: unknown } }[] };
    article.events[0]!.time.ruleAr = ['<b>not text</b>'];
    const { document, problems } = validateDocument(article, { sourceText });
    expect(problems.map(({ eventId, path }) => ({ eventId, path }))).toEqual([
      { eventId: article.events[0]!.id, path: '/events/0/time/ruleAr' },
    ]);
    expect(document?.events).toHaveLength(article.events.length - 1);
  });

  it('still returns the valid events of a document with one broken event', () => {
    const parsed = parseEventsJson(readFileSync(new URL('unknown-actor.json', dir)));
    if (!parsed.ok) throw new Error('fixture is JSON');
    const { document } = validateDocument(parsed.value, { sourceText });
    expect(document?.events.map((event) => event.id)).toEqual(['fidan-hosts-araghchi']);
  });

  it("does not let a broken event's date statement move the sound events' dates", () => {
    const article = JSON.parse(
      readFileSync(new URL('../../events/ankara-talks.json', import.meta.url), 'utf8'),
    );
    // No status, so broken; and a stay from a Saturday to the Friday after, which would put the report on a Saturday.
    const intruder = {
      ...structuredClone(
        article.events.find((event: { id: string }) => event.id === 'zamir-washington-visit'),
      ),
      id: 'inserted-event',
      status: undefined,
    };
    intruder.time.basis = { weekday: 'saturday', endWeekday: 'friday' };
    const { document, problems } = validateDocument(
      { ...article, events: [intruder, ...article.events] },
      { sourceText },
    );
    expect(document?.events.map((event) => event.id)).toEqual(
      article.events.map((event: { id: string }) => event.id),
    );
    expect(problems.map(formatProblem)).toEqual([
      'event "inserted-event" (events[0]) › status: is missing (required)',
    ]);
  });

  it('says why quotes went unchecked when the source text is missing, and still shows the events', () => {
    const article = JSON.parse(
      readFileSync(new URL('../../events/ankara-talks.json', import.meta.url), 'utf8'),
    );
    const missing = 'https://example.org/article.txt answered 404 Not Found';
    const told = validateDocument(article, { sourceTextMissing: missing });
    expect(told.problems.map(formatProblem)).toEqual([
      `document › source.text: the source text was not available (${missing}), so no quote could be checked`,
    ]);
    expect(told.document?.events).toHaveLength(article.events.length);
    expect(validateDocument(article).problems.map(formatProblem)).toEqual([
      'document › source.text: the source text was not available, so no quote could be checked',
    ]);
    expect(validateDocument(article, { sourceText, sourceTextMissing: missing }).problems).toEqual([]);
  });
});
