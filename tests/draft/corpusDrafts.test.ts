import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '../../src/calendar/calendarDate.ts';
import { draftDocument } from '../../src/draft/draftDocument.ts';
import { validateDocument } from '../../src/validate/validateDocument.ts';
import { CORPUS } from '../../scripts/scoreCorpus.ts';

const articles = readdirSync(CORPUS).filter((name) => name.endsWith('.txt'));

describe('the draft of every article of the corpus', () => {
  it.each(articles)('validates: %s', (name) => {
    const text = readFileSync(join(CORPUS, name), 'utf8');
    const sidecar = JSON.parse(readFileSync(join(CORPUS, name.replace(/\.txt$/u, '.json')), 'utf8'));
    const draft = draftDocument(text, {
      dateline: parseCalendarDate(sidecar.dateline)!,
      lang: sidecar.lang,
      relay: sidecar.relay,
    });
    expect(draft.events.length).toBeGreaterThan(0);
    expect(validateDocument(JSON.parse(JSON.stringify(draft)), { sourceText: text }).problems).toEqual([]);
  });
});
