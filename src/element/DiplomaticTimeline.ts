import visCss from 'vis-timeline/styles/vis-timeline-graph2d.min.css?inline';
import ownCss from '../../styles/timeline.css?inline';
import { FILTER_ATTRIBUTES } from '../filter/filterAttributes.ts';
import type { Filters } from '../filter/filters.ts';
import type { Lang } from '../i18n/strings.ts';
import { langOf } from '../i18n/localise.ts';
import type { TimelineSource } from '../load/types.ts';
import type { EventsDocument, Problem } from '../types.ts';
import type { ViewState } from '../view/viewState.ts';
import { adoptStyles } from './adoptStyles.ts';
import { TimelineHost } from './TimelineHost.ts';

/**
 * An interactive timeline of the events of one news report.
 *
 * @tag diplomatic-timeline
 *
 * @attr src - URL of an events document (JSON). Its source text is fetched relative to it.
 * @attr lang - `en` or `ar`: the interface language and direction. Default `en`.
 * @attr selected - Id of the selected (pinned) event. Reflects the selection. An id the data
 *   does not have is reported in `timeline-error` (not fatal).
 * @attr start - First day of the initial window, `YYYY-MM-DD`. Default: fit every event.
 * @attr end - Last day of the initial window, `YYYY-MM-DD`.
 * @attr height - CSS height of the timeline area, e.g. `24rem`. Default: as tall as its lanes.
 * @attr arabic-digits - Present: write dates with Arabic-Indic digits in Arabic.
 * @attr timeout - Milliseconds to wait for `src` before giving up. Default (and for anything
 *   but a positive number) 15000.
 * @attr max-bytes - Largest document accepted from `src`, in bytes. Default (and for anything
 *   but a positive number) 5 MiB.
 * @attr search - Search text: matching events are marked, counted and listed. Reflects the field.
 * @attr hide-search - Present: no search field in the toolbar (`search` still works).
 * @attr filter-lanes - Comma-separated lane ids to show, e.g. `us,iran`.
 * @attr filter-actors - Comma-separated actor ids: events with any of them among their participants.
 * @attr filter-status - Comma-separated status groups: `occurred`, `planned` (and proposed), `background`.
 * @attr filter-from - First day shown, `YYYY-MM-DD`: events with a day on or after it.
 * @attr filter-to - Last day shown, `YYYY-MM-DD`. A bad filter value is reported in
 *   `timeline-error` (not fatal); the other filters still apply.
 * @attr filter-mode - `hide` (default) or `dim`: filtered-out events disappear, or stay drawn faintly.
 * @attr link-base - The http(s) address Copy link puts the view's parameters on: the article that
 *   frames the embed, say. Default: the page's own address.
 *
 * @prop events - An events document given directly instead of `src` (parsed JSON); reading it
 *   gives the validated document shown.
 * @prop sourceText - The article's text, for documents given through `events`.
 * @prop selected - Id of the selected event, or null; setting it selects.
 * @prop problems - Problems found in the data shown (read only).
 * @prop search - The search text; setting it searches.
 * @prop filters - `{ lanes?, actors?, status?, from?, to? }` (days as `{ year, month, day }`);
 *   setting it writes the `filter-…` attributes.
 * @prop searchMatches - Ids of the events matching the search, in time order (read only).
 * @prop view - What the reader is looking at: `{ selected?, window?: { start, end }, search?, filters }`,
 *   days as `{ year, month, day }`; or set it as URL parameters (`selected=…&start=…`). Setting it
 *   shows all of it at once, with no `timeline-view-change`; a value it cannot read is reported
 *   in `timeline-error` (not fatal), naming its parameter, and the rest applied.
 *
 * @method select(id) - Selects an event (or clears the selection with `null`).
 * @method fit() - Zooms to show every event.
 *
 * @event timeline-ready - The data is shown, its drawing final: nothing in it changes after this until
 *   the reader acts or data arrives. `detail.count`: events shown.
 * @event timeline-select - The selection changed. `detail.id`: the event id, or null.
 * @event timeline-error - Some or all data could not be shown. `detail.problems`, `detail.fatal`.
 * @event timeline-search - The search ran. `detail.query`, `detail.ids` (time order), `detail.byTitleOnly`,
 *   `detail.titleOnlyCount`.
 * @event timeline-view-change - The reader changed the view (selection, pan or zoom once settled…).
 *   `detail.view`, and `detail.params`: the view as URL parameters.
 *
 * @csspart base - The wrapper of everything.
 * @csspart toolbar - Zoom buttons, view toggle and summary.
 * @csspart legend - The legend.
 * @csspart notice - Problems with the data, or the error state.
 * @csspart timeline - The timeline drawing.
 * @csspart undated - Events the article gives no date for.
 * @csspart tooltip - The tooltip.
 * @csspart details - The pinned details of the selected event.
 * @csspart article - The article text with the quotes marked.
 * @csspart list - The list view.
 * @csspart list-toggle - The button switching between the timeline and the list view.
 * @csspart search - The search field.
 * @csspart search-results - The count and list of search matches.
 * @csspart filter-toggle - The button opening the filters.
 * @csspart filters - The filter panel.
 * @csspart download - The download menu (its button and its list).
 * @csspart print - What a printed page shows: the drawing as an image, then every event.
 *
 * @cssproperty --dt-font-family - Latin font stack.
 * @cssproperty --dt-arabic-font-family - Arabic font stack.
 * @cssproperty --dt-font-size - Base font size. Default 15px.
 * @cssproperty --dt-color - Text colour.
 * @cssproperty --dt-background - Background colour.
 * @cssproperty --dt-item-background - Fill of events that occurred.
 * @cssproperty --dt-item-border-color - Outline of events that occurred.
 * @cssproperty --dt-tentative-background - Fill of proposed, planned or window-dated events (hatched).
 * @cssproperty --dt-tentative-border-color - Dashed outline of those events.
 * @cssproperty --dt-selected-background - Fill of the selected event.
 * @cssproperty --dt-focus-color - Focus ring.
 * @cssproperty --dt-mark-background - Highlight of the selected event's quotes in the article.
 * @cssproperty --dt-tooltip-background - Tooltip background.
 * @cssproperty --dt-match-color - Ring around events matching the search.
 */
