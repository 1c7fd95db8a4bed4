/**
 * The one module that talks to vis-timeline and vis-data. Everything else speaks our
 * own types: ItemSpec in, DOM elements we built out, event ids back.
 */
import { DataSet } from 'vis-data/peer';
import type { DataItem, DataGroup, TimelineOptions } from 'vis-timeline/peer';
import { Timeline } from 'vis-timeline/peer';
import type { CalendarDate } from '../calendar/calendarDate.ts';
import { addDays, toLocalDate } from '../calendar/calendarDate.ts';
import type { Cluster, DisplaySet, ItemIndex } from './displaySet.ts';
import { countBetween, displaySet, extentOf, indexItems, INDIVIDUAL_LIMIT } from './displaySet.ts';
import type { Reach } from './fitWindow.ts';
import { fitWindow } from './fitWindow.ts';
import type { Lane } from './lanes.ts';
import type { ItemSpec } from './toTimelineItems.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const DATELINE_ID = '__dateline';
/** Pixels left free beyond the first and last items when the window is fitted to them. */
const FIT_PAD = 8;
/** Pixels between items: beside each other, and one above another. */
const ITEM_MARGIN = 6;
/**
 * Pixels between stacked boxes; vis-timeline leaves half of it above a lane's first box. That
 * half holds the notch by which a box points to its moment (styles/timeline.css), 5 pixels tall.
 */
const ITEM_MARGIN_VERTICAL = 12;
/** Pixels between the axis and the first lane's items, without a dateline. */
const AXIS_MARGIN = 8;
/**
 * The dateline's label is written across the top of the first lane, and a box on a day near it
 * would hide it (on a 360-pixel phone, "Dateline" read "ateline"): the first lane's items start
 * below it. Its height in ems of the drawing's font, as styles/timeline.css sets it: a block
 * of font-size 0.8em, line-height 1.2, and padding 0.3em above and 0.1em below.
 */
const DATELINE_LABEL_EM = 0.8 * (1.2 + 0.3 + 0.1);
/** The dateline's line: its day's border-inline-start, --dt-dateline-line in styles/timeline.css. */
const DATELINE_LINE_PX = 3;

/**
 * vis-timeline keys plain objects by item id, so an event called "constructor" or
 * "prototype" breaks it (found by the hostile corpus: "e.hide is not a function").
 * Event ids reach it only behind this prefix; cluster and dateline ids are ours.
 */
const EVENT_PREFIX = 'event:';
const visId = (id: string) => EVENT_PREFIX + id;
const eventIdOf = (id: string | number) => {
  const text = String(id);
  return text.startsWith(EVENT_PREFIX) ? text.slice(EVENT_PREFIX.length) : undefined;
};

export interface VisTimelineOptions {
  items: readonly ItemSpec[];
  /** `indexItems(items)`, when the caller has built it already. */
  index?: ItemIndex;
  lanes: readonly Lane[];
  rtl: boolean;
  dateline?: CalendarDate | undefined;
  /** The days to show at first, the last included; without them, the window is fitted to every event. */
  days?: { first: CalendarDate; last: CalendarDate };
  /** Builds the content of an item; called lazily, only for items vis-timeline draws. */
  renderItem(spec: ItemSpec): HTMLElement;
  renderCluster(cluster: Cluster): HTMLElement;
  renderLane(lane: Lane): HTMLElement;
  renderDateline(): HTMLElement;
  /** Axis label for a local date at a vis-timeline scale ("day", "month"…). */
  formatAxisLabel(date: Date, scale: string, kind: 'minor' | 'major'): string;
  /** A tap or click on an item (not the end of a drag). */
  onItemActivate(id: string, pointerType: string): void;
  onRangeChanged?(): void;
  animate(): boolean;
}

export interface VisTimeline {
  fit(): void;
  /**
   * Zooms by `factor` (below 1: in) around the middle of the window, or around an item, when
   * `aroundId` names one drawn in view: its moment, or a range's first day, stays where it is.
   */
  zoom(factor: number, aroundId?: string): void;
  /** Whether the window can get narrower (zoom in) or wider (zoom out), within the zoom limits. */
  canZoom(): { in: boolean; out: boolean };
  /** Brings an item into view, without changing the zoom when it fits. */
  reveal(id: string): void;
  isVisible(id: string): boolean;
  /** Builds the content of these items again, where drawn (an archive's event has arrived). */
  refreshItems(ids: readonly string[]): void;
  redraw(): void;
  destroy(): void;
}

