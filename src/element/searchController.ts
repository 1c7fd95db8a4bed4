import { entryOf, titleAt } from '../archive/archive.ts';
import { h, isolated } from '../dom/h.ts';
import { titleIn } from '../card/eventTitle.ts';
import { listen } from '../dom/listen.ts';
import { formatEventTime } from '../format/formatDay.ts';
import type { FindStrings } from '../i18n/findStrings.ts';
import type { LoadedArchive } from '../load/types.ts';
import type { EventTime } from '../types.ts';
import { FIND_STRINGS } from '../i18n/findStrings.ts';
import type { Lang } from '../i18n/strings.ts';
import type { EventSearch, SearchResult } from '../search/eventSearch.ts';
import type { TimelineModel } from '../timeline/toTimelineItems.ts';
import { drainInTurns, Slicer, whenIdle } from '../util/turns.ts';
import { loadSearchIndex } from './loadSearchIndex.ts';
import type { Controller } from './controllers.ts';
import { TimelineSearchEvent } from './events.ts';
import type { TimelineHost } from './TimelineHost.ts';

/** Typing pauses this long before a search runs: a three-letter prefix can match much of an archive. */
const DEBOUNCE_MS = 200;
/** Matches listed under the field; the count says how many there are in all. */
const LISTED = 20;

/**
 * The search field of the toolbar: matches marked in the drawing (`dt-match`), counted
 * politely, listed under the toolbar, and walked with Enter and Shift+Enter in time order.
 * The index is built in turns after each load, never in one long task.
 */
export class SearchController implements Controller {
  readonly #host: TimelineHost;
  #query = '';
  #index: EventSearch | null = null;
  /** The model the index was built (or is being built) for. */
  #indexFor: TimelineModel | null = null;
  #building: AbortController | null = null;
  /** Starts building the index now, when a build is waiting for the page to be idle. */
  #buildNow: (() => void) | null = null;
  #orderOf: Map<string, number> | null = null;
  #result: SearchResult | null = null;
  /** The query `#result` is for: the same query run again (a part arrived) keeps the match walked to. */
  #resultFor = '';
  /** The matches the filters let through, in time order. */
  #matches: string[] = [];
  #matchSet: ReadonlySet<string> = new Set();
  #current = -1;
  #timer = 0;
  #input: HTMLInputElement | null = null;
  #results: HTMLElement | null = null;
  #status: HTMLElement | null = null;
  #list: HTMLElement | null = null;

  constructor(host: TimelineHost) {
    this.#host = host;
  }

  get #strings(): FindStrings {
    return FIND_STRINGS[this.#host.lang];
  }

  get query(): string {
    return this.#query;
  }

