import type { CalendarDate } from '../calendar/calendarDate.ts';
import { dayNumber } from '../calendar/calendarDate.ts';
import { hourOf } from '../timeline/toTimelineItems.ts';
import type { Actor, LocalizedText, PartOfDay, TimelineEvent } from '../types.ts';
import { searchWords, wordVariants } from './searchTerms.ts';
import { TermIndex } from './termIndex.ts';

/** What search reads of an event: its words, and its day to put the matches in time order. */
export type SearchableEvent = Pick<
  TimelineEvent,
  'id' | 'title' | 'participants' | 'quotes' | 'place' | 'attribution' | 'time'
>;

/** An event known only by its title and day: an archive's event whose part is not fetched yet. */
export interface TitledEntry {
  id: string;
  /** In one language or both: an archive's index may give either. */
  title: Partial<LocalizedText>;
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
  /** Match each word as the start of a word (as-you-type). Default true. */
  prefix?: boolean;
}

/**
 * Full-text search over events, in Arabic and English: title, quotes and their translations,
 * participants' names, place and attribution. Each word is indexed with the forms it has without
 * its attached particles (see `wordVariants`); each word of a query matches any of its own forms,
 * as the start of a word, and every word of the query is required.
 */
export class EventSearch {
  readonly #actors: ReadonlyMap<string, Actor>;
  readonly #terms = new TermIndex();
  readonly #ids: string[] = [];
  /** Time order: day × 24 + hour, so that sorting compares numbers; undated: Infinity. */
  readonly #keys: number[] = [];
  readonly #positions = new Map<string, number>();
  readonly #titleOnly = new Set<number>();

  constructor(actors: ReadonlyMap<string, Actor>) {
    this.#actors = actors;
  }

  /** How many events the index knows, in full or by title. */
  get size(): number {
    return this.#ids.length;
  }

  /** Indexes an event in full; one known by its title alone so far gets the rest of its words. */
  add(event: SearchableEvent): void {
    let position = this.#positions.get(event.id);
    if (position === undefined) position = this.#place(event.id, event.time);
    else if (!this.#titleOnly.delete(position)) return;
    this.#addText(position, event.title.en, event.title.ar, event.attribution.en, event.attribution.ar);
    if (event.place) this.#addText(position, event.place.en, event.place.ar);
    for (const quote of event.quotes) this.#addText(position, quote.text, quote.translation);
    for (const { actor } of event.participants) {
      const known = this.#actors.get(actor);
      if (known) this.#addText(position, known.name.en, known.name.ar);
      else this.#addText(position, actor);
    }
  }

  /** Indexes an event by its title alone, until `add` gives it in full. */
  addTitle(entry: TitledEntry): void {
    if (this.#positions.has(entry.id)) return;
    const position = this.#place(entry.id, entry.time);
    this.#titleOnly.add(position);
    this.#addText(position, entry.title.en, entry.title.ar);
  }

  search(query: string, { orderOf, prefix = true }: SearchOptions = {}): SearchResult {
    const groups = searchWords(query).map(wordVariants);
    const found = this.#terms.matchAll(groups, prefix);
    // Keys by position in an array, not a map: a short prefix can match most of an archive.
    const keys = orderOf ? new Float64Array(this.#ids.length) : this.#keys;
    if (orderOf) for (const position of found) keys[position] = orderOf(this.#ids[position]!) ?? Infinity;
    found.sort((a, b) => keys[a]! - keys[b]! || compareIds(this.#ids[a]!, this.#ids[b]!));
    return {
      ids: found.map((position) => this.#ids[position]!),
      byTitleOnly: found.filter((position) => this.#titleOnly.has(position)).map((p) => this.#ids[p]!),
      titleOnlyCount: this.#titleOnly.size,
    };
  }

  #place(id: string, time: { start?: CalendarDate; partOfDay?: PartOfDay }): number {
    const position = this.#terms.next();
    this.#ids.push(id);
    this.#keys.push(time.start ? dayNumber(time.start) * 24 + hourOf(time.partOfDay) : Infinity);
    this.#positions.set(id, position);
    return position;
  }

  #addText(position: number, ...texts: (string | undefined)[]): void {
    for (const text of texts) {
      // An English source's Arabic title and its quotes' translations may be absent.
      if (text === undefined) continue;
      for (const word of searchWords(text)) {
        for (const form of wordVariants(word)) this.#terms.add(position, form);
      }
    }
  }
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