export function mountVisTimeline(container: HTMLElement, options: VisTimelineOptions): VisTimeline {
  const {
    items: specs,
    lanes,
    rtl,
    dateline,
    renderItem,
    renderLane,
    renderDateline,
    formatAxisLabel,
  } = options;
  const byId = new Map(specs.map((spec) => [spec.id, spec]));
  const laneById = new Map(lanes.map((lane) => [lane.id, lane]));
  const index = options.index ?? indexItems(specs);
  const clusters = new Map<string, Cluster>();
  const span = dataSpan(index);
  // vis-timeline applies its `start` and `end` options at its first 'changed', after the
  // constructor returns: a window set before then would be undone, so a requested one goes there.
  const requested = options.days && {
    start: toLocalDate(options.days.first, 0).valueOf(),
    end: toLocalDate(addDays(options.days.last, 1), 0).valueOf(),
  };
  const first = requested ?? initialWindow(span);
  // Only what the window needs goes to vis-timeline: at 100,000 events it would stall.
  let shown: DisplaySet = displaySet(index, first.start, first.end, container.clientWidth || 1000);
  const drawn = new Set(shown.items.map((spec) => spec.id));
  for (const cluster of shown.clusters) clusters.set(cluster.id, cluster);

  const items = new DataSet<DataItem>([...shown.items.map(toVisItem), ...shown.clusters.map(toVisCluster)]);
  // The dateline's day, from its local midnight to the next.
  const datelineDay = dateline && {
    start: toLocalDate(dateline, 0),
    end: toLocalDate(addDays(dateline, 1), 0),
  };
  if (datelineDay) {
    items.add({
      id: DATELINE_ID,
      type: 'background',
      ...datelineDay,
      content: '',
      className: 'dt-dateline',
    });
  }
  const groups = new DataSet<DataGroup>(lanes.map((lane, order) => ({ id: lane.id, content: '', order })));

  const visOptions: TimelineOptions = {
    rtl,
    orientation: { axis: 'top', item: 'top' },
    stack: true,
    selectable: false,
    showCurrentTime: false,
    // Between two-day steps and months, weeks: a phone's fitted week is too narrow for every other
    // day's number, and months alone would give no day at all.
    showWeekScale: true,
    showTooltips: false,
    // Wheel handling is ours (see onWheel): vis-timeline would capture the page's vertical scroll.
    horizontalScroll: false,
    verticalScroll: false,
    zoomable: true,
    zoomKey: 'ctrlKey',
    moveable: true,
    // A story spanning days: no closer than six hours, no further than its span ×4 (at least a month).
    zoomMin: 6 * 60 * 60 * 1000,
    zoomMax: Math.max(31 * DAY_MS, (span.end - span.start) * 4),
    margin: {
      item: { horizontal: ITEM_MARGIN, vertical: ITEM_MARGIN_VERTICAL },
      axis: dateline ? datelineBand(container) : AXIS_MARGIN,
    },
    groupOrder: 'order',
    // data-id on each item's element, for measuring what it draws (see `measure`).
    dataAttributes: ['id'],
    xss: { disabled: false },
    template: (item: DataItem | undefined) => {
      if (!item) return '';
      if (item.id === DATELINE_ID) return renderDateline();
      const cluster = clusters.get(String(item.id));
      if (cluster) return options.renderCluster(cluster);
      const id = eventIdOf(item.id ?? '');
      const spec = id === undefined ? undefined : byId.get(id);
      return spec ? renderItem(spec) : '';
    },
    groupTemplate: (group: DataGroup | undefined) => {
      const lane = group ? laneById.get(String(group.id)) : undefined;
      return lane ? renderLane(lane) : '';
    },
    format: {
      // vis-timeline passes moment objects here although its types say Date: convert at the boundary.
      minorLabels: (date: unknown, scale: string) => formatAxisLabel(toDate(date), scale, 'minor'),
      majorLabels: (date: unknown, scale: string) => formatAxisLabel(toDate(date), scale, 'major'),
    } as unknown as NonNullable<TimelineOptions['format']>,
    ...first,
  };

  const timeline = new Timeline(container, items, groups, visOptions);

  timeline.on('click', (props: { item?: string | number | null; event?: { pointerType?: string } }) => {
    if (props.item === null || props.item === undefined || props.item === DATELINE_ID) return;
    const cluster = clusters.get(String(props.item));
    if (cluster) {
      // A cluster opens by zooming into its stretch of time.
      const pad = (cluster.endMs - cluster.startMs) * 0.25;
      moveWindow(cluster.startMs - pad, cluster.endMs + pad, options.animate());
      return;
    }
    const id = eventIdOf(props.item);
    if (id !== undefined) options.onItemActivate(id, props.event?.pointerType ?? 'mouse');
  });

  /** Brings the drawn set up to date with the window, changing only what differs. */
  function refresh(): void {
    const { start, end } = window_();
    const next = displaySet(index, start, end, container.clientWidth || 1000);
    const keep = new Set([
      ...next.items.map((spec) => spec.id),
      ...next.clusters.map((cluster) => cluster.id),
    ]);
    const stale = [...drawn, ...clusters.keys()].filter((id) => !keep.has(id));
    items.remove(stale.map((id) => (clusters.has(id) ? id : visId(id))));
    for (const id of stale) {
      drawn.delete(id);
      clusters.delete(id);
    }
    const added: DataItem[] = [];
    for (const spec of next.items) {
      if (!drawn.has(spec.id)) {
        drawn.add(spec.id);
        added.push(toVisItem(spec));
      }
    }
    for (const cluster of next.clusters) {
      if (!clusters.has(cluster.id)) {
        clusters.set(cluster.id, cluster);
        added.push(toVisCluster(cluster));
      }
    }
    items.add(added);
    shown = next;
  }

  let lastRefresh = 0;
  timeline.on('rangechange', () => {
    // During a drag or a zoom gesture, rebuilding the drawn set costs frames: do it only when
    // the window leaves what is drawn (at most every 150 ms); the gesture's end refreshes anyway.
    const { start, end } = window_();
    if (start >= shown.coverStart && end <= shown.coverEnd) return;
    const now = performance.now();
    if (now - lastRefresh < 150) return;
    lastRefresh = now;
    refresh();
  });
  timeline.on('rangechanged', () => {
    refresh();
    options.onRangeChanged?.();
  });

  // Until the reader moves it, the window is fitted to what is drawn: boxes keep their width in
  // pixels, so the days alone leave the first and last boxes cut in half at the edges.
  let fitted = !requested;
  timeline.on('rangechange', (props: { byUser?: boolean }) => {
    if (props.byUser) fitted = false;
  });
  /** Pixels each item reaches past its moment or first day, by vis id, as last drawn. */
  const reaches = new Map<string, { before: number; after: number }>();
  function measure(): void {
    // Events and the dateline, not clusters: a count at the edge may be cut, the bar still shows
    // its stretch of time, and fitting to counts would bin the window again on every load.
    const drawnItems = container.querySelectorAll<HTMLElement>(
      `.vis-itemset [data-id^="${EVENT_PREFIX}"], .vis-itemset [data-id="${DATELINE_ID}"]`,
    );
    for (const element of drawnItems) {
      if (element.classList.contains('vis-box')) {
        const half = element.getBoundingClientRect().width / 2;
        reaches.set(element.dataset.id!, { before: half, after: half });
      } else {
        // A range's card, or the dateline's label (vis-timeline puts a background's data-id on its
        // content): from the first day on, towards later days.
        const content = element.querySelector('.vis-item-content > *') ?? element.firstElementChild;
        reaches.set(element.dataset.id!, { before: 0, after: content?.getBoundingClientRect().width ?? 0 });
      }
    }
  }
  /** Every event's days, widened until what is drawn for them fits too. */
  function fittedWindow(): { start: number; end: number } {
    const days = initialWindow(span);
    const set = displaySet(index, days.start, days.end, container.clientWidth || 1000);
    // In clusters, the window's own width decides what is drawn (and a new width draws every
    // cluster again, a quarter of a second at 100,000 events): the days alone, then.
    if (set.binMs !== 0) return days;
    measure();
    const width = container.querySelector('.vis-panel.vis-center')?.clientWidth ?? 0;
    const all: Reach[] = [];
    const add = (id: string, from: number, to: number) => {
      const pixels = reaches.get(id);
      if (pixels) all.push({ from, to, ...pixels });
    };
    for (const spec of set.items) add(visId(spec.id), ...extentOf(spec));
    if (datelineDay) add(DATELINE_ID, datelineDay.start.valueOf(), datelineDay.end.valueOf());
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
  /** While the window is still fitted, fits it again to what is drawn now. */
  function refit(): void {
    if (!fitted) return;
    const { start, end } = fittedWindow();
    const now = window_();
    // Less than a pixel's difference: leave it, rather than draw again for nothing.
    const pixel = (now.end - now.start) / Math.max(1, container.clientWidth);
    if (Math.abs(start - now.start) < pixel && Math.abs(end - now.end) < pixel) return;
    timeline.setWindow(start, end, { animation: false });
  }
  // vis-timeline applies its own `start` and `end` at its first 'changed', which may come after
  // the constructor's draw: fit after that. (Its handler was registered first, so runs first.)
  let firstChange = true;
  timeline.on('changed', () => {
    keepWordsWhole(container, rtl);
    if (!firstChange) return;
    firstChange = false;
    refit();
  });

  const onWheel = (event: WheelEvent) => {
    // Ctrl (or ⌘) + wheel, and a trackpad pinch (which arrives as Ctrl + wheel), zoom;
    // a horizontal wheel pans; a vertical wheel is the page's and is left alone.
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      event.stopPropagation();
      zoomAround(Math.exp(event.deltaY * 0.002), timeline.getEventProperties(event).time.valueOf());
    } else if (Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
      event.preventDefault();
      event.stopPropagation();
      const { start, end } = window_();
      const shift = ((end - start) * event.deltaX) / Math.max(1, container.clientWidth);
      moveWindow(start + (rtl ? -shift : shift), end + (rtl ? -shift : shift), false);
    } else {
      event.stopPropagation();
    }
  };
  container.addEventListener('wheel', onWheel, { capture: true, passive: false });

  // At a new width, dense stretches fall into other bins: count them again. And narrower, an
  // item's text wraps onto more lines, but vis-timeline's own resize check redraws without
  // measuring items again, so lanes keep their old heights and cut the new lines off (an
  // Arabic title in a browser whose scrollbar takes 15 pixels): measure them again.
  let width = container.clientWidth;
  const resizes = new ResizeObserver(() => {
    if (container.clientWidth === width) return;
    width = container.clientWidth;
    refresh();
    timeline.redraw();
    refit();
  });
  resizes.observe(container);

  function window_(): { start: number; end: number } {
    const { start, end } = timeline.getWindow();
    return { start: start.valueOf(), end: end.valueOf() };
  }

  function zoomAround(factor: number, center: number, animation = false): void {
    const { start, end } = window_();
    // Within the zoom limits, where vis-timeline would otherwise stretch the window about its
    // own middle and move the point held still.
    const width = Math.min(Math.max((end - start) * factor, visOptions.zoomMin!), visOptions.zoomMax!);
    const share = (center - start) / (end - start);
    moveWindow(center - width * share, center + width * (1 - share), animation);
  }

  /** Moves the window where the reader asked: from then on it is theirs, no longer fitted. */
  function moveWindow(start: number | Date, end: number | Date, animation: boolean): void {
    fitted = false;
    timeline.setWindow(start, end, { animation });
  }

  return {
    fit() {
      fitted = true;
      const { start, end } = fittedWindow();
      timeline.setWindow(start, end, { animation: options.animate() });
    },
    zoom(factor, aroundId) {
      const { start, end } = window_();
      const spec = aroundId === undefined ? undefined : byId.get(aroundId);
      // A point's moment, or a range's first day, where its card hangs: held still on screen.
      const anchor = spec && drawn.has(aroundId!) ? extentOf(spec)[0] : NaN;
      const center = anchor >= start && anchor <= end ? anchor : (start + end) / 2;
      zoomAround(factor, center, options.animate());
    },
    canZoom() {
      const { start, end } = window_();
      // vis-timeline stops a little short of its limits: a millisecond's slack.
      return { in: end - start > visOptions.zoomMin! + 1, out: end - start < visOptions.zoomMax! - 1 };
    },
    reveal(id) {
      const spec = byId.get(id);
      if (!spec || this.isVisible(id)) return;
      const { start, end } = window_();
      const [from, to] = extentOf(spec);
      let width = Math.max(end - start, to - from + DAY_MS);
      const middle = (from + to) / 2;
      // Zoom in until the item is drawn on its own rather than inside a cluster.
      while (
        width > visOptions.zoomMin! &&
        countBetween(index, middle - 1.5 * width, middle + 1.5 * width) > INDIVIDUAL_LIMIT
      )
        width /= 2;
      moveWindow(middle - width / 2, middle + width / 2, false);
      refresh();
    },
    isVisible(id) {
      const spec = byId.get(id);
      if (!spec || !drawn.has(id)) return false;
      const { start, end } = window_();
      const [from, to] = extentOf(spec);
      return from >= start && to <= end;
    },
    refreshItems(ids) {
      // An update with the same fields still marks each item to be drawn again, with the template.
      const update = ids.filter((id) => drawn.has(id)).map((id) => toVisItem(byId.get(id)!));
      if (update.length > 0) items.update(update);
    },
    redraw() {
      timeline.redraw();
      refit();
    },
    destroy() {
      resizes.disconnect();
      container.removeEventListener('wheel', onWheel, { capture: true });
      timeline.destroy();
      items.clear();
      groups.clear();
    },
  };
}

