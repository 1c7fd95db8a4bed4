import { describe, expect, it } from 'vitest';
import type { ArchiveJson } from '../../src/archive/archive.ts';
import { checkArchiveSteps, hasDay } from '../../src/archive/archive.ts';
import { archiveTitleEntries } from '../../src/search/archiveTitles.ts';
import { buildEventSearch } from '../../src/search/buildEventSearch.ts';
import { drain } from '../../src/util/turns.ts';
import { generateArchive } from '../../bench/generate.ts';

const { archive: json } = generateArchive(40, 7, 1_000, { titles: true });

/** The generated archive checked, its title column first changed by `change`. */
function indexWith(change: (title: NonNullable<ArchiveJson['index']['title']>) => void = () => {}) {
  const copy = structuredClone(json);
  change(copy.index.title!);
  return drain(checkArchiveSteps(copy)).archive!;
}

describe('archiveTitleEntries', () => {
  it('gives each event the title its index holds, with its id and days', () => {
    const archive = indexWith();
    const entries = [...archiveTitleEntries(archive.index)];
    expect(entries.map((entry) => entry.id)).toEqual(archive.index.ids);
    const [en, ar] = json.index.title![0]!;
    expect(entries[0]).toMatchObject({ id: json.index.id[0], title: { en, ar } });
  });

  it('gives none when the index has no title column', () => {
    const { archive: untitled } = generateArchive(40, 7);
    const { archive } = drain(checkArchiveSteps(structuredClone(untitled)));
    expect([...archiveTitleEntries(archive!.index)]).toEqual([]);
  });

  it('leaves out an event with no title in either language, and keeps one in a single language', () => {
    const archive = indexWith((title) => {
      title[1] = [null, null];
      title[2] = [null, 'محادثات مسقط'];
      title[3] = ['Muscat talks'];
    });
    const entries = [...archiveTitleEntries(archive.index)];
    expect(entries.map((entry) => entry.id)).not.toContain(json.index.id[1]);
    const byId = new Map(entries.map((entry) => [entry.id, entry.title]));
    expect(byId.get(json.index.id[2]!)).toEqual({ ar: 'محادثات مسقط' });
    expect(byId.get(json.index.id[3]!)).toEqual({ en: 'Muscat talks' });
  });

  it('feeds a search that finds those events by title alone, in time order', () => {
    const archive = indexWith((title) =>
      title.forEach((_, i) => (title[i] = i < 5 ? ['Muscat talks', 'محادثات مسقط'] : ['Other'])),
    );
    const { index } = archive;
    const search = buildEventSearch([], archive.actors, { titles: archiveTitleEntries(index) });
    const result = search.search('muscat');
    expect([...result.ids].sort()).toEqual(index.ids.slice(0, 5).sort());
    expect(search.search('مسقط').ids).toEqual(result.ids);
    expect(result.byTitleOnly).toEqual(result.ids);
    const days = result.ids.map((id) => {
      const day = index.start[index.ids.indexOf(id)]!;
      return hasDay(day) ? day : Infinity;
    });
    expect(days).toEqual([...days].sort((a, b) => a - b));
    expect(result.titleOnlyCount).toBe(index.ids.length);
  });
});
