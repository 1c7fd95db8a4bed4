import { describe, expect, it } from 'vitest';
import { FIND_STRINGS } from '../../src/i18n/findStrings.ts';

describe('FIND_STRINGS', () => {
  it('counts matches in English, one and many, with grouped thousands', () => {
    expect(FIND_STRINGS.en.matches(0)).toBe('No matches');
    expect(FIND_STRINGS.en.matches(1)).toBe('1 match');
    expect(FIND_STRINGS.en.matches(1234)).toBe('1,234 matches');
  });

  it('counts matches in Arabic with the noun agreeing with its number', () => {
    expect(FIND_STRINGS.ar.matches(0)).toBe('لا نتائج');
    expect(FIND_STRINGS.ar.matches(1)).toBe('نتيجة واحدة');
    expect(FIND_STRINGS.ar.matches(2)).toBe('نتيجتان');
    expect(FIND_STRINGS.ar.matches(3)).toBe('3 نتائج');
    expect(FIND_STRINGS.ar.matches(12)).toBe('12 نتيجةً');
    expect(FIND_STRINGS.ar.matches(100)).toBe('100 نتيجة');
  });

  it('says how many of all the events the filters show, in both languages', () => {
    expect(FIND_STRINGS.en.shownOf(12, 40)).toBe('12 of 40 shown');
    expect(FIND_STRINGS.ar.shownOf(12, 40)).toBe('يُعرض 12 من 40');
  });

  it('names every status group in both languages', () => {
    for (const lang of ['en', 'ar'] as const) {
      expect(Object.keys(FIND_STRINGS[lang].statusGroup).sort()).toEqual([
        'background',
        'occurred',
        'planned',
      ]);
    }
  });
});
