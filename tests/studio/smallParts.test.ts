import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../../src/studio/draft.ts';
import { bestPath, eventIndexOf } from '../../src/studio/fieldFor.ts';
import { handRule } from '../../src/studio/handRule.ts';
import { mergeProposal } from '../../src/studio/mergeProposal.ts';
import { newEvent } from '../../src/studio/newEvent.ts';
import { proposeEvents } from '../../src/studio/proposeEvents.ts';
import { decodeText, MAX_TEXT_BYTES, textTooLong } from '../../src/studio/readTextFile.ts';
import { reviewNotes } from '../../src/studio/reviewNotes.ts';

describe('handRule', () => {
  it('says an editor set the day, naming the phrase and the day in both languages', () => {
    const { rule, ruleAr } = handRule({
      start: '2026-01-30',
      precision: 'day',
      phrase: 'وقبل ذلك بيوم',
      rule: '',
    });
    expect(rule).toBe('Set by hand by the editor: «وقبل ذلك بيوم» read as Friday 30 January 2026.');
    expect(ruleAr).toContain('حدّده المحرر يدويًا');
    expect(ruleAr).toContain('يناير');
  });

  it('names both days of a stay', () => {
    expect(
      handRule({ start: '2026-01-30', end: '2026-01-31', precision: 'multi-day', phrase: 'p', rule: '' })
        .rule,
    ).toContain('Friday 30 January 2026 – Saturday 31 January 2026');
  });

  it('says there is no date when the event is undated', () => {
    expect(handRule({ precision: 'undated', phrase: 'p', rule: '' }).rule).toMatch(
      /^The article gives no date/,
    );
  });
});

describe('decodeText', () => {
  it('reads UTF-8 text as it is, line ends included', () => {
    expect(decodeText(new TextEncoder().encode('سطر\r\nline'))).toEqual({ ok: true, text: 'سطر\r\nline' });
  });

  it('refuses a binary file', () => {
    expect(decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a]))).toEqual({
      ok: false,
      reason: 'not-text',
    });
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0xfd]))).toEqual({ ok: false, reason: 'not-text' });
  });

  it('refuses more than 5 MB', () => {
    expect(decodeText(new Uint8Array(MAX_TEXT_BYTES + 1).fill(0x61))).toMatchObject({
      ok: false,
      reason: 'too-long',
    });
  });

  it('measures a pasted text in UTF-8 bytes, as files are', () => {
    expect(textTooLong('ع'.repeat(MAX_TEXT_BYTES / 2 - 10))).toBeNull();
    expect(textTooLong('ع'.repeat(MAX_TEXT_BYTES / 2 + 10))).toBe(MAX_TEXT_BYTES + 20);
  });
});

describe('bestPath', () => {
  const paths = [
    '/events/2/title/en',
    '/events/2/time/start',
    '/events/2/quotes',
    '/events/2/quotes/0/translation',
  ];

  it('picks the control of the value the problem is about', () => {
    expect(bestPath('/events/2/time/start', paths)).toBe('/events/2/time/start');
  });

  it('picks the closest enclosing control for a value without its own', () => {
    expect(bestPath('/events/2/quotes/0/end', paths)).toBe('/events/2/quotes');
  });

  it('picks the first control inside an object the problem is about', () => {
    expect(bestPath('/events/2/title', paths)).toBe('/events/2/title/en');
  });

  it('reads the event index out of a pointer', () => {
    expect(eventIndexOf('/events/12/time')).toBe(12);
    expect(eventIndexOf('/source/dateline')).toBeNull();
  });
});

describe('proposeEvents', () => {
  it('says no engine is plugged in yet, and proposes nothing', async () => {
    expect(await proposeEvents({ text: 'x', dateline: '2026-02-07', lang: 'ar', relay: true })).toMatchObject(
      { engine: false, events: [] },
    );
  });
});

describe('mergeProposal', () => {
  it('adds proposed events beside those made by hand, renaming an id already taken, and lists drafted fields', () => {
    const draft = emptyDraft('d', 0);
    draft.events.push(newEvent({ start: 0, end: 1, text: 'a' }, []));
    const proposed = { ...newEvent({ start: 1, end: 2, text: 'b' }, []), id: 'event-1' };
    mergeProposal(draft, {
      engine: true,
      actors: [],
      events: [proposed],
      drafted: ['event-1/title/en'],
      notes: [],
    });
    expect(draft.events.map((e) => e.id)).toEqual(['event-1', 'event-1-2']);
    expect(draft.drafted).toEqual(['event-1-2/title/en']);
  });
});

describe('reviewNotes', () => {
  it('lists drafted fields and translations that repeat the quote, apart from errors', () => {
    const draft = emptyDraft('d', 0);
    const event = newEvent({ start: 0, end: 5, text: 'words' }, []);
    event.quotes[0]!.translation = 'words';
    draft.events.push(event);
    draft.drafted.push('event-1/title/en');
    const messages = { drafted: 'drafted', untranslated: 'untranslated', sameTitles: 'same' };
    expect(reviewNotes(draft, messages)).toEqual([
      { eventId: 'event-1', field: 'title/en', message: 'drafted' },
      { eventId: 'event-1', field: 'quotes/0/translation', message: 'untranslated' },
    ]);
  });
});

describe('mergeProposal’s readings', () => {
  it('keeps the other readings of a date under the event’s id, renamed with it', () => {
    const draft = emptyDraft('d', 0);
    draft.events.push(newEvent({ start: 0, end: 1, text: 'a' }, []));
    const proposed = { ...newEvent({ start: 1, end: 2, text: 'b' }, []), id: 'event-1' };
    const reading = {
      start: '2026-01-31',
      precision: 'day' as const,
      phrase: 'b',
      rule: 'the Saturday before',
    };
    mergeProposal(draft, {
      engine: true,
      actors: [],
      events: [proposed],
      drafted: [],
      notes: [],
      readings: { 'event-1': [reading] },
    });
    expect(draft.readings).toEqual({ 'event-1-2': [reading] });
  });
});
