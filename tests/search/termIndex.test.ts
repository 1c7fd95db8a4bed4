import { describe, expect, it } from 'vitest';
import { TermIndex } from '../../src/search/termIndex.ts';

function indexOf(entries: string[][]): TermIndex {
  const index = new TermIndex();
  for (const terms of entries) {
    const position = index.next();
    for (const term of terms) index.add(position, term);
  }
  return index;
}

describe('TermIndex', () => {
  const index = indexOf([['talks', 'ankara'], ['talk', 'doha'], ['ankara', 'ankara'], ['tal']]);

  it('finds a term exactly, or every term it starts', () => {
    expect(index.matchAll([['talk']], false)).toEqual([1]);
    expect(index.matchAll([['talk']], true).sort()).toEqual([0, 1]);
    expect(index.matchAll([['ta']], true).sort()).toEqual([0, 1, 3]);
  });

  it('matches a single letter only exactly, even as a prefix', () => {
    expect(index.matchAll([['t']], true)).toEqual([]);
  });

  it('requires every group and any form of a group, listing each position once', () => {
    expect(index.matchAll([['ankara'], ['talk', 'tal']], true)).toEqual([0]);
    expect(index.matchAll([['doha', 'ankara']], false).sort()).toEqual([0, 1, 2]);
    expect(index.matchAll([['ankara'], ['doha']], false)).toEqual([]);
  });

  it('finds nothing for no groups, and counts the positions given out', () => {
    expect(index.matchAll([], true)).toEqual([]);
    expect(index.size).toBe(4);
  });
});