  /** Searches for `query` now (the `search` attribute or property). */
  set query(query: string) {
    if (this.#input && this.#input.value !== query) this.#input.value = query;
    if (query === this.#query) return;
    this.#query = query;
    this.#run();
  }

  /** The matches shown, in time order. */
  get matches(): readonly string[] {
    return this.#matches;
  }

  hostConnected(signal: AbortSignal): void {
    const host = this.#host;
    const strings = this.#strings;
    const { toolbar } = host.parts;
    const input = h('input', {
      type: 'search',
      part: 'search',
      class: 'dt-search',
      'aria-label': strings.search,
      'aria-describedby': 'dt-search-help',
      placeholder: strings.searchPlaceholder,
      enterkeyhint: 'search',
      autocomplete: 'off',
      spellcheck: 'false',
    });
    input.value = this.#query;
    input.hidden = host.element.hasAttribute('hide-search');
    const help = h('span', { id: 'dt-search-help', class: 'dt-visually-hidden' }, strings.walkHelp);
    // The live region stays the same node: only its words change, so each count is read once.
    const status = h('p', { class: 'dt-search-count', role: 'status' });
    const list = h('div');
    const results = h(
      'section',
      { class: 'dt-search-results', part: 'search-results', 'aria-label': strings.results, hidden: true },
      status,
      list,
    );
    toolbar.append(input, help);
    toolbar.after(results);
    this.#input = input;
    this.#results = results;
    this.#status = status;
    this.#list = list;
    listen(
      input,
      'input',
      () => {
        clearTimeout(this.#timer);
        this.#timer = window.setTimeout(() => this.#typed(), DEBOUNCE_MS);
      },
      signal,
    );
    listen(input, 'keydown', (event) => this.#onKey(event), signal);
    // A reader about to type: the index need not wait for an idle page any longer.
    listen(input, 'focus', () => this.#buildNow?.(), signal);
    listen(
      results,
      'click',
      (event) => {
        const id = (event.target as Element).closest<HTMLElement>('[data-match]')?.dataset.match;
        if (!id) return;
        this.#current = this.#matches.indexOf(id);
        this.#focus(id);
        if (host.model?.items.some((item) => item.id === id)) host.parts.timeline.focus();
      },
      signal,
    );
    this.#render();
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#input = null;
    this.#results = null;
    this.#status = null;
    this.#list = null;
  }

  hostRemoved(): void {
    this.#building?.abort();
    this.#building = null;
    this.#buildNow = null;
    this.#index = null;
    this.#indexFor = null;
  }

  #typed(): void {
    const value = this.#input?.value ?? '';
    if (value === this.#query) return;
    this.#query = value;
    this.#run();
    // The attribute reflects the field (its change finds the query already run).
    if (value) this.#host.element.setAttribute('search', value);
    else this.#host.element.removeAttribute('search');
    this.#host.view.changed();
  }

  #onKey(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    // Enter before the pause after typing: search what is typed now.
    clearTimeout(this.#timer);
    this.#typed();
    this.walk(event.shiftKey ? -1 : 1);
  }

  /** Moves to the next match (or the previous, `step` -1), in time order, round the ends. */
  walk(step: 1 | -1): void {
    const count = this.#matches.length;
    if (count === 0) return;
    this.#current = this.#current < 0 && step < 0 ? count - 1 : (this.#current + step + count) % count;
    const id = this.#matches[this.#current]!;
    this.#focus(id);
    this.#host.announce(this.#strings.matchOf(this.#current + 1, count, this.#describe(id).text));
    this.#markCurrent();
  }

  /** Brings a match into view as the keyboard does: the active event, its tooltip shown. */
  #focus(id: string): void {
    const host = this.#host;
    if (host.model?.items.some((item) => item.id === id)) {
      host.keyboard.moveTo(id);
      return;
    }
    // An undated event has no place on the axis: its chip, or its details.
    const chip = host.parts.undated.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"]`);
    if (chip && chip.getClientRects().length > 0) chip.focus();
    else host.selection.select(id);
  }

  /** The data shown was drawn again: index it when it is new, and mark what matches. */
  afterDraw(): void {
    const model = this.#host.model;
    if (model && model !== this.#indexFor) this.#build(model);
    else this.#run();
  }

  /** An archive's events have arrived: their words join the index, and the search runs again. */
  added(ids: Iterable<string>): void {
    const index = this.#index;
    const model = this.#host.model;
    if (!index || !model || this.#indexFor !== model) return;
    for (const id of ids) {
      const event = model.events.get(id);
      if (event) index.add(event);
    }
    if (this.#query.trim()) this.#run();
  }

  #build(model: TimelineModel): void {
    this.#building?.abort();
    const building = new AbortController();
    this.#building = building;
    this.#indexFor = model;
    this.#index = null;
    this.#orderOf = null;
    const start = () => {
      if (this.#building !== building || this.#buildNow !== start) return;
      this.#buildNow = null;
      this.#drain(model, building);
    };
    this.#buildNow = start;
    this.#run();
    // Nobody is searching yet: the index waits until the drawing is final and the page idle, so
    // that its turns do not delay the first render (at 10,000 events they took ~400 ms of it).
    // A query, typed or set, or the field's focus, starts it at once (see #run).
    void this.#host.drawing.settled.then(() => whenIdle()).then(start);
  }

  #drain(model: TimelineModel, building: AbortController): void {
    const { signal } = building;
    loadSearchIndex()
      .then(({ archiveTitleEntries, buildEventSearchSteps }) => {
        signal.throwIfAborted();
        // An archive's events not fetched yet are searched by the titles its index gives, if any.
        const loaded = this.#host.loaded;
        const titles = loaded?.kind === 'archive' ? archiveTitleEntries(loaded.archive.index) : [];
        const steps = buildEventSearchSteps(model.events.values(), model.actors, { titles });
        // Ahead of need unless a query is waiting: input and drawing go first.
        return drainInTurns(steps, new Slicer({ signal, background: !this.#query.trim() }));
      })
      .then(
        (index) => {
          if (this.#building !== building) return;
          this.#building = null;
          // An archive's part that arrived as the last turn ended: its events are known by now.
          for (const event of model.events.values()) index.add(event);
          this.#index = index;
          this.#run();
        },
        () => {
          // Aborted (a newer load, or leaving the page, replaced this index), or the index's code
          // could not be fetched: the field stays, and finds nothing.
        },
      );
  }

  /** Time order: the timeline's own for dated events, then the undated in document order. */
  #order(model: TimelineModel): Map<string, number> {
    if (!this.#orderOf) {
      const order = new Map<string, number>();
      for (const item of model.items) order.set(item.id, item.order);
      model.undated.forEach((id, i) => order.set(id, model.items.length + i));
      this.#orderOf = order;
    }
    return this.#orderOf;
  }

  /** Searches the index for the query, marks and lists the matches, and says how many. */
  #run(): void {
    const host = this.#host;
    const model = host.model;
    const query = this.#query.trim();
    const previous = this.#result;
    if (query) this.#buildNow?.();
    const walked = query === this.#resultFor ? this.#matches[this.#current] : undefined;
    this.#resultFor = query;
    if (!query || !model || !this.#index) {
      this.#result = null;
      this.#matches = [];
    } else {
      const order = this.#order(model);
      this.#result = this.#index.search(query, { orderOf: (id) => order.get(id) });
      this.#matches = this.#result.ids.filter((id) => host.filter.passes(id));
    }
    this.#matchSet = new Set(this.#matches);
    this.#current = walked === undefined ? -1 : this.#matches.indexOf(walked);
    this.mark();
    this.#render();
    if (this.#result || previous) {
      const { ids = [], byTitleOnly = [], titleOnlyCount = 0 } = this.#result ?? {};
      host.element.dispatchEvent(new TimelineSearchEvent({ query, ids, byTitleOnly, titleOnlyCount }));
    }
  }

  /** Whether an event matches the search shown (drawn with `dt-match`). */
  isMatch(id: string): boolean {
    return this.#matchSet.has(id);
  }

  /** Brings the marks of the items already drawn up to date. */
  mark(): void {
    const { timeline } = this.#host.parts;
    for (const element of timeline.querySelectorAll<HTMLElement>('[data-event-id]')) {
      const match = this.#matchSet.has(element.dataset.eventId!);
      if (element.classList.contains('dt-match') !== match) element.classList.toggle('dt-match', match);
    }
  }

  #markCurrent(): void {
    const current = this.#matches[this.#current];
    for (const item of this.#results?.querySelectorAll<HTMLElement>('[data-match]') ?? []) {
      if (item.dataset.match === current) item.setAttribute('aria-current', 'true');
      else item.removeAttribute('aria-current');
    }
  }

  /** The count (a polite live region) and the first matches, as buttons that bring each into view. */
  #render(): void {
    const results = this.#results;
    const host = this.#host;
    const model = host.model;
    if (!results || !this.#status || !this.#list) return;
    const strings = this.#strings;
    const query = this.#query.trim();
    results.hidden = query === '';
    if (!query) {
      this.#status.textContent = '';
      this.#list.replaceChildren();
      return;
    }
    const lines: string[] = [this.#index ? strings.matches(this.#matches.length) : strings.indexing];
    const titleOnly = this.#result?.titleOnlyCount ?? 0;
    const notLoaded = model ? model.count - model.events.size - titleOnly : 0;
    if (titleOnly > 0) lines.push(strings.titlesOnly(titleOnly));
    if (notLoaded > 0) lines.push(strings.notSearched(notLoaded));
    // A dash between the count and what was not searched: joined by a space, they ran together.
    const text = lines.join(' — ');
    if (this.#status.textContent !== text) this.#status.textContent = text;
    const list = h(
      'ol',
      { class: 'dt-search-list' },
      ...this.#matches.slice(0, LISTED).map((id) => {
        const { text, lang, time } = this.#describe(id);
        const when = time ? formatEventTime(time, host.context()) : '';
        return h(
          'li',
          {},
          h(
            'button',
            { type: 'button', 'data-match': id },
            isolated(text, lang),
            when ? h('span', { class: 'dt-search-when' }, ` — ${when}`) : null,
          ),
        );
      }),
    );
    const more = this.#matches.length - LISTED;
    this.#list.replaceChildren(list, more > 0 ? h('p', {}, strings.moreMatches(more)) : '');
    this.#markCurrent();
  }

  /** A match's title (in the reader's language if it has one) and time: its own, or its archive index's until it loads. */
  #describe(id: string): { text: string; lang: Lang; time?: Partial<EventTime> } {
    const { lang, model, loaded } = this.#host;
    const event = model?.events.get(id);
    if (event) return { ...titleIn(event, lang), time: event.time };
    const at = loaded?.kind === 'archive' ? loaded.archive.byId.get(id) : undefined;
    if (at === undefined) return { text: id, lang: 'en' };
    const { index } = (loaded as LoadedArchive).archive;
    const title = titleAt(index, at) ?? {};
    const shown = title[lang] === undefined ? (lang === 'ar' ? 'en' : 'ar') : lang;
    return { text: title[shown] ?? id, lang: shown, time: entryOf(index, at).time };
  }
}
