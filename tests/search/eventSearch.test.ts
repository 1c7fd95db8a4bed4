import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../src/calendar/calendarDate.ts';
import { buildEventSearch, buildEventSearchSteps } from '../../src/search/buildEventSearch.ts';
import { EventSearch } from '../../src/search/eventSearch.ts';
import { drainInTurns, Slicer } from '../../src/util/turns.ts';
import { loadArticle } from '../fixtures/article.ts';

const { document } = loadArticle();
const actors = new Map(document.actors.map((actor) => [actor.id, actor]));
const search = buildEventSearch(document.events, actors);
const find = (query: string) => search.search(query).ids;

describe('EventSearch', () => {
  it('finds a name typed without its hamza or diacritics, in titles and participants', () => {
    // «عراقجي» is a participant of two events and named in their titles.
    expect(find('عراقجي')).toEqual(['fidan-hosts-araghchi', 'araghchi-cnn-interview']);
    expect(find('خامنئي')).toEqual(find('خامنيي'));
    expect(find('خامنئي')).toContain('khamenei-tehran-speech');
  });

  it('finds English names whatever their case, through the actors of the event', () => {
    expect(find('ARAGHCHI')).toEqual(find('araghchi'));
    expect(find('araghchi')).toContain('fidan-hosts-araghchi');
  });

  it('finds a word written with an attached «و», «ب» or «ال» when typed bare, and the reverse', () => {
    const bare = find('ترامب');
    expect(bare.length).toBeGreaterThan(2);
    // The article writes «لترامب» nowhere, but searching with the particle still finds the name.
    expect(find('لترامب')).toEqual(bare);
    expect(find('الرئاسة')).toEqual(find('رئاسه'));
  });

  it('matches the last word as a prefix, as a reader types', () => {
    expect(find('عراق')).toEqual(expect.arrayContaining(find('عراقجي')));
    expect(find('arag')).toEqual(find('araghchi'));
  });

  it('requires every word of the query', () => {
    const both = find('ترامب طائرة');
    expect(both).toEqual(['trump-air-force-one-remarks']);
  });

  it('searches quotes and their translations', () => {
    const quoted = document.events.find((event) => event.id === 'trump-air-force-one-remarks')!;
    const word = quoted.quotes[0]!.translation!.split(/\W+/).find((w) => w.length > 6)!;
    expect(find(word)).toContain('trump-air-force-one-remarks');
  });

  it('lists matches in time order, undated ones last', () => {
    const ids = find('iran');
    const byId = new Map(document.events.map((event) => [event.id, event]));
    const days = ids.map((id) => {
      const start = byId.get(id)!.time.start;
      return start ? dayNumber(start) : Infinity;
    });
    expect(ids.length).toBeGreaterThan(3);
    expect(days).toEqual([...days].sort((a, b) => a - b));
    expect(days.at(-1)).toBe(Infinity);
  });

  it('follows the order it is given for the timeline', () => {
    const ids = find('iran');
    const reversed = new Map(ids.map((id, i) => [id, -i]));
    expect(search.search('iran', { orderOf: (id) => reversed.get(id) }).ids).toEqual([...ids].reverse());
  });

  it('finds nothing for an empty or punctuation-only query', () => {
    expect(find('')).toEqual([]);
    expect(find(' «» ')).toEqual([]);
  });

  it('finds events known by their title alone, and says which', () => {
    const partial = new EventSearch(actors);
    partial.add(document.events[0]!);
    partial.addTitle({ id: 'later', title: { en: 'Araghchi in Muscat', ar: 'عراقجي في مسقط' }, time: {} });
    const result = partial.search('عراقجي');
    expect(result.ids).toEqual([document.events[0]!.id, 'later']);
    expect(result.byTitleOnly).toEqual(['later']);
    expect(result.titleOnlyCount).toBe(1);
  });

  it('replaces a title-only entry when its event arrives in full, and ignores a title for an event it has', () => {
    const partial = new EventSearch(actors);
    const event = document.events.find((e) => e.id === 'trump-air-force-one-remarks')!;
    partial.addTitle({ id: event.id, title: { en: 'x', ar: 'س' }, time: {} });
    partial.add(event);
    partial.addTitle({ id: event.id, title: { en: 'zebra', ar: 'س' }, time: {} });
    expect(partial.search('zebra').ids).toEqual([]);
    expect(partial.search('طائرة').ids).toEqual([event.id]);
    expect(partial.search('طائرة').titleOnlyCount).toBe(0);
    expect(partial.size).toBe(1);
  });
});

describe('buildEventSearchSteps', () => {
  it('pauses once every `every` events and builds the same index as at once', () => {
    const steps = buildEventSearchSteps(document.events, actors, { every: 4 });
    let pauses = 0;
    let step = steps.next();
    while (!step.done) {
      pauses++;
      step = steps.next();
    }
    expect(pauses).toBe(Math.floor(document.events.length / 4));
    expect(step.value.search('ترامب').ids).toEqual(find('ترامب'));
  });

  it('builds in turns with the page, and stops when its signal aborts', async () => {
    const built = await drainInTurns(
      buildEventSearchSteps(document.events, actors, { every: 1 }),
      new Slicer({ sliceMs: 0 }),
    );
    expect(built.search('عراقجي').ids).toEqual(find('عراقجي'));
    const controller = new AbortController();
    const building = drainInTurns(
      buildEventSearchSteps(document.events, actors, { every: 1 }),
      new Slicer({ sliceMs: 0, signal: controller.signal }),
    );
    controller.abort(new Error('the element was removed'));
    await expect(building).rejects.toThrow('the element was removed');
  });

  it('rejects a slice size that is not a positive number', () => {
    expect(() => buildEventSearch([], actors, { every: 0 })).toThrow('invalid every: 0');
  });
});
