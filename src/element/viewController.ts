import { formatCalendarDate as formatDay } from '../calendar/calendarDate.ts';
import type { Filters } from '../filter/filters.ts';
import type { ViewState } from '../view/viewState.ts';
import { readViewProblems } from '../view/viewProblems.ts';
import { toSearchParams } from '../view/viewState.ts';
import type { Controller } from './controllers.ts';
import { TimelineErrorEvent } from './events.ts';
import type { TimelineHost } from './TimelineHost.ts';
import { TimelineViewChangeEvent } from './viewChangeEvent.ts';

/** The search and filters of a view: owned by the search and filter controllers. */
export interface FindPart {
  search?: string;
  filters: Filters;
}

/** How the view reaches the search and the filters: the controllers that own them provide it. */
export interface FindAccess {
  get(): FindPart;
  /** Shows this search and these filters, without telling `changed` (the page set them). */
  set(part: FindPart): void;
}

/** Before the host hands the view its search and filters: what a page gave, kept as given. */
function keptFind(): FindAccess {
  let kept: FindPart = { filters: {} };
  return { get: () => kept, set: (part) => (kept = part) };
}

/** How long a pan or zoom must rest before it is a new view: one link per gesture, not per frame. */
const SETTLE_MS = 300;

/**
 * The view: what the reader is looking at, as one value (src/view/viewState.ts) a page can read
 * and set; and `timeline-view-change` when the reader changes it.
 */
export class ViewController implements Controller {
  readonly #host: TimelineHost;
  find: FindAccess = keptFind();
  /** The parameters of the view last reported or set; null until the data is shown. */
  #last: string | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** While a page's view is applied: its selection is not the reader's. */
  #applying = false;

  constructor(host: TimelineHost) {
    this.#host = host;
  }

  hostConnected(signal: AbortSignal): void {
    const { element } = this.#host;
    // The view the data opens on is where the reader starts: not a change.
    element.addEventListener('timeline-ready', () => (this.#last = this.#params()), { signal });
    element.addEventListener('timeline-select', () => this.changed(), { signal });
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  get view(): ViewState {
    const host = this.#host;
    const state: ViewState = { ...this.find.get() };
    const { selected } = host.selection;
    if (selected !== null) state.selected = selected;
    const days = host.drawing.vis?.days();
    if (days) state.window = { start: days.first, end: days.last };
    return state;
  }

  /** Shows a view a page gives, all of it at once; no `timeline-view-change` follows. */
  set view(state: ViewState) {
    this.show(state);
  }

  /**
   * The same, from a view or its URL parameters: a value that cannot be read is reported in
   * `timeline-error` (not fatal), naming its parameter, and the rest applied. A `selected`
   * naming no event is reported by the selection, once the data is there to tell.
   */
  show(given: ViewState | string): void {
    const { state, problems } =
      typeof given === 'string' ? readViewProblems(given) : { state: given, problems: [] };
    this.#apply(state);
    if (problems.length > 0)
      this.#host.element.dispatchEvent(new TimelineErrorEvent({ problems, fatal: false }));
  }

  #apply(state: ViewState): void {
    const host = this.#host;
    clearTimeout(this.#timer);
    const { selected, window, search, filters } = state;
    this.find.set(search === undefined ? { filters } : { search, filters });
    const element = host.element;
    if (!host.model) {
      // Not shown yet: the attributes are what the drawing opens on.
      if (selected === undefined) element.removeAttribute('selected');
      else element.setAttribute('selected', selected);
      if (window) {
        element.setAttribute('start', formatDay(window.start));
        element.setAttribute('end', formatDay(window.end));
      }
      return;
    }
    this.#applying = true;
    try {
      host.selection.select(selected ?? null);
      host.drawing.vis?.showDays(window ? { first: window.start, last: window.end } : null);
    } finally {
      this.#applying = false;
    }
    this.#last = this.#params();
  }

  /** The reader changed something (selection, search, filters): report it if the view differs. */
  changed(): void {
    clearTimeout(this.#timer);
    this.#report();
  }

  /** The window moved: report once it has rested. */
  windowMoved(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#report(), SETTLE_MS);
  }

  #params(): string {
    return toSearchParams(this.view).toString();
  }

  #report(): void {
    if (this.#last === null || this.#applying || !this.#host.model) return;
    const view = this.view;
    const params = toSearchParams(view).toString();
    if (params === this.#last) return;
    this.#last = params;
    this.#host.element.dispatchEvent(new TimelineViewChangeEvent({ view, params }));
  }
}