export class DiplomaticTimeline extends HTMLElement {
  static observedAttributes = [
    'src',
    'lang',
    'selected',
    'start',
    'end',
    'height',
    'arabic-digits',
    'search',
    'hide-search',
    'filter-mode',
    ...FILTER_ATTRIBUTES,
  ];

  readonly #host: TimelineHost;
  /** The value given through `events`, before validation. */
  #given: unknown = undefined;
  /** The text given through `sourceText`. */
  #givenText: string | undefined;
  #connected = false;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    adoptStyles(root, [visCss, ownCss]);
    this.#host = new TimelineHost(this, root);
  }

  override get lang(): Lang {
    return langOf(this.getAttribute('lang'));
  }

  override set lang(value: string) {
    this.setAttribute('lang', value);
  }

  get src(): string {
    return this.getAttribute('src') ?? '';
  }

  set src(value: string) {
    this.setAttribute('src', value);
  }

  get selected(): string | null {
    return this.#host.selection.selected;
  }

  set selected(id: string | null) {
    this.select(id);
  }

  /** The document shown, after validation (only its valid events). */
  get events(): EventsDocument | null {
    const { shown } = this.#host;
    return shown.kind === 'document' ? shown.document : null;
  }

  /** Give a parsed events document directly; it is validated like one loaded from `src`. */
  set events(value: unknown) {
    this.#given = value;
    if (this.#connected) this.#load();
  }

  /** The article's text: the one given, or else the one fetched for the document shown. */
  get sourceText(): string | undefined {
    const { shown } = this.#host;
    return this.#givenText ?? (shown.kind === 'document' ? shown.sourceText : undefined);
  }

  set sourceText(value: string | undefined) {
    this.#givenText = value;
  }

  get search(): string {
    return this.#host.search.query;
  }

  set search(value: string) {
    this.setAttribute('search', value);
  }

  /** Ids of the events matching the search (and let through by the filters), in time order. */
  get searchMatches(): readonly string[] {
    return this.#host.search.matches;
  }

  get filters(): Filters {
    return this.#host.filter.filters;
  }

  set filters(value: Filters) {
    this.#host.filter.filters = value;
  }

  /** What the reader is looking at; setting it shows all of it at once (no `timeline-view-change`). */
  get view(): ViewState {
    return this.#host.view.view;
  }

  /** A view, or the same as URL parameters (`selected=…&start=…`), as `timeline-view-change` gives them. */
  set view(state: ViewState | string) {
    this.#host.view.show(state);
  }

  /** Problems found in the data shown (empty when all of it is valid). */
  get problems(): readonly Problem[] {
    return this.#host.shown.problems;
  }

  connectedCallback(): void {
    this.#connected = true;
    this.#host.hostConnected();
    this.#host.search.query = this.getAttribute('search') ?? '';
    if (this.#given !== undefined || this.src) this.#load();
  }

  disconnectedCallback(): void {
    this.#connected = false;
    this.#host.hostRemoved();
  }

  attributeChangedCallback(name: string, previous: string | null, value: string | null): void {
    if (!this.#connected || previous === value) return;
    if (name === 'src') this.#load();
    else if (name === 'selected') {
      if (value !== this.selected) this.select(value);
    } else if (name === 'search') this.#host.search.query = value ?? '';
    else if (name.startsWith('filter-')) this.#host.filter.changed();
    // The days or the height: the drawing again, from the same data. Not the frame, which neither
    // changes: a page setting its height before the data comes would wait for the frame twice.
    else if (name === 'height' || name === 'start' || name === 'end') this.#host.render();
    else {
      // The language, the digits, the search box: the frame and the drawing again, from the same data.
      this.#host.hostConnected();
      this.#host.render();
    }
  }

  /** Selects (pins) an event, or clears the selection with null. */
  select(id: string | null): void {
    this.#host.selection.select(id);
  }

  /** Zooms to show every event. */
  fit(): void {
    this.#host.drawing.fit();
  }

  /** Where the data comes from: `src` wins over `events` whenever the attribute is present. */
  #source(): TimelineSource | null {
    if (this.hasAttribute('src')) return { url: new URL(this.src, document.baseURI).href };
    if (this.#given === undefined) return null;
    return { value: this.#given, base: document.baseURI, sourceText: this.#givenText };
  }

  #load(): void {
    const source = this.#source();
    if (source) void this.#host.load(source);
  }
}
