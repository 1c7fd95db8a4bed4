import type { ItemIndex } from './displaySet.ts';
import { displaySet, extentOf } from './displaySet.ts';
import { initialWindow } from './dataWindow.ts';
import type { Reach } from './fitWindow.ts';
import { fitWindow } from './fitWindow.ts';
import { DATELINE_ID, EVENT_PREFIX, visId } from './visItems.ts';
import type { TimeWindow } from './zoom.ts';

/** Pixels left free beyond the first and last items when the window is fitted to them. */
const FIT_PAD = 8;

/**
 * Fits the window to every event's days and to what is drawn for them: boxes keep their width
 * in pixels, so the days alone leave the first and last boxes cut in half at the edges.
 */
export class DrawnFit {
  /** Pixels each item reaches past its moment or first day, by vis id, as last drawn. */
  readonly #reaches = new Map<string, { before: number; after: number }>();
  readonly #container: HTMLElement;
  readonly #index: ItemIndex;
  readonly #span: TimeWindow;
  readonly #dateline: TimeWindow | undefined;

  constructor(container: HTMLElement, index: ItemIndex, span: TimeWindow, dateline: TimeWindow | undefined) {
    this.#container = container;
    this.#index = index;
    this.#span = span;
    this.#dateline = dateline;
  }

  /** Every event's days, widened until what is drawn for them fits too. */
  window(): TimeWindow {
    const days = initialWindow(this.#span);
    const set = displaySet(this.#index, days.start, days.end, this.#container.clientWidth || 1000);
    // In clusters, the window's own width decides what is drawn (and a new width draws every
    // cluster again, a quarter of a second at 100,000 events): the days alone, then.
    if (set.binMs !== 0) return days;
    this.#measure();
    const width = this.#container.querySelector('.vis-panel.vis-center')?.clientWidth ?? 0;
    const all: Reach[] = [];
    const add = (id: string, from: number, to: number) => {
      const pixels = this.#reaches.get(id);
      if (pixels) all.push({ from, to, ...pixels });
    };
    for (const spec of set.items) add(visId(spec.id), ...extentOf(spec));
    if (this.#dateline) add(DATELINE_ID, this.#dateline.start, this.#dateline.end);
    // Too narrow for all of them (a 320-pixel phone): the boxes at least, which are cut on both
    // sides, rather than cards and the dateline's label, which run on at one end only.
    return (
      fitWindow(days, all, width, FIT_PAD) ??
      fitWindow(
        days,
        all.filter((reach) => reach.before > 0),
        width,
        FIT_PAD,
      ) ??
      days
    );
  }

  #measure(): void {
    // Events and the dateline, not clusters: a count at the edge may be cut, the bar still shows
    // its stretch of time, and fitting to counts would bin the window again on every load.
    const drawnItems = this.#container.querySelectorAll<HTMLElement>(
      `.vis-itemset [data-id^="${EVENT_PREFIX}"], .vis-itemset [data-id="${DATELINE_ID}"]`,
    );
    for (const element of drawnItems) {
      if (element.classList.contains('vis-box')) {
        const half = element.getBoundingClientRect().width / 2;
        this.#reaches.set(element.dataset.id!, { before: half, after: half });
      } else {
        // A range's card, or the dateline's label (vis-timeline puts a background's data-id on its
        // content): from the first day on, towards later days.
        const content = element.querySelector('.vis-item-content > *') ?? element.firstElementChild;
        this.#reaches.set(element.dataset.id!, {
          before: 0,
          after: content?.getBoundingClientRect().width ?? 0,
        });
      }
    }
  }
}
