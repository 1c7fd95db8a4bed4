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
    expect(document?.events.length).toBe(14);
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
    ['us-unsure-of-khamenei-mandate', 'undated'],
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

  it('keeps the nine dated events', () => {
    expect([...events.keys()].filter((id) => when(id) !== 'undated')).toHaveLength(9);
  });

  it.each([
    ['trump-air-force-one-remarks', 'en'],
    ['araghchi-cnn-interview', 'en'],
    ['larijani-post-on-x', 'fa'],
    ['khamenei-tehran-speech', 'fa'],
  ])('says the words of %s were spoken in %s, not in the Arabic of the report', (id, lang) => {
    for (const quote of events.get(id)!.quotes) expect(quote.spokenIn).toBe(lang);
  });

  it('marks as back-translated only the quotes of people who spoke another language', () => {
    const marked = [...events.values()].filter((event) => event.quotes.some((quote) => quote.spokenIn));
    expect(marked.map((event) => event.id).sort()).toEqual([
      'araghchi-cnn-interview',
      'khamenei-tehran-speech',
      'larijani-post-on-x',
      'trump-air-force-one-remarks',
    ]);
  });

  it("quotes Trump's hedge and Khamenei's «هذه المرة» in both titles, in the words of the quotes", () => {
    const trump = events.get('trump-air-force-one-remarks')!.title;
    expect(trump.en).toContain(
      '"I don\'t know if they will, but they are talking to us, and talking seriously"',
    );
    expect(trump.ar).toContain('لا أعرف إن كانوا سيفعلون');
    const khamenei = events.get('khamenei-tehran-speech')!.title;
    expect(khamenei.en).toContain('this time');
    expect(khamenei.ar).toContain('هذه المرة');
  });

  it.each([
    ['ankara-meeting-proposed', 'بحسب مصدرين إقليميين تحدثا إلى “أكسيوس”'],
    ['us-open-to-talks', 'وفق ما صرّح به مسؤول أمريكي كبير لموقع “أكسيوس”'],
  ])('quotes %s up to and with its sourcing clause', (id, clause) => {
    expect(events.get(id)!.quotes[0]!.text.endsWith(clause)).toBe(true);
  });

  it('says the Ankara meeting is being arranged, with neither side cast as agreeing to it', () => {
    const ankara = events.get('ankara-meeting-proposed')!;
    expect(ankara.title.en).toMatch(/working to arrange/);
    expect(ankara.title.ar).toContain('تعمل على ترتيب');
    const roles = Object.fromEntries(ankara.participants.map(({ actor, role }) => [actor, role]));
    expect([roles.witkoff, roles['iranian-officials']]).toEqual(['subject', 'subject']);
  });

  it.each([
    ['zamir-washington-visit', 'caine'],
    ['qatar-pm-meets-larijani', 'larijani'],
  ])('gives %s no host the article does not name (%s is a counterpart)', (id, actor) => {
    expect(events.get(id)!.participants.find((participant) => participant.actor === actor)?.role).toBe(
      'counterpart',
    );
  });

  it('does not say the US message went through intermediaries', () => {
    expect(events.get('us-open-to-talks')!.mode).toBeUndefined();
  });

  it("keeps the White House's claim apart from other US officials' doubt about Khamenei's mandate", () => {
    const whiteHouse = events.get('us-no-final-decision')!;
    const doubt = events.get('us-unsure-of-khamenei-mandate')!;
    expect(whiteHouse.cameo).toBe('014');
    expect(whiteHouse.quotes.map((quote) => quote.text.startsWith('ويؤكد مسؤولون في البيت الأبيض'))).toEqual([
      true,
    ]);
    expect(doubt.title.en).toContain('Khamenei');
    expect(doubt.participants.map(({ actor }) => actor)).toContain('khamenei');
  });

  it("does not credit the report's own narration of the Gaza ceasefire to its sources", () => {
    expect(events.get('mediators-coordinate')!.attribution.en).toMatch(/the report's own account/);
  });
});
