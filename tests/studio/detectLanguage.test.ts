import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/studio/detectLanguage.ts';
import { seedText } from './helpers.ts';

describe('detectLanguage', () => {
  it('finds Arabic in the seed article, whose dateline and quoted names are not Arabic', () => {
    expect(detectLanguage(seedText)).toBe('ar');
  });

  it('finds English in an English report that quotes an Arabic name', () => {
    expect(
      detectLanguage('Turkish foreign minister Hakan Fidan (هاكان فيدان) hosted his Iranian counterpart.'),
    ).toBe('en');
  });

  it('says nothing about a text without letters', () => {
    expect(detectLanguage('07 - 02 - 2026 …')).toBeNull();
  });
});
