import { describe, expect, it } from 'vitest';
import { trimSpan } from '../../src/studio/selectionOffsets.ts';
import { seedDocument, seedText } from './helpers.ts';

describe('trimSpan', () => {
  it('drops the spaces around a selected word and keeps the words verbatim', () => {
    const text = 'The envoy  met  them.';
    expect(trimSpan(text, 3, 11)).toEqual({ start: 4, end: 9, text: 'envoy' });
  });

  it('gives the same offsets as the seed document for the same words', () => {
    const quote = seedDocument.events[0]!.quotes[0]!;
    expect(trimSpan(seedText, quote.start - 1, quote.end)).toEqual({
      start: quote.start,
      end: quote.end,
      text: quote.text,
    });
  });

  it('accepts a selection made backwards', () => {
    expect(trimSpan('abc def', 7, 4)).toEqual({ start: 4, end: 7, text: 'def' });
  });

  it('counts in UTF-16 units, as the format does, past characters outside the BMP', () => {
    const text = '😀 Fidan';
    expect(trimSpan(text, 2, 8)).toEqual({ start: 3, end: 8, text: 'Fidan' });
  });

  it('finds nothing in a selection of spaces only', () => {
    expect(trimSpan('a   b', 1, 4)).toBeNull();
  });
});
