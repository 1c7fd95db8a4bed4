import { describe, expect, it } from 'vitest';
import { checkArchiveSteps, hasDay } from '../../src/archive/archive.ts';
import { archiveTitleEntries } from '../../src/search/archiveTitles.ts';
import { buildEventSearch } from '../../src/search/buildEventSearch.ts';
import { drain } from '../../src/util/turns.ts';
import { generateArchive } from '../../bench/generate.ts';

describe('archiveTitleEntries', () => {
  const { archive: json } = generateArchive(40, 7);
  const { archive } = drain(checkArchiveSteps(JSON.parse(JSON.stringify(json))));
  const index = archive!.index;

  it('gives each position with a title its id and days, and leaves out those without', () => {
    const titles = index.ids.map((id, i) =>
      i % 2 === 0 ? { en: `Event ${id}`, ar: `حدث رقم ${i}` } : undefined,
    );
    const entries = [...archiveTitleEntries(index, (i) => titles[i])];
    expect(entries.map((entry) => entry.id)).toEqual(index.ids.filter((_, i) => i % 2 === 0));
    expect(entries[0]!.title).toEqual(titles[0]);
  });

  it('feeds a search that finds those events by title alone, in time order', () => {
    const entries = archiveTitleEntries(index, (i) => ({
      en: i < 5 ? 'Muscat talks' : 'Other',
      ar: 'عنوان',
    }));
    const search = buildEventSearch([], archive!.actors, { titles: entries });
    const result = search.search('muscat');
    expect([...result.ids].sort()).toEqual(index.ids.slice(0, 5).sort());
    expect(result.byTitleOnly).toEqual(result.ids);
    const days = result.ids.map((id) => {
      const day = index.start[index.ids.indexOf(id)]!;
      return hasDay(day) ? day : Infinity;
    });
    expect(days).toEqual([...days].sort((a, b) => a - b));
    expect(result.titleOnlyCount).toBe(index.ids.length);
  });
});
