import { entryOf } from '../archive/entryOf.ts';
import { h } from '../dom/h.ts';
import { listen } from '../dom/listen.ts';
import type { FilterAttribute, FilterMode } from '../filter/filterAttributes.ts';
import {
  FILTER_ATTRIBUTES,
  filterAttributes,
  FilterValueError,
  parseFilterMode,
  readFilters,
} from '../filter/filterAttributes.ts';
import { eventFilter } from '../filter/filterEvents.ts';
import type { Filters } from '../filter/filters.ts';
import { isUnfiltered } from '../filter/filters.ts';
import type { FindStrings } from '../i18n/findStrings.ts';
import { FIND_STRINGS } from '../i18n/findStrings.ts';
import type { ItemIndex } from '../timeline/displaySet.ts';
import { indexItems } from '../timeline/displaySet.ts';
import type { ItemSpec, Placed, TimelineModel } from '../timeline/toTimelineItems.ts';
import { laneFinder } from '../timeline/toTimelineItems.ts';
import { drain, drainInTurns, PAUSE_EVERY, Slicer } from '../util/turns.ts';
import type { Controller } from './controllers.ts';
import { TimelineErrorEvent } from './events.ts';
import type { FilterPanelCode } from './loadFilterPanel.ts';
import { loadFilterPanel } from './loadFilterPanel.ts';
import type { TimelineHost } from './TimelineHost.ts';

/** The model narrowed to the events the filters let through (ids of the shown ones with it). */
interface Narrowed {
  model: TimelineModel;
  filters: Filters;
  shown: TimelineModel;
  shownIds: ReadonlySet<string> | null;
  /** `shown`'s items indexed for the drawing, when narrowed in turns (see #apply). */
  index?: ItemIndex;
}

/** Events tested between pauses: each is a filter test and a lookup or two, a light step. */
const TESTED_PER_PAUSE = PAUSE_EVERY;

/**
 * Filters: read from the `filter-…` attributes (the one source of truth: the `filters`
 * property and the panel write them), applied to the drawing (hidden or dimmed), the keyboard
 * order, the list view and the count. The panel is a disclosure in the toolbar.
 */
export class FilterController implements Controller {
  readonly #host: TimelineHost;
  #filters: Filters = {};
  #mode: FilterMode = 'hide';
  /** The attribute values last read: an unchanged bad value is not reported again. */
  #lastRead = '';
  /** Their `filter-…` part, apart from the mode (null: not read yet). */
  #lastFiltersRead: string | null = null;
  /** An attribute changed since they were last read (see changed): until then, reading is free. */
  #dirty = true;
  /** Which of the changes in flight is the latest (see #apply). */
  #applying = 0;
  #narrowed: Narrowed | null = null;
  #open = false;
  #scheduled = false;
  #button: HTMLButtonElement | null = null;
  #panel: HTMLElement | null = null;
  /** The panel's code, loaded when it first opens: a reader who never filters does not fetch it. */
  #code: FilterPanelCode | null = null;
  /** The panel the code listens to (a new frame has a new one). */
  #listened: HTMLElement | null = null;
  #signal: AbortSignal | null = null;
  /** The data the panel's controls were built for (a new language builds a new frame). */
  #builtFor: TimelineModel | null | undefined;

  constructor(host: TimelineHost) {
    this.#host = host;
  }

  get #strings(): FindStrings {
    return FIND_STRINGS[this.#host.lang];
  }

  get filters(): Filters {
    this.#read();
    return this.#filters;
  }

  /** Writes the filters as attributes: one redraw follows, in a microtask. */
  set filters(filters: Filters) {
    const { element } = this.#host;
    const next = new Map(filterAttributes(filters));
    for (const name of FILTER_ATTRIBUTES) {
      const value = next.get(name);
      if (value === undefined) element.removeAttribute(name);
      else element.setAttribute(name, value);
    }
  }

  get mode(): FilterMode {
    this.#read();
    return this.#mode;
  }

