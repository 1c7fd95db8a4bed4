import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkLanguageTag } from '../../src/validate/checkLanguageTag.ts';
import { formatProblem } from '../../src/validate/formatProblem.ts';
import { validateDocument } from '../../src/validate/validateDocument.ts';

const sourceText = readFileSync(new URL('../../events/sources/ankara-talks.ar.txt', import.meta.url), 'utf8');
const seed = JSON.parse(readFileSync(new URL('../../events/ankara-talks.json', import.meta.url), 'utf8')) as {
  events: { id: string; quotes: { spokenIn?: unknown }[] }[];
};

describe('checkLanguageTag', () => {
  it.each(['en', 'fa', 'fa-IR', 'zh-Hant-TW', 'ar-EG'])('accepts %s', (tag) => {
    expect(checkLanguageTag(tag)).toBeUndefined();
  });

  it.each(['en-x', 'en-US-US-', 'e', 'english language'])('refuses %s', (tag) => {
    expect(checkLanguageTag(tag)).toBe(
      `must be a well-formed BCP 47 language code such as "en" or "fa", not "${tag}"`,
    );
  });
});

describe('quotes[].spokenIn', () => {
  function withSpokenIn(value: unknown) {
    const document = structuredClone(seed);
    const at = document.events.findIndex((event) => event.id === 'trump-air-force-one-remarks');
    document.events[at]!.quotes[0]!.spokenIn = value;
    const { document: valid, problems } = validateDocument(document, { sourceText });
    return { at, ids: valid?.events.map((event) => event.id) ?? [], lines: problems.map(formatProblem) };
  }

  it('keeps the language a quote was spoken in', () => {
    const { document } = validateDocument(seed, { sourceText });
    const trump = document!.events.find((event) => event.id === 'trump-air-force-one-remarks')!;
    expect(trump.quotes[0]!.spokenIn).toBe('en');
  });

  it('names the event and the field of a code that is not a language code, and leaves that event out', () => {
    const { at, ids, lines } = withSpokenIn('English');
    expect(lines).toEqual([
      `event "trump-air-force-one-remarks" (events[${at}]) › quotes[0].spokenIn: must be a BCP 47 language code such as "en" or "fa", not "English"`,
    ]);
    expect(ids).not.toContain('trump-air-force-one-remarks');
  });

  it('refuses a code shaped like one that is not well formed', () => {
    const { at, lines } = withSpokenIn('en-x');
    expect(lines).toEqual([
      `event "trump-air-force-one-remarks" (events[${at}]) › quotes[0].spokenIn: must be a well-formed BCP 47 language code such as "en" or "fa", not "en-x"`,
    ]);
  });
});
