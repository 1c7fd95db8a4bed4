import { describe, expect, it } from 'vitest';
import { titleIn } from '../../src/card/eventTitle.ts';
import { ENGINE_CHECKS } from '../../src/validate/engineChecks.ts';
import { formatProblem } from '../../src/validate/formatProblem.ts';
import { validateDocument } from '../../src/validate/validateDocument.ts';
import { english, seed, seedText, sourceText } from './documents.ts';

describe('validateDocument, on a source in English', () => {
  it('accepts quotes without a translation and events without an Arabic title, with or without the engine', () => {
    expect(english.events.some((event) => event.title.ar === undefined)).toBe(true);
    expect(
      english.events.every((event) => event.quotes.every((quote) => quote.translation === undefined)),
    ).toBe(true);
    for (const options of [{ sourceText }, { sourceText, ...ENGINE_CHECKS }]) {
      const { document, problems } = validateDocument(english, options);
      expect(problems.map(formatProblem)).toEqual([]);
      expect(document!.events).toHaveLength(english.events.length);
    }
  });

  it('accepts an empty translation too', () => {
    const document = structuredClone(english);
    document.events[0]!.quotes[0]!.translation = '';
    expect(validateDocument(document, { sourceText }).problems).toEqual([]);
  });

  it('accepts a language tag with a region, "en-GB"', () => {
    const document = structuredClone(english);
    document.source.language = 'en-GB';
    expect(validateDocument(document, { sourceText }).problems).toEqual([]);
  });
});

describe('validateDocument, on a source in Arabic', () => {
  it('still wants every quote translated and every title in Arabic, naming event and field', () => {
    const document = structuredClone(seed);
    delete document.events[0]!.quotes[0]!.translation;
    document.events[1]!.quotes[0]!.translation = ' ';
    delete (document.events[2]!.title as { ar?: string }).ar;
    const { document: valid, problems } = validateDocument(document, { sourceText: seedText });
    expect(problems.map(formatProblem)).toEqual([
      `event "${seed.events[0]!.id}" (events[0]) › quotes[0].translation: is missing: a quote needs an English translation unless the source is in English`,
      `event "${seed.events[1]!.id}" (events[1]) › quotes[0].translation: is empty: a quote needs an English translation unless the source is in English`,
      `event "${seed.events[2]!.id}" (events[2]) › title.ar: is missing: required unless the source is in English`,
    ]);
    expect(valid!.events).toHaveLength(seed.events.length - 3);
  });

  it('treats a source in another language as needing translation as well', () => {
    const document = structuredClone(english);
    document.source.language = 'fr';
    const paths = validateDocument(document, { sourceText }).problems.map((problem) => problem.path);
    expect(paths).toContain('/events/0/quotes/0/translation');
    expect(paths).toContain('/events/0/title/ar');
  });
});

describe('titleIn', () => {
  it('gives the Arabic title in the Arabic interface when there is one, else the English one, saying so', () => {
    const { document } = validateDocument(english, { sourceText });
    const [withoutArabic, withArabic] = [document!.events[0]!, document!.events[1]!];
    expect(titleIn(withoutArabic, 'ar')).toEqual({ text: withoutArabic.title.en, lang: 'en' });
    expect(titleIn(withArabic, 'ar')).toEqual({ text: withArabic.title.ar, lang: 'ar' });
    expect(titleIn(withArabic, 'en')).toEqual({ text: withArabic.title.en, lang: 'en' });
  });
});

describe('validateDocument, on the relay flag', () => {
  it('reads a weekday of a non-relay report as on or before its dateline', () => {
    // "officials said on Sunday", printed on Sunday 21 December: the same day.
    expect(english.source.relay).toBe(false);
    expect(english.events[0]!.time).toMatchObject({ start: '2025-12-21', basis: { weekday: 'sunday' } });
    expect(validateDocument(english, { sourceText }).problems).toEqual([]);
  });

  it('reads the same weekday as before the report when the source is a relay, or does not say', () => {
    for (const relay of [true, undefined]) {
      const document = structuredClone(english);
      if (relay === undefined) delete document.source.relay;
      else document.source.relay = relay;
      const problems = validateDocument(document, { sourceText }).problems.map(formatProblem);
      expect(problems).toContain(
        `event "drones-strike-odesa" (events[0]) › time.start: is 2025-12-21, but the article's wording resolves it to 2025-12-14`,
      );
    }
  });
});

describe('validateDocument, on a broken event with no Arabic title', () => {
  it('reports the missing Arabic title with its other problems for an Arabic source only', () => {
    for (const [document, text, expected] of [
      [structuredClone(seed), seedText, true],
      [structuredClone(english), sourceText, false],
    ] as const) {
      delete (document.events[0]!.title as { ar?: string }).ar;
      delete (document.events[0] as { status?: string }).status;
      const paths = validateDocument(document, { sourceText: text }).problems.map((problem) => problem.path);
      expect(paths.includes('/events/0/title/ar')).toBe(expected);
      expect(paths).toContain('/events/0/status');
    }
  });
});