/**
 * After each draw, no words are left cut by an edge, where a part would read as something else:
 * - vis-timeline draws the axis label of the step before the window too, cut by the drawing's
 *   start: "25 Jan" read "5 Jan", a date the story never had; and the last label of a row may run
 *   past the end: "15 F", or "February 202" on a 320-pixel phone. Both are hidden.
 * - The dateline's label runs on towards later days; within its width of the drawing's end it
 *   would be cut ("Dateli" at 10,000 events, whose window is not fitted), so it is set before
 *   its line instead; and hidden while its line is before the drawing's start.
 * - A cluster's count cut by the drawing's end, or by its own bar, reads as another number: "12"
 *   for 1,229. It is hidden (its bar stays, and its name for screen readers) until it fits.
 * Everything is read first, then written, so the frame is laid out once.
 */
function keepWordsWhole(container: HTMLElement, rtl: boolean): void {
  const panel = container.querySelector('.vis-panel.vis-center');
  if (!panel) return;
  const drawing = panel.getBoundingClientRect();
  const writes = [
    axisLabels(container, drawing, rtl, 'minor'),
    axisLabels(container, drawing, rtl, 'major'),
    datelineLabel(container, drawing, rtl),
    clusterCounts(container, drawing),
  ];
  for (const write of writes) write();
}

