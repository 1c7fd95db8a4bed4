import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatCalendarDate } from '../../src/calendar/calendarDate.ts';
import type { TimelineEvent } from '../../src/types.ts';
import { validateDocument } from '../../src/validate/validateDocument.ts';

const sourceBytes = readFileSync(new URL('../../events/sources/ankara-talks.ar.txt', import.meta.url));
const sourceText = sourceBytes.toString('utf8');
const json: unknown = JSON.parse(
  readFileSync(new URL('../../events/ankara-talks.json', import.meta.url), 'utf8'),
);
const { document, problems } = validateDocument(json, { sourceText });
const events = new Map((document?.events ?? []).map((event) => [event.id, event]));

function when(id: string): string {
  const { time } = events.get(id) as TimelineEvent;
  if (!time.start) return 'undated';
  return time.end
    ? `${formatCalendarDate(time.start)}..${formatCalendarDate(time.end)}`
    : formatCalendarDate(time.start);
}

describe('the source text', () => {
  it('is the seed article, byte for byte', () => {
    // SHA-256 of ../shared/seeds/000_69304f80c3eb9147.txt
    expect(createHash('sha256').update(sourceBytes).digest('hex')).toBe(
      '6f484091d8c8a89a47bb2e88c36e2e6a965c1e2df2703da9fc3c74dd2f46b97c',
    );
  });

  it('keeps its non-breaking spaces, curly quotation marks, en dash and ellipsis', () => {
    for (const char of ['\u00a0', '\u201c', '\u201d', '\u2013', '\u2026']) expect(sourceText).toContain(char);
  });
});

describe('events/ankara-talks.json', () => {
  it('is valid, with every quote verbatim at its offsets', () => {
    expect(problems).toEqual([]);
    expect(document?.events.length).toBe(13);
  });

  it('quotes the article verbatim, at the offsets it gives', () => {
    for (const event of events.values()) {
      for (const quote of event.quotes) expect(sourceText.slice(quote.start, quote.end)).toBe(quote.text);
    }
  });

  it('explains how each date was resolved in English and in Arabic', () => {
    for (const event of events.values()) {
      expect(event.time.rule, event.id).toMatch(/[a-z]{3}/);
      expect(event.time.ruleAr, event.id).toMatch(/[\u0621-\u064a]{3}/);
    }
  });

  it("gives each date phrase in the article's own words", () => {
    for (const event of events.values()) expect(sourceText).toContain(event.time.phrase);
  });

  it.each([
    ['fidan-hosts-araghchi', '2026-01-30'],
    ['zamir-washington-visit', '2026-01-30..2026-01-31'],
    ['qatar-pm-meets-larijani', '2026-01-31'],
    ['larijani-post-on-x', '2026-01-31'],
    ['sisi-calls-pezeshkian', '2026-01-31'],
    ['trump-air-force-one-remarks', '2026-01-31'],
    ['araghchi-cnn-interview', '2026-02-01'],
    ['khamenei-tehran-speech', '2026-02-01'],
    ['ankara-meeting-proposed', '2026-02-02..2026-02-07'],
    ['us-military-buildup-gulf', 'undated'],
    ['us-open-to-talks', 'undated'],
    ['us-no-final-decision', 'undated'],
    ['mediators-coordinate', 'undated'],
  ])('dates %s to %s', (id, expected) => {
    expect(when(id)).toBe(expected);
  });

  it('marks the Ankara meeting as proposed, in the future, over a window', () => {
    const ankara = events.get('ankara-meeting-proposed')!;
    expect([ankara.status, ankara.time.precision, ankara.context]).toEqual([
      'proposed',
      'window',
      ['future'],
    ]);
  });

  it("places Trump's remarks in the evening", () => {
    expect(events.get('trump-air-force-one-remarks')!.time).toMatchObject({
      precision: 'part-of-day',
      partOfDay: 'evening',
    });
  });
});
