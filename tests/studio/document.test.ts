import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/studio/checkDraft.ts';
import { emptyDraft } from '../../src/studio/draft.ts';
import { fromDocument } from '../../src/studio/fromDocument.ts';
import { newEvent } from '../../src/studio/newEvent.ts';
import { toDocument } from '../../src/studio/toDocument.ts';
import { validateDocument } from '../../src/validate/validateDocument.ts';
import { seedDocument, seedText } from './helpers.ts';

describe('fromDocument and toDocument', () => {
  it('turn the seed document into a draft and back into a valid document with the same events', () => {
    const opened = fromDocument(seedDocument, seedText, 'd1', 0);
    if (!opened.ok) throw new Error(opened.why);
    const document = toDocument(opened.draft);
    expect(validateDocument(document, { sourceText: seedText }).problems).toEqual([]);
    expect(document.events).toEqual(seedDocument.events);
    expect(document.source.text).toBe(`${document.source.id}.ar.txt`);
  });

  it('keep an event with problems, for the studio to list and fix them', () => {
    const broken = structuredClone(seedDocument) as unknown as { events: Record<string, unknown>[] };
    delete broken.events[1]!.title;
    broken.events[2]!.status = 'rumoured';
    const opened = fromDocument(broken, seedText, 'd1', 0);
    if (!opened.ok) throw new Error(opened.why);
    expect(opened.draft.events).toHaveLength(seedDocument.events.length);
    const paths = checkDraft(toDocument(opened.draft), seedText).map((p) => p.path);
    expect(paths).toContain('/events/1/title/en');
    expect(paths).toContain('/events/2/status');
  });

  it('refuse what is not an events document at all', () => {
    expect(fromDocument([1, 2], '', 'd1', 0).ok).toBe(false);
    expect(fromDocument({ events: 'none' }, '', 'd1', 0).ok).toBe(false);
  });
});

describe('checkDraft', () => {
  it('lists the events’ problems even while the source’s own fields are still empty', () => {
    const draft = { ...emptyDraft('d', 0), text: seedText };
    draft.events.push(newEvent({ start: 0, end: 14, text: seedText.slice(0, 14) }, []));
    const paths = checkDraft(toDocument(draft), seedText).map((p) => p.path);
    expect(paths).toContain('/source/publisher');
    expect(paths).toContain('/events/0/title/en');
    expect(paths).toContain('/events/0/participants');
  });

  it('finds a quote that is no longer verbatim once the article changed', () => {
    const opened = fromDocument(seedDocument, seedText, 'd1', 0);
    if (!opened.ok) throw new Error(opened.why);
    const problems = checkDraft(toDocument(opened.draft), `x${seedText}`);
    expect(problems.some((p) => /^\/events\/\d+\/quotes\/0/.test(p.path))).toBe(true);
  });
});
