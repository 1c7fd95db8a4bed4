import { describe, expect, it } from 'vitest';
import { escapeIcalText, foldIcalLine } from '../../src/export/icalText.ts';

const octets = (text: string) => new TextEncoder().encode(text).length;

describe('escapeIcalText', () => {
  it('escapes backslashes, semicolons, commas and every kind of line break', () => {
    expect(escapeIcalText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });
});

describe('foldIcalLine', () => {
  it('leaves a line of 75 octets whole, and ends it with CRLF', () => {
    const line = `SUMMARY:${'x'.repeat(67)}`;
    expect(foldIcalLine(line)).toBe(`${line}\r\n`);
  });

  it('folds longer lines into lines of at most 75 octets, continued by a space', () => {
    const line = `DESCRIPTION:${'abc '.repeat(60)}`;
    const folded = foldIcalLine(line);
    const physical = folded.split('\r\n').slice(0, -1);
    expect(physical.length).toBeGreaterThan(3);
    for (const part of physical) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(physical.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(physical.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
  });

  it('never splits an Arabic letter or a character outside the BMP across lines', () => {
    const line = `SUMMARY:${'عراقجي 😀 '.repeat(30)}`;
    const physical = foldIcalLine(line).split('\r\n').slice(0, -1);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const part of physical) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      // A line that began or ended inside a sequence would not decode on its own.
      expect(decoder.decode(new TextEncoder().encode(part))).toBe(part);
      expect(part).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
    expect(physical.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
  });
});
