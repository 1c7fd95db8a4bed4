import { describe, expect, it } from 'vitest';
import { draftDocument } from '../../src/draft/draftDocument.ts';
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

  it('say whether the article is a relay either way, and read an absent relay as the format does', () => {
    // A paper's own report, drafted as `npm run draft` does, then opened and saved by the studio.
    const text = 'The envoy met the emir in Doha yesterday, the foreign ministry said.';
    const drafted = draftDocument(text, { dateline: { year: 2026, month: 3, day: 12 }, lang: 'en' });
    const opened = fromDocument(drafted, text, 'd1', 0);
    if (!opened.ok) throw new Error(opened.why);
    opened.draft.events[0]!.title.ar = 'المبعوث يلتقي الأمير';
    const document = toDocument(opened.draft);
    expect(document.source.relay).toBe(false);
    // Read as a relay's, «yesterday» would be two days before the dateline, and a note would say so.
    const notes = checkDraft(document, text).filter((p) => p.path.endsWith('/time/start'));
    expect(notes).toEqual([]);
    expect(checkDraft({ ...document, source: { ...document.source, relay: true } }, text)).toContainEqual(
      expect.objectContaining({ path: '/events/0/time/start' }),
    );

    const unsaid = structuredClone(seedDocument) as unknown as { source: Record<string, unknown> };
    delete unsaid.source.relay;
    unsaid.source.note = 'no word of it';
    const reopened = fromDocument(unsaid, seedText, 'd1', 0);
    expect(reopened.ok && reopened.draft.relay).toBe(true);
    const stated = fromDocument(
      { ...seedDocument, source: { ...seedDocument.source, relay: false } },
      seedText,
      'd1',
      0,
    );
    expect(stated.ok && stated.draft.relay).toBe(false);
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
