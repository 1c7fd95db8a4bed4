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
import type { Filters, StatusGroup } from '../filter/filters.ts';
import { isUnfiltered, STATUS_GROUPS } from '../filter/filters.ts';
import type { FindStrings } from '../i18n/findStrings.ts';
import { FIND_STRINGS } from '../i18n/findStrings.ts';
import type { ItemSpec, Placed, TimelineModel } from '../timeline/toTimelineItems.ts';
import { laneFinder } from '../timeline/toTimelineItems.ts';
import type { Controller } from './controllers.ts';
import { TimelineErrorEvent } from './events.ts';
import type { TimelineHost } from './TimelineHost.ts';

/** The model narrowed to the events the filters let through (ids of the shown ones with it). */
interface Narrowed {
  model: TimelineModel;
  filters: Filters;
  shown: TimelineModel;
  shownIds: ReadonlySet<string> | null;
}

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
  #narrowed: Narrowed | null = null;
  #open = false;
  #scheduled = false;
  #button: HTMLButtonElement | null = null;
  #panel: HTMLElement | null = null;

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
    if (this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      this.#read();
      this.#host.render();
    });
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
    listen(button, 'click', () => this.#toggle(), signal);
    listen(panel, 'change', () => this.#fromPanel(), signal);
    listen(panel, 'submit', (event) => event.preventDefault(), signal);
    listen(
      panel,
      'click',
      (event) => {
        if (!(event.target as Element).closest('.dt-clear-filters')) return;
        this.filters = {};
      },
      signal,
    );
    listen(
      panel,
      'keydown',
      (event) => {
        if (event.key !== 'Escape') return;
        // Closes the panel, not the details: the key is spent here.
        event.stopPropagation();
        this.#toggle();
        button.focus();
      },
      signal,
    );
    this.#renderPanel();
  }

  hostDisconnected(): void {
    this.#button = null;
    this.#panel = null;
  }

  #toggle(): void {
    this.#open = !this.#open;
    this.#button?.setAttribute('aria-expanded', String(this.#open));
    if (this.#panel) this.#panel.hidden = !this.#open;
    if (this.#open) this.#panel?.querySelector('input')?.focus();
  }

  /** The panel's controls, from the filters and the lanes of the data shown. */
  #renderPanel(): void {
    const panel = this.#panel;
    if (!panel) return;
    const strings = this.#strings;
    const { lang } = this.#host;
    const status = new Set(this.#filters.status ?? []);
    const lanes = new Set(this.#filters.lanes ?? []);
    const checkbox = (group: StatusGroup) =>
      h(
        'label',
        {},
        h('input', { type: 'checkbox', name: 'status', value: group, checked: status.has(group) }),
        ' ',
        strings.statusGroup[group],
      );
    const select = h(
      'select',
      { name: 'lane', id: 'dt-filter-lane' },
      h('option', { value: '' }, strings.allLanes),
      ...(this.#host.model?.lanes ?? []).map((lane) =>
        h('option', { value: lane.id, selected: lanes.size === 1 && lanes.has(lane.id) }, lane.label[lang]),
      ),
    );
    // Drawn again when the attributes change, also by the panel itself: focus stays on its control.
    const focused = this.#host.root.activeElement;
    const focusKey = focused && panel.contains(focused) ? controlKey(focused) : null;
    panel.replaceChildren(
      h('fieldset', {}, h('legend', {}, strings.statusLegend), ...STATUS_GROUPS.map(checkbox)),
      h('div', { class: 'dt-filter-lane' }, h('label', { for: 'dt-filter-lane' }, strings.lane), ' ', select),
      h('button', { type: 'button', class: 'dt-clear-filters' }, strings.clearFilters),
    );
    if (focusKey === null) return;
    for (const control of panel.querySelectorAll<HTMLElement>('input, select, button')) {
      if (controlKey(control) === focusKey) control.focus();
    }
  }

  /** The data shown changed: its lanes are the panel's choices. */
  afterDraw(): void {
    this.#renderPanel();
  }

  /** The reader changed a control: the attributes say so, and the drawing follows. */
  #fromPanel(): void {
    const panel = this.#panel;
    if (!panel) return;
    const status = [...panel.querySelectorAll<HTMLInputElement>('input[name=status]:checked')].map(
      (input) => input.value as StatusGroup,
    );
    const lane = panel.querySelector<HTMLSelectElement>('select[name=lane]')?.value ?? '';
    const filters: { -readonly [K in keyof Filters]: Filters[K] } = { ...this.#filters };
    if (status.length > 0) filters.status = status;
    else delete filters.status;
    if (lane) filters.lanes = [lane];
    else delete filters.lanes;
    this.filters = filters;
    this.#host.view.changed();
  }

  /** Reads the attributes when they changed; a bad value is reported, naming its attribute. */
  #read(): void {
    const { element } = this.#host;
    const names: string[] = [...FILTER_ATTRIBUTES, 'filter-mode'];
    const read = names.map((name) => element.getAttribute(name)).join('\u0000');
    if (read === this.#lastRead) return;
    this.#lastRead = read;
    const { filters, errors } = readFilters((name: FilterAttribute) => element.getAttribute(name));
    this.#filters = filters;
    this.#narrowed = null;
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
    let narrowed: Narrowed = { model, filters, shown: model, shownIds: null };
    if (!isUnfiltered(filters)) {
      const passes = this.#predicate(model, filters);
      const shownIds = new Set<string>();
      const items = model.items.filter((item) => passes(item.id) && shownIds.add(item.id));
      const undated = model.undated.filter((id) => passes(id) && shownIds.add(id));
      const used = new Set(items.map((item) => item.lane));
      const lanes = model.lanes.filter((lane) => used.has(lane.id));
      narrowed = { model, filters, shown: { ...model, items, undated, lanes }, shownIds };
    }
    this.#narrowed = narrowed;
    return narrowed;
  }

  #predicate(model: TimelineModel, filters: Filters): (id: string) => boolean {
    const laneOfItem = new Map(model.items.map((item) => [item.id, item.lane]));
    const lanes = laneFinder(model.actors, model.lanes);
    const passes = eventFilter(filters, {
      laneOf: (event) => laneOfItem.get(event.id) ?? lanes.laneOf(event.participants[0]?.actor),
    });
    const loaded = this.#host.loaded;
    const archive = loaded?.kind === 'archive' ? loaded.archive : null;
    const placedOf = (id: string): Placed | undefined => {
      const event = model.events.get(id);
      if (event || !archive) return event;
      const position = archive.byId.get(id);
      return position === undefined ? undefined : entryOf(archive.index, position);
    };
    return (id) => {
      const placed = placedOf(id);
      return placed !== undefined && passes(placed);
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

/** Names a control of the panel across its rebuilds. */
function controlKey(element: Element): string {
  const input = element as HTMLInputElement;
  return `${element.tagName}:${input.name ?? ''}:${input.value ?? ''}:${element.className}`;
}
