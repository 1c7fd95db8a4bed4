import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '../../src/calendar/calendarDate.ts';
import { draftDocument } from '../../src/draft/draftDocument.ts';
import { ENGINE_CHECKS } from '../../src/validate/engineChecks.ts';
import { validateDocument } from '../../src/validate/validateDocument.ts';
import { CORPUS } from '../../scripts/scoreCorpus.ts';

const articles = readdirSync(CORPUS).filter((name) => name.endsWith('.txt'));

describe('the draft of every article of the corpus', () => {
  it.each(articles)('validates, its review list reported as notes: %s', (name) => {
    const text = readFileSync(join(CORPUS, name), 'utf8');
    const sidecar = JSON.parse(readFileSync(join(CORPUS, name.replace(/\.txt$/u, '.json')), 'utf8'));
    const draft = draftDocument(text, {
      dateline: parseCalendarDate(sidecar.dateline)!,
      lang: sidecar.lang,
      relay: sidecar.relay,
    });
    expect(draft.events.length).toBeGreaterThan(0);
    const { document, problems } = validateDocument(JSON.parse(JSON.stringify(draft)), {
      sourceText: text,
      ...ENGINE_CHECKS,
    });
    expect(problems.filter((problem) => problem.severity !== 'review')).toEqual([]);
    expect(document?.events.length).toBe(draft.events.length);
    // Every event's drafted title is among the notes, naming the event and the field.
    const titled = problems.filter((p) => p.severity === 'review' && p.path.endsWith('/title'));
    expect(titled.map((p) => p.eventId)).toEqual(draft.events.map((event) => event.id));
  });
});
