import MiniSearch from 'minisearch';
import type { CalendarDate } from '../calendar/calendarDate.ts';
import { dayNumber } from '../calendar/calendarDate.ts';
import { hourOf } from '../timeline/toTimelineItems.ts';
import type { Actor, LocalizedText, PartOfDay, TimelineEvent } from '../types.ts';
import { searchWords, wordVariants } from './searchTerms.ts';

/** What search reads of an event: its words, and its day to put the matches in time order. */
export type SearchableEvent = Pick<
  TimelineEvent,
  'id' | 'title' | 'participants' | 'quotes' | 'place' | 'attribution' | 'time'
>;

/** An event known only by its title and day: an archive's event whose part is not fetched yet. */
export interface TitledEntry {
  id: string;
  title: LocalizedText;
  time: { start?: CalendarDate; partOfDay?: PartOfDay };
}

export interface SearchResult {
  /** Every matching event, in time order (undated last). */
  ids: string[];
  /** Those of `ids` matched by their title alone: events not loaded yet. */
  byTitleOnly: string[];
  /** How many events the index knows by their title alone: a search could not look in their quotes. */
  titleOnlyCount: number;
}

export interface SearchOptions {
  /** The position of an event in the timeline's own order (`ItemSpec.order`); default: by day and part of day. */
  orderOf?: (id: string) => number | undefined;
}

interface SearchDocument {
  id: string;
  title: string;
  quotes?: string;
  people?: string;
  place?: string;
  attribution?: string;
}

const FIELDS = ['title', 'quotes', 'people', 'place', 'attribution'] as const;

/**
 * Full-text search over events, in Arabic and English, with MiniSearch doing the indexing and
 * scoring and our normaliser deciding what a word is: each word is indexed with the forms it has
 * without its attached particles (see `wordVariants`), and each word of a query matches any of
 * its own forms, as a prefix (as-you-type), every word required.
 */
export class EventSearch {
  readonly #actors: ReadonlyMap<string, Actor>;
  readonly #index = new MiniSearch<SearchDocument>({
    fields: [...FIELDS],
    storeFields: [],
    tokenize: searchWords,
    processTerm: wordVariants,
    searchOptions: {
      // Query words are already normalised, and their forms are built below, once.
      processTerm: (term) => term,
      // One letter would match most of an archive, and cost as much to list.
      prefix: (term) => term.length >= 2,
      boost: { title: 2 },
    },
  });
  /** Time order: day × 24 + hour, so that sorting compares numbers. */
  readonly #keys = new Map<string, number>();
  readonly #titleOnly = new Set<string>();

  constructor(actors: ReadonlyMap<string, Actor>) {
    this.#actors = actors;
  }

  get size(): number {
    return this.#keys.size;
  }

  /** Indexes an event in full; one known by its title alone so far is replaced. */
  add(event: SearchableEvent): void {
    if (this.#keys.has(event.id)) {
      if (!this.#titleOnly.has(event.id)) return;
      this.#index.discard(event.id);
      this.#titleOnly.delete(event.id);
    }
    const names = event.participants.flatMap(({ actor }) => {
      const known = this.#actors.get(actor);
      return known ? [known.name.en, known.name.ar] : [actor];
    });
    this.#index.add({
      id: event.id,
      title: both(event.title),
      quotes: event.quotes.map((quote) => `${quote.text}\n${quote.translation}`).join('\n'),
      people: names.join('\n'),
      place: event.place ? both(event.place) : '',
      attribution: both(event.attribution),
    });
    this.#keys.set(event.id, timeKey(event.time));
  }

  /** Indexes an event by its title alone, until `add` gives it in full. */
  addTitle(entry: TitledEntry): void {
    if (this.#keys.has(entry.id)) return;
    this.#index.add({ id: entry.id, title: both(entry.title) });
    this.#keys.set(entry.id, timeKey(entry.time));
    this.#titleOnly.add(entry.id);
  }

  search(query: string, { orderOf }: SearchOptions = {}): SearchResult {
    const words = searchWords(query);
    const titleOnlyCount = this.#titleOnly.size;
    if (words.length === 0) return { ids: [], byTitleOnly: [], titleOnlyCount };
    const hits = this.#index.search({
      combineWith: 'AND',
      queries: words.map((word) => ({ combineWith: 'OR', queries: wordVariants(word) })),
    });
    const ids = hits.map((hit) => hit.id as string);
    const keyOf = orderOf ? (id: string) => orderOf(id) ?? Infinity : (id: string) => this.#keys.get(id)!;
    const keys = new Map(ids.map((id) => [id, keyOf(id)]));
    ids.sort((a, b) => keys.get(a)! - keys.get(b)! || (a < b ? -1 : a > b ? 1 : 0));
    return { ids, byTitleOnly: ids.filter((id) => this.#titleOnly.has(id)), titleOnlyCount };
  }
}

function both(text: LocalizedText): string {
  return `${text.en}\n${text.ar}`;
}

function timeKey(time: { start?: CalendarDate; partOfDay?: PartOfDay }): number {
  return time.start ? dayNumber(time.start) * 24 + hourOf(time.partOfDay) : Infinity;
}