  /** An attribute changed: read them all again and draw once, however many changed together. */
  changed(): void {
    this.#dirty = true;
    if (this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      void this.#apply();
    });
  }

  /**
   * Narrows the model to the new filters in turns with the page, then draws: at 100,000 events
   * testing each one takes hundreds of milliseconds, which in one task would freeze the page.
   * A change made meanwhile takes over; the drawing is made once, for the latest.
   */
  async #apply(): Promise<void> {
    const applying = ++this.#applying;
    this.#read();
    const model = this.#host.model;
    const filters = this.#filters;
    if (model && this.#narrowed?.model !== model) await this.#narrowInTurns(model, filters);
    if (applying === this.#applying) this.#host.render();
  }

  /** Narrows `model` to `filters` in turns with the page, and keeps it while both are still current. */
  async #narrowInTurns(model: TimelineModel, filters: Filters): Promise<void> {
    const narrowing = performance.now();
    const narrowed = await drainInTurns(this.#narrowSteps(model, filters, true), new Slicer());
    performance.measure('diplomatic-timeline:narrow', { start: narrowing });
    if (this.#host.model === model && this.#filters === filters) this.#narrowed = narrowed;
  }

  /**
   * Before new data is first drawn: narrows it to the page's filters in turns, as a change of
   * filters is (see #apply), so that a page opening on a filtered view (a shared link's) does not
   * test 100,000 events in one task when it draws. Undefined when there is nothing to narrow.
   */
  narrowBeforeDrawing(): Promise<void> | undefined {
    const model = this.#host.model;
    this.#read();
    const filters = this.#filters;
    if (!model || isUnfiltered(filters) || this.#narrowed?.model === model) return undefined;
    return this.#narrowInTurns(model, filters);
  }

  hostConnected(signal: AbortSignal): void {
    const strings = this.#strings;
    const { toolbar } = this.#host.parts;
    this.#read();
    const button = h(
      'button',
      {
        type: 'button',
        part: 'filter-toggle',
        'aria-expanded': String(this.#open),
        'aria-controls': 'dt-filters',
      },
      strings.filters,
    );
    const panel = h('form', {
      id: 'dt-filters',
      class: 'dt-filters',
      part: 'filters',
      'aria-label': strings.filtersPanel,
      hidden: !this.#open,
    });
    toolbar.append(button);
    toolbar.after(panel);
    this.#button = button;
    this.#panel = panel;
    this.#signal = signal;
    listen(button, 'click', () => void this.#toggle(), signal);
    if (this.#open) void this.#loadPanel();
  }

  hostDisconnected(): void {
    this.#button = null;
    this.#panel = null;
    this.#listened = null;
    this.#signal = null;
  }

  async #toggle(): Promise<void> {
    this.#open = !this.#open;
    this.#button?.setAttribute('aria-expanded', String(this.#open));
    if (this.#panel) this.#panel.hidden = !this.#open;
    if (!this.#open) return;
    await this.#loadPanel();
    if (this.#open) this.#panel?.querySelector('input')?.focus();
  }

  /** The panel's code, listening to this frame's panel, which it then fills. */
  async #loadPanel(): Promise<void> {
    const panel = this.#panel;
    const signal = this.#signal;
    if (!panel || !signal || this.#listened === panel) return;
    const code = (this.#code ??= await loadFilterPanel());
    // The frame was built again (or removed) meanwhile: its own call takes over.
    if (panel !== this.#panel || this.#listened === panel) return;
    this.#listened = panel;
    this.#builtFor = undefined;
    const close = () => {
      void this.#toggle();
      this.#button?.focus();
    };
    code.listenToPanel(panel, { change: () => this.#fromPanel(), clear: () => this.#clear(), close }, signal);
    this.#renderPanel();
  }

  /** The panel: built again for other data or another language, else only its controls set. */
  #renderPanel(): void {
    const panel = this.#listened;
    const code = this.#code;
    const model = this.#host.model;
    if (!panel || !code || panel !== this.#panel) return;
    if (this.#builtFor !== model) {
      this.#builtFor = model;
      const { lang } = this.#host;
      const choices = model ? code.panelChoices(model, this.#placedOf(model), lang) : null;
      code.buildFilterPanel(panel, choices, this.#strings, lang);
    }
    code.syncFilterPanel(panel, this.#filters, this.#mode);
  }

  /** The data shown changed: its lanes, actors and days are the panel's choices. */
  afterDraw(): void {
    this.#renderPanel();
  }

  /** The reader changed a control: the attributes say so, and the drawing follows. */
  #fromPanel(): void {
    const panel = this.#listened;
    if (!panel || !this.#code) return;
    const { filters, mode } = this.#code.readFilterPanel(panel, this.#filters);
    this.filters = filters;
    if (mode === 'dim') this.#host.element.setAttribute('filter-mode', mode);
    else this.#host.element.removeAttribute('filter-mode');
    this.#host.view.changed();
  }

  /** Clear filters: every filter goes; how filtered-out events would look (the mode) stays. */
  #clear(): void {
    this.filters = {};
    this.#host.view.changed();
  }

  /** Reads the attributes when they changed; a bad value is reported, naming its attribute. */
  #read(): void {
    if (!this.#dirty) return;
    this.#dirty = false;
    const { element } = this.#host;
    const filtersRead = FILTER_ATTRIBUTES.map((name) => element.getAttribute(name)).join('\u0000');
    const read = `${filtersRead}\u0000${element.getAttribute('filter-mode')}`;
    if (read === this.#lastRead) return;
    const filtersChanged = filtersRead !== this.#lastFiltersRead;
    this.#lastRead = read;
    this.#lastFiltersRead = filtersRead;
    const errors: FilterValueError[] = [];
    // The mode alone changed: the same events pass, and 100,000 of them need not be tested again.
    if (filtersChanged) {
      const found = readFilters((name: FilterAttribute) => element.getAttribute(name));
      this.#filters = found.filters;
      this.#narrowed = null;
      errors.push(...found.errors);
    }
    try {
      this.#mode = parseFilterMode(element.getAttribute('filter-mode'));
    } catch (error) {
      if (!(error instanceof FilterValueError)) throw error;
      errors.push(error);
      this.#mode = 'hide';
    }
    if (errors.length > 0) {
      const problems = errors.map((error) => ({ path: error.attribute, message: error.message }));
      element.dispatchEvent(new TimelineErrorEvent({ problems, fatal: false }));
    }
    this.#renderPanel();
  }

  /** The model with only the events the filters let through; the same model when none is set. */
  #narrow(): Narrowed | null {
    const model = this.#host.model;
    if (!model) return null;
    this.#read();
    const filters = this.#filters;
    const cached = this.#narrowed;
    if (cached && cached.model === model && cached.filters === filters) return cached;
    return (this.#narrowed = drain(this.#narrowSteps(model, filters, false)));
  }

  /** Narrowing as steps that may pause (`yield`); `indexed`: with the shown items indexed for the drawing. */
  *#narrowSteps(model: TimelineModel, filters: Filters, indexed: boolean): Generator<void, Narrowed> {
    if (isUnfiltered(filters)) return { model, filters, shown: model, shownIds: null };
    const passes = this.#predicate(model, filters);
    const shownIds = new Set<string>();
    const items: ItemSpec[] = [];
    const undated: string[] = [];
    const used = new Set<string>();
    const { items: all } = model;
    for (let i = 0; i < all.length; i++) {
      const item = all[i]!;
      if (passes(item.id)) {
        items.push(item);
        shownIds.add(item.id);
        used.add(item.lane);
      }
      if (i % TESTED_PER_PAUSE === TESTED_PER_PAUSE - 1) yield;
    }
    for (const id of model.undated) {
      if (!passes(id)) continue;
      undated.push(id);
      shownIds.add(id);
    }
    const lanes = model.lanes.filter((lane) => used.has(lane.id));
    const shown = { ...model, items, undated, lanes };
    if (!indexed) return { model, filters, shown, shownIds };
    yield;
    return { model, filters, shown, shownIds, index: indexItems(items) };
  }

  /** The drawing's index of `model`, when it is the narrowed model and was indexed already. */
  indexOf(model: TimelineModel): ItemIndex | undefined {
    const narrowed = this.#narrowed;
    return narrowed?.shown === model ? narrowed.index : undefined;
  }

  #predicate(model: TimelineModel, filters: Filters): (id: string) => boolean {
    const laneOfItem = new Map(model.items.map((item) => [item.id, item.lane]));
    const lanes = laneFinder(model.actors, model.lanes);
    const passes = eventFilter(filters, {
      laneOf: (event) => laneOfItem.get(event.id) ?? lanes.laneOf(event.participants[0]?.actor),
    });
    const placedOf = this.#placedOf(model);
    return (id) => {
      const placed = placedOf(id);
      return placed !== undefined && passes(placed);
    };
  }

  /** An event of the model by id: loaded, or an archive's index entry (its lead actor alone). */
  #placedOf(model: TimelineModel): (id: string) => Placed | undefined {
    const loaded = this.#host.loaded;
    const archive = loaded?.kind === 'archive' ? loaded.archive : null;
    return (id) => {
      const event = model.events.get(id);
      if (event || !archive) return event;
      const position = archive.byId.get(id);
      return position === undefined ? undefined : entryOf(archive.index, position);
    };
  }

  /** Whether the filters let this event through. */
  passes(id: string): boolean {
    const shownIds = this.#narrow()?.shownIds;
    return !shownIds || shownIds.has(id);
  }

  /** The events the filters let through: what the list view and the keyboard go through. */
  shownModel(): TimelineModel | null {
    return this.#narrow()?.shown ?? null;
  }

  /** What the drawing holds: only the events let through, or every one when the others are dimmed. */
  drawnModel(): TimelineModel | null {
    return this.mode === 'dim' ? this.#host.model : this.shownModel();
  }

  /** The items the keyboard walks: dimmed events are out of its order too. */
  get items(): readonly ItemSpec[] {
    return this.shownModel()?.items ?? [];
  }

  /** Whether an event is drawn dimmed. */
  isDimmed(id: string): boolean {
    return this.mode === 'dim' && !this.passes(id);
  }

  /** The count of the toolbar: "40 events", or "12 of 40 shown" once filtered. */
  summary(): string {
    const narrowed = this.#narrow();
    if (!narrowed) return '';
    const { model, shownIds } = narrowed;
    return shownIds
      ? this.#strings.shownOf(shownIds.size, model.count)
      : this.#host.strings.events(model.count);
  }
}
