import { describe, expect, it } from 'vitest';
import { charactersAfter, charactersBefore, codePointOffset } from '../../src/export/codePointOffset.ts';

describe('codePointOffset', () => {
  it('is the UTF-16 offset itself when every character is in the BMP', () => {
    expect(codePointOffset('قال عراقجي', 4)).toBe(4);
  });

  it('counts a character outside the BMP once, where UTF-16 counts it twice', () => {
    const text = 'a😀b𝐀c';
    expect(codePointOffset(text, text.indexOf('b'))).toBe(2);
    expect(codePointOffset(text, text.indexOf('c'))).toBe(4);
    expect(codePointOffset(text, text.length)).toBe([...text].length);
  });

  it('counts a pair as passed when the offset falls inside it, and stops at the end of the text', () => {
    expect(codePointOffset('😀x', 1)).toBe(1);
    expect(codePointOffset('ab', 10)).toBe(2);
  });
});

describe('charactersBefore and charactersAfter', () => {
  it('take whole characters, never half of a surrogate pair', () => {
    const text = '😀😀abc😀😀';
    expect(charactersBefore(text, 4, 1)).toBe('😀');
    expect(charactersBefore(text, 5, 3)).toBe('😀😀a');
    expect(charactersAfter(text, 7, 2)).toBe('😀😀');
    expect(charactersAfter(text, 4, 4)).toBe('abc😀');
  });
});