/** Reads which axis labels of a row are cut; returns what hides them. */
function axisLabels(
  container: HTMLElement,
  drawing: DOMRect,
  rtl: boolean,
  row: 'minor' | 'major',
): () => void {
  // vis-timeline places each label with `translate(x, y)`, x from the window's start (negated
  // right to left): the start needs no layout, and only the last label's words are measured.
  const labels = container.querySelectorAll<HTMLElement>(`.vis-time-axis .vis-text.vis-${row}`);
  const starts = new Float64Array(labels.length);
  let last = -1;
  for (let i = 0; i < labels.length; i++) {
    const x = parseFloat(/translate\((-?[\d.e+-]+)px/.exec(labels[i]!.style.transform)?.[1] ?? '0');
    starts[i] = rtl ? -x : x;
    if (labels[i]!.textContent && (last === -1 || starts[i]! > starts[last]!)) last = i;
  }
  let lastCut = false;
  if (last !== -1) {
    const words = wordsRect(labels[last]!);
    const box = labels[last]!.getBoundingClientRect();
    lastCut = rtl
      ? words.left < Math.max(box.left, drawing.left) - 0.5
      : words.right > Math.min(box.right, drawing.right) + 0.5;
  }
  return () => {
    for (let i = 0; i < labels.length; i++) {
      const visibility = starts[i]! < -0.5 || (i === last && lastCut) ? 'hidden' : '';
      // It runs on every frame of a zoom or pan: write only what changes.
      if (labels[i]!.style.visibility !== visibility) labels[i]!.style.visibility = visibility;
    }
  };
}

/** Reads where the dateline's label fits; returns what puts it there. */
function datelineLabel(container: HTMLElement, drawing: DOMRect, rtl: boolean): () => void {
  const dateline = container.querySelector<HTMLElement>('.vis-item.dt-dateline');
  const label = dateline?.querySelector<HTMLElement>('.dt-dateline-label');
  if (!dateline || !label) return () => {};
  const line = dateline.getBoundingClientRect();
  const width = label.getBoundingClientRect().width;
  // In the reading direction, from the drawing's start: where the line is, and where the drawing ends.
  const at = rtl ? drawing.right - line.right : line.left - drawing.left;
  const end = drawing.width + 0.5;
  const before = !(at >= -0.5 && at + DATELINE_LINE_PX + width <= end);
  // Its line before the drawing's start, or a drawing narrower than the label: no place.
  const cut = before && !(at - width >= -0.5 && at <= end);
  return () => {
    // toggle with a force writes nothing when the class is already so.
    label.classList.toggle('dt-before-line', before && !cut);
    label.classList.toggle('dt-cut', cut);
  };
}

/** Reads which clusters' counts are cut; returns what hides them. */
function clusterCounts(container: HTMLElement, drawing: DOMRect): () => void {
  const counts = container.querySelectorAll<HTMLElement>('.dt-cluster-content');
  const cut = Array.from(counts, (count) => {
    const bar = count.closest('.vis-item')?.getBoundingClientRect() ?? drawing;
    const words = wordsRect(count);
    return (
      words.left < Math.max(bar.left, drawing.left) - 0.5 ||
      words.right > Math.min(bar.right, drawing.right) + 0.5
    );
  });
  return () => counts.forEach((count, i) => count.classList.toggle('dt-cut', cut[i]));
}

/** Where an element's words are drawn, without its padding or the width it was given. */
function wordsRect(element: HTMLElement): DOMRect {
  const words = element.ownerDocument.createRange();
  words.selectNodeContents(element);
  return words.getBoundingClientRect();
}

/** Pixels from the first lane's top to its first items, below the dateline's label. */
function datelineBand(container: HTMLElement): number {
  // A detached or unstyled container has no font size: the stylesheet's default, 15 pixels.
  const fontPx = parseFloat(getComputedStyle(container).fontSize) || 15;
  return Math.ceil(fontPx * DATELINE_LABEL_EM) + ITEM_MARGIN;
}

function toVisItem(spec: ItemSpec): DataItem {
  const classes = ['dt-item', `dt-kind-${spec.kind}`];
  if (spec.tentative) classes.push('dt-tentative');
  return spec.kind === 'range'
    ? {
        id: visId(spec.id),
        group: spec.lane,
        type: 'range',
        start: toLocalDate(spec.start, 0),
        end: toLocalDate(spec.endExclusive!, 0),
        content: '',
        className: classes.join(' '),
      }
    : {
        id: visId(spec.id),
        group: spec.lane,
        type: 'box',
        start: toLocalDate(spec.start, spec.hour),
        content: '',
        className: classes.join(' '),
      };
}

function toVisCluster(cluster: Cluster): DataItem {
  return {
    id: cluster.id,
    group: cluster.lane,
    type: 'range',
    start: new Date(cluster.startMs),
    end: new Date(cluster.endMs),
    content: '',
    className: 'dt-cluster',
  };
}

function dataSpan(index: ItemIndex): { start: number; end: number } {
  let start = Infinity;
  let end = -Infinity;
  for (const { starts, ends } of index.values()) {
    // Each lane is sorted by start; the latest end may belong to any item.
    if (starts.length > 0 && starts[0]! < start) start = starts[0]!;
    for (const to of ends) if (to > end) end = to;
  }
  if (!Number.isFinite(start)) {
    const now = Date.now();
    return { start: now - 3 * DAY_MS, end: now + 3 * DAY_MS };
  }
  return { start, end };
}

/** Every event's days, with a day's margin on each side: the first view, before `fitWindow` widens it. */
function initialWindow({ start, end }: { start: number; end: number }): { start: number; end: number } {
  const margin = Math.max(DAY_MS, (end - start) * 0.05);
  return { start: start - margin, end: end + margin };
}

function toDate(value: unknown): Date {
  if (value instanceof Date) return value;
  if (
    typeof value === 'object' &&
    value !== null &&
    'toDate' in value &&
    typeof value.toDate === 'function'
  ) {
    return (value as { toDate(): Date }).toDate();
  }
  return new Date(value as number);
}
