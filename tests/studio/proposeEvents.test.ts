import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../../src/studio/draft.ts';
import { mergeProposal } from '../../src/studio/mergeProposal.ts';
import { newEvent } from '../../src/studio/newEvent.ts';
import { proposeEvents } from '../../src/studio/proposeEvents.ts';
import { toDocument } from '../../src/studio/toDocument.ts';
import { validateDocument } from '../../src/validate/validateDocument.ts';
import { seedText } from './helpers.ts';

const seedInput = {
  text: seedText,
  dateline: '2026-02-07',
  lang: 'ar' as const,
  relay: true,
  publisher: 'Axios',
};

describe('proposeEvents', () => {
  it('runs the draft engine on the article: dated events with their phrase, rule and review list', async () => {
    const proposal = (await proposeEvents(seedInput))!;
    const fidan = proposal.events.find((event) => event.time.phrase === 'وقبل ذلك بيوم')!;
    expect(fidan.time).toMatchObject({ start: '2026-01-30', precision: 'day' });
    expect(seedText.slice(fidan.time.phraseStart, fidan.time.phraseEnd)).toBe('وقبل ذلك بيوم');
    expect(fidan.time.rule).toContain('Friday 30 January 2026');
    expect(fidan.review?.length).toBeGreaterThan(0);
    expect(proposal.actors.map((actor) => actor.id)).toContain('turkey');
    expect(proposal.headline).toContain('اكسيوس');
  });

  it('names first the actors of the document being edited', async () => {
    const fidan = {
      id: 'hakan-fidan',
      name: { en: 'Hakan Fidan', ar: 'هاكان فيدان' },
      kind: 'person' as const,
    };
    const proposal = (await proposeEvents({ ...seedInput, actors: [fidan] }))!;
    const hosted = proposal.events.find((event) => event.time.phrase === 'وقبل ذلك بيوم')!;
    expect(hosted.participants.map((p) => p.actor)).toContain('hakan-fidan');
  });

  it('proposes as many events when the document already has the engine’s own actors', async () => {
    const first = (await proposeEvents(seedInput))!;
    const again = (await proposeEvents({ ...seedInput, actors: first.actors }))!;
    expect(again.events.map((event) => event.id)).toEqual(first.events.map((event) => event.id));
  });

  it('offers a bare weekday in the week before and after, and read without the relay, each with its rule', async () => {
    const proposal = (await proposeEvents(seedInput))!;
    const saturday = proposal.events.find((event) => event.time.phrase === 'يوم السبت')!;
    const readings = proposal.readings[saturday.id]!;
    expect(readings.map((reading) => reading.start)).toEqual(
      expect.arrayContaining(['2026-01-24', '2026-02-07']),
    );
    for (const reading of readings) {
      expect(reading.rule).toMatch(/^An editor’s choice among the readings: /);
      expect(reading.ruleAr).toContain(reading.start!.slice(8).replace(/^0/, ''));
    }
    expect(readings.every((reading) => reading.start !== saturday.time.start)).toBe(true);
  });

  it('proposes nothing without a dateline to read the dates against', async () => {
    expect(await proposeEvents({ ...seedInput, dateline: '' })).toBeNull();
    expect(await proposeEvents({ ...seedInput, text: '  ' })).toBeNull();
  });

  it('gives a draft whose document the validator accepts once the source is filled in', async () => {
    const draft = emptyDraft('d', 0);
    Object.assign(draft, { text: seedText, dateline: '2026-02-07', publisher: 'Axios', relay: true });
    draft.title.en = 'Talks in Ankara';
    mergeProposal(draft, (await proposeEvents(seedInput))!);
    const { document, problems } = validateDocument(toDocument(draft), { sourceText: seedText });
    expect(problems.filter((problem) => problem.severity !== 'review')).toEqual([]);
    expect(document?.events.length).toBe(draft.events.length);
  });
});

describe('mergeProposal', () => {
  it('replaces the proposals nobody touched, keeps the events a person made, and does not propose them again', async () => {
    const proposal = (await proposeEvents(seedInput))!;
    const draft = emptyDraft('d', 0);
    draft.text = seedText;
    const quote = 'وقبل ذلك بيوم، استضاف وزير الخارجية التركي هاكان فيدان نظيره الإيراني';
    const start = seedText.indexOf(quote);
    const mine = newEvent({ start, end: start + quote.length, text: quote }, []);
    mine.time = { ...mine.time, phrase: 'وقبل ذلك بيوم', phraseStart: start, phraseEnd: start + 13 };
    draft.events.push(mine);

    const first = mergeProposal(draft, proposal);
    expect(first).toEqual({ added: proposal.events.length - 1, replaced: 0, kept: 1 });
    expect(draft.events.filter((event) => event.time.phrase === 'وقبل ذلك بيوم')).toEqual([mine]);
    expect(draft.proposed).toHaveLength(proposal.events.length - 1);

    const second = mergeProposal(draft, proposal);
    expect(second).toEqual({
      added: proposal.events.length - 1,
      replaced: proposal.events.length - 1,
      kept: 1,
    });
    expect(draft.events).toHaveLength(proposal.events.length);
    expect(new Set(draft.events.map((event) => event.id)).size).toBe(draft.events.length);
  });

  it('points an event dated from one a person made at that event', async () => {
    const proposal = (await proposeEvents(seedInput))!;
    const anchor = proposal.events.find(
      (event) => event.time.phrase === 'يوم السبت' && event.mode === 'phone',
    )!;
    const draft = emptyDraft('d', 0);
    draft.events.push({ ...structuredClone(anchor), id: 'sisi-calls-pezeshkian' });
    mergeProposal(draft, proposal);
    const dependent = draft.events.find((event) => event.time.phrase === 'وقبل ذلك بيوم')!;
    expect(dependent.time.basis?.relativeTo).toBe('sisi-calls-pezeshkian');
  });

  it('renames a proposed event whose id a person already took, its readings with it', () => {
    const draft = emptyDraft('d', 0);
    draft.events.push(newEvent({ start: 0, end: 1, text: 'a' }, []));
    const proposed = { ...newEvent({ start: 1, end: 2, text: 'b' }, []), id: 'event-1' };
    const reading = { start: '2026-01-31', precision: 'day' as const, phrase: 'b', rule: 'r' };
    mergeProposal(draft, { actors: [], events: [proposed], readings: { 'event-1': [reading] } });
    expect(draft.events.map((e) => e.id)).toEqual(['event-1', 'event-1-2']);
    expect(draft.readings).toEqual({ 'event-1-2': [reading] });
    expect(draft.proposed).toEqual(['event-1-2']);
  });
});
