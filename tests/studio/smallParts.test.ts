import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../../src/studio/draft.ts';
import { bestPath, eventIndexOf } from '../../src/studio/fieldFor.ts';
import { handRule } from '../../src/studio/handRule.ts';
import { newEvent } from '../../src/studio/newEvent.ts';
import { decodeText, MAX_TEXT_BYTES, textTooLong } from '../../src/studio/readTextFile.ts';
import { reviewCovers, reviewNotes } from '../../src/studio/reviewNotes.ts';

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

describe('reviewNotes and the engine’s review', () => {
  it('lists what the engine asked to review, by field, and a validator note once', () => {
    const draft = emptyDraft('d', 0);
    const event = newEvent({ start: 0, end: 5, text: 'words' }, []);
    event.review = ['type and mode: guessed from the verbs', 'attribution: say who told the reporter'];
    draft.events.push(event);
    const messages = { drafted: 'drafted', untranslated: 'untranslated', sameTitles: 'same' };
    const validator = {
      eventIndex: 0,
      path: '/events/0/review/1',
      message: 'review: say who told the reporter',
      severity: 'review' as const,
    };
    expect(reviewNotes(draft, messages, [validator])).toEqual([
      { eventId: 'event-1', field: 'type', message: 'guessed from the verbs', english: true },
      {
        eventId: 'event-1',
        field: 'review/1',
        message: 'review: say who told the reporter',
        english: true,
      },
    ]);
  });

  it('tells which edited field answers which of the engine’s notes', () => {
    expect(reviewCovers('type and mode: guessed from the verbs', 'mode')).toBe(true);
    expect(reviewCovers('quotes: the translation is missing', 'quotes/0/translation')).toBe(true);
    expect(reviewCovers('title: drafted from the statement', 'attribution/en')).toBe(false);
  });
});
