import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftDocument } from '../../src/draft/draftDocument.ts';
import type { EventsDocumentJson } from '../../src/types.ts';
import { validateDocument } from '../../src/validate/validateDocument.ts';

const day = (year: number, month: number, d: number) => ({ year, month, day: d });

describe('draftDocument on the seed article, drafted as a relay', () => {
  const text = readFileSync('events/sources/ankara-talks.ar.txt', 'utf8');
  const handMade = JSON.parse(readFileSync('events/ankara-talks.json', 'utf8')) as EventsDocumentJson;
  const draft = draftDocument(text, {
    dateline: day(2026, 2 /* Feb */, 7),
    lang: 'ar',
    relay: true,
    actors: handMade.actors,
    textPath: 'sources/ankara-talks.ar.txt',
  });
  const dated = handMade.events.filter((event) => event.time.precision !== 'undated');

  it.each(dated.map((event) => [event.id, event] as const))(
    'gives %s the same days as the hand-made document',
    (_, event) => {
      const match = draft.events.find(
        (candidate) =>
          candidate.time.phrase === event.time.phrase &&
          event.quotes.some(
            (q) => candidate.time.phraseStart! >= q.start && candidate.time.phraseEnd! <= q.end,
          ),
      );
      const pick = (e: typeof event | undefined) =>
        e && {
          start: e.time.start,
          end: e.time.end,
          precision: e.time.precision,
          partOfDay: e.time.partOfDay,
        };
      expect(pick(match)).toEqual(pick(event));
    },
  );

  it('has nine dated events, eight on days and one window, as the hand-made document', () => {
    const draftDated = draft.events.filter((event) => event.time.precision !== 'undated');
    expect(draftDated.length).toBe(dated.length);
    expect(
      draftDated.filter((event) => event.time.precision === 'window').map((event) => event.status),
    ).toEqual(['proposed']);
  });

  it('validates, with the source text beside it: what it lists to check comes back as review notes', () => {
    const { problems } = validateDocument(JSON.parse(JSON.stringify(draft)), { sourceText: text });
    expect(problems.filter((problem) => problem.severity !== 'review')).toEqual([]);
    expect(problems.length).toBe(draft.events.flatMap((event) => event.review ?? []).length);
  });

  it('quotes the article verbatim and puts each date phrase inside its quote', () => {
    for (const event of draft.events) {
      for (const quote of event.quotes) expect(text.slice(quote.start, quote.end)).toBe(quote.text);
      const { phrase, phraseStart, phraseEnd } = event.time;
      expect(text.slice(phraseStart!, phraseEnd!)).toBe(phrase);
      expect(event.quotes.some((q) => phraseStart! >= q.start && phraseEnd! <= q.end)).toBe(true);
    }
  });

  it('says the source is a relay and marks every event for review', () => {
    expect(draft.source.relay).toBe(true);
    expect(
      draft.events.every((event) => (event.review ?? []).some((note) => note.startsWith('title:'))),
    ).toBe(true);
  });

  it("dates «وقبل ذلك بيوم» from Sisi's call, the nearest dated event before it", () => {
    const fidan = draft.events.find((event) => event.time.phrase === 'وقبل ذلك بيوم')!;
    const anchor = draft.events.find((event) => event.id === fidan.time.basis?.relativeTo)!;
    expect(anchor.quotes[0]!.text).toContain('السيسي');
    expect(fidan.time.basis?.offsetDays).toBe(-1);
  });
});

describe('draftDocument on an English article', () => {
  const text =
    'Oman hosted talks between Iran and the United States on Saturday. ' +
    'The two delegations will meet again next Friday, officials said. ' +
    'Iran rejected the latest American proposal.';
  const draft = draftDocument(text, { dateline: day(2026, 2, 11), lang: 'en' });

  it('drafts one event per dated statement and one per undated action, lead actor first', () => {
    expect(
      draft.events.map((event) => [event.status, event.time.phrase, event.participants.map((p) => p.actor)]),
    ).toEqual([
      ['occurred', 'Saturday', ['oman', 'iran', 'us']],
      ['planned', 'next Friday', ['unidentified']],
      ['background', 'Iran rejected the latest', ['iran', 'us']],
    ]);
  });

  it('validates, with the source text beside it: its quotes need no translation, its titles no Arabic', () => {
    const { problems } = validateDocument(JSON.parse(JSON.stringify(draft)), { sourceText: text });
    expect(problems.filter((problem) => problem.severity !== 'review')).toEqual([]);
    expect(draft.events.every((e) => e.title.ar === undefined && e.quotes.every((q) => !q.translation))).toBe(
      true,
    );
  });
});

describe('draftDocument on wire copy', () => {
  it("starts a lede's event after its dateline and agency, and makes no event of the dateline", () => {
    const text =
      'WASHINGTON, March 12 (AP) — Secretary of State Marco Rubio spoke by phone with his Saudi counterpart on Wednesday.\n\n' +
      'GENEVA (Reuters) - Swiss mediators said they would host talks next week.';
    const draft = draftDocument(text, { dateline: day(2026, 3, 12), lang: 'en' });
    expect(draft.events.map((event) => [event.time.phrase, event.quotes[0]!.text.slice(0, 24)])).toEqual([
      ['Wednesday', 'Secretary of State Marco'],
      ['next week', 'Swiss mediators said the'],
    ]);
    const errors = validateDocument(draft, { sourceText: text }).problems.filter(
      (p) => p.severity !== 'review',
    );
    expect(errors).toEqual([]);
  });
});

describe('draftDocument: the headline', () => {
  it('is not a paragraph after a lede that opens with its dateline', () => {
    const text =
      'WASHINGTON, March 12 (AP) — Rubio spoke by phone with the Saudi crown prince on Wednesday.\n\n' +
      'The two discussed the war in Sudan and a ceasefire proposal\n';
    const draft = draftDocument(text, { dateline: day(2026, 3, 12), lang: 'en' });
    expect(draft.source.title.en).toBe('Rubio spoke by phone with the Saudi crown prince on Wednesday');
  });
});

describe('draftDocument: the title without a headline', () => {
  it('is the first statement, not the dateline line above it', () => {
    const text =
      'الدوحة - 12 آذار/مارس 2026\n\nأعلن وزير الخارجية القطري صباح الخميس أن وفدًا سيصل إلى الدوحة بعد غد.';
    const draft = draftDocument(text, { dateline: day(2026, 3, 12), lang: 'ar' });
    expect(draft.source.title.ar).toBe('أعلن وزير الخارجية القطري صباح الخميس أن وفدًا سيصل إلى الدوحة بعد…');
  });
});
