/**
 * The one module that talks to vis-timeline and vis-data. Everything else speaks our
 * own types: ItemSpec in, DOM elements we built out, event ids back. What it decides lives beside
 * it: the items (visItems), the drawn set (drawnSet), the window's fit (drawnFit, fitWindow),
 * whole words (keepWordsWhole), the zoom's arithmetic (zoom) and the days a window shows
 * (visibleDays); its surface is typed in visTimelineTypes.
 */
import { DataSet } from 'vis-data/peer';
import type { DataItem, DataGroup, TimelineOptions } from 'vis-timeline/peer';
import { Timeline } from 'vis-timeline/peer';
import { dataSpan, initialWindow } from './dataWindow.ts';
import { displaySet, extentOf, indexItems } from './displaySet.ts';
import { DrawnFit } from './drawnFit.ts';
import { DrawnSet } from './drawnSet.ts';
import { keepWordsWhole } from './keepWordsWhole.ts';
import { Settling } from './settling.ts';
import { daysOfWindow, windowOfDays } from './visibleDays.ts';
import { DATELINE_ID, eventIdOf, toVisDateline, toVisItem } from './visItems.ts';
import type { VisTimeline, VisTimelineOptions } from './visTimelineTypes.ts';
import type { TimeWindow } from './zoom.ts';
import {
  canZoom,
  clusterWindow,
  pannedWindow,
  revealWindow,
  zoomCenter,
  zoomedWindow,
  zoomLimits,
} from './zoom.ts';

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
  const span = dataSpan(index);
  const limits = zoomLimits(span);
  // vis-timeline applies its `start` and `end` options at its first 'changed', after the
  // constructor returns: a window set before then would be undone, so a requested one goes there.
  const requested = options.days && windowOfDays(options.days);
  const first = requested ?? initialWindow(span);
  // Only what the window needs goes to vis-timeline: at 100,000 events it would stall.
  const drawn = new DrawnSet(displaySet(index, first.start, first.end, container.clientWidth || 1000));
  const { clusters } = drawn;

  const items = new DataSet<DataItem>(drawn.initialItems());
  const datelineItem = dateline && toVisDateline(dateline);
  if (datelineItem) items.add(datelineItem);
  const datelineDay = datelineItem && {
    start: datelineItem.start.valueOf(),
    end: datelineItem.end.valueOf(),
  };
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
    // Our ResizeObserver below redraws at a new width. vis-timeline's own check, every second,
    // compares with the size it saw before any item was added, so it would redraw once about a
    // second after the first draw, for nothing, rewriting the drawing after it said it was ready.
    autoResize: false,
    zoomMin: limits.min,
    zoomMax: limits.max,
    margin: {
      item: { horizontal: ITEM_MARGIN, vertical: ITEM_MARGIN_VERTICAL },
      axis: dateline ? datelineBand(container) : AXIS_MARGIN,
    },
    groupOrder: 'order',
    // data-id on each item's element, for measuring what it draws (see DrawnFit).
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
    ...windowBefore(items, first),
  };

  // Built without data, vis-timeline asks for its first draw in the next frame. Given its lanes
  // then, it would draw at once, axis labels and all, because it has not drawn yet: told it has,
  // it leaves that to the next frame's draw too, the one that shows the items. And given its items
  // on a window before every one, it adds them without showing them; moved to the wanted window,
  // it shows them all in that draw, writing every item, then measuring every one, where items
  // added inside the window are each written and measured on their own (a forced layout per item).
  // Its first 'changed' sets this window again: it is the same.
  const timeline = new Timeline(container, null as unknown as DataItem[], visOptions);
  (timeline as unknown as { itemSet: { initialItemSetDrawn: boolean } }).itemSet.initialItemSetDrawn = true;
  timeline.setGroups(groups);
  timeline.setItems(items);
  timeline.setOptions({ start: first.start, end: first.end });
  // vis-timeline ends its first draw (it takes its loading screen away and from then on redraws
  // when the window moves) at the first redraw after its first 'rangechanged', which its own timer
  // sends 200 ms after the constructor set the window. That window is final already: say so now,
  // so that the drawing is finished in the next frame rather than at some redraw after ready.
  (timeline as unknown as { emit(event: string, props: object): void }).emit('rangechanged', {
    ...currentWindowDates(timeline),
    byUser: false,
  });

  timeline.on('click', (props: { item?: string | number | null; event?: { pointerType?: string } }) => {
    if (props.item === null || props.item === undefined || props.item === DATELINE_ID) return;
    const cluster = clusters.get(String(props.item));
    if (cluster) {
      const { start, end } = clusterWindow(cluster.startMs, cluster.endMs);
      moveWindow(start, end, options.animate());
      return;
    }
    const id = eventIdOf(props.item);
    if (id !== undefined) options.onItemActivate(id, props.event?.pointerType ?? 'mouse');
  });

  /** Brings the drawn set up to date with the window, changing only what differs; says whether it did. */
  function refresh(): boolean {
    const { start, end } = currentWindow();
    const { remove, add } = drawn.update(displaySet(index, start, end, container.clientWidth || 1000));
    items.remove(remove);
    items.add(add);
    return remove.length > 0 || add.length > 0;
  }

  let lastRefresh = 0;
  timeline.on('rangechange', () => {
    // During a drag or a zoom gesture, rebuilding the drawn set costs frames: do it only when
    // the window leaves what is drawn (at most every 150 ms); the gesture's end refreshes anyway.
    const { start, end } = currentWindow();
    if (start >= drawn.shown.coverStart && end <= drawn.shown.coverEnd) return;
    const now = performance.now();
    if (now - lastRefresh < 150) return;
    lastRefresh = now;
    refresh();
  });
  timeline.on('rangechanged', () => {
    refresh();
    options.onRangeChanged?.();
  });

  // Until the reader moves it, the window is fitted to what is drawn.
  let fitted = !requested;
  timeline.on('rangechange', (props: { byUser?: boolean }) => {
    if (props.byUser) fitted = false;
  });
  const fit = new DrawnFit(container, index, span, datelineDay);
  /** While the window is still fitted, fits it again to what is drawn now; says whether it moved. */
  function refit(): boolean {
    if (!fitted) return false;
    const { start, end } = fit.window();
    const now = currentWindow();
    // Less than a pixel's difference: leave it, rather than draw again for nothing.
    const pixel = (now.end - now.start) / Math.max(1, container.clientWidth);
    if (Math.abs(start - now.start) < pixel && Math.abs(end - now.end) < pixel) return false;
    timeline.setWindow(start, end, { animation: false });
    return true;
  }

  // Until the drawing is final: after each draw, fit the window to what was drawn and bring the
  // drawn set up to the window; when either changed something, vis-timeline draws again in the
  // next frame, and the drawing is final after a draw that changed nothing.
  const settling = new Settling(container);
  let fitting = false;
  timeline.on('changed', () => {
    keepWordsWhole(container, rtl);
    // Not within our own change: vis-timeline may draw at once when the drawn set changes.
    if (!settling.pending || fitting) return;
    fitting = true;
    const moved = refit();
    const changed = refresh();
    fitting = false;
    if (!moved && !changed) settling.done();
    // A drawn set changed without a move of the window: draw it, and fit again after that.
    else if (!moved) timeline.redraw();
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
      const { start, end } = pannedWindow(currentWindow(), event.deltaX, container.clientWidth, rtl);
      moveWindow(start, end, false);
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
    // Fitted again after the draw (see 'changed'), when it is measured, and final after that.
    settling.start();
    refresh();
    timeline.redraw();
  });
  resizes.observe(container);

  function currentWindow(): TimeWindow {
    const { start, end } = timeline.getWindow();
    return { start: start.valueOf(), end: end.valueOf() };
  }

  function zoomAround(factor: number, center: number, animation = false): void {
    const { start, end } = zoomedWindow(currentWindow(), factor, center, limits);
    moveWindow(start, end, animation);
  }

  /** Moves the window where the reader asked: from then on it is theirs, no longer fitted. */
  function moveWindow(start: number, end: number, animation: boolean): void {
    fitted = false;
    timeline.setWindow(start, end, { animation });
  }

  return {
    fit() {
      fitted = true;
      const { start, end } = fit.window();
      timeline.setWindow(start, end, { animation: options.animate() });
    },
    zoom(factor, aroundId) {
      const spec = aroundId === undefined ? undefined : byId.get(aroundId);
      // A point's moment, or a range's first day, where its card hangs: held still on screen.
      const anchor = spec && drawn.events.has(aroundId!) ? extentOf(spec)[0] : NaN;
      zoomAround(factor, zoomCenter(currentWindow(), anchor), options.animate());
    },
    canZoom() {
      return canZoom(currentWindow(), limits);
    },
    reveal(id) {
      const spec = byId.get(id);
      if (!spec || this.isVisible(id)) return;
      const { start, end } = revealWindow(currentWindow(), extentOf(spec), index, limits);
      moveWindow(start, end, false);
      refresh();
    },
    isVisible(id) {
      const spec = byId.get(id);
      if (!spec || !drawn.events.has(id)) return false;
      const { start, end } = currentWindow();
      const [from, to] = extentOf(spec);
      return from >= start && to <= end;
    },
    window: currentWindow,
    days() {
      return fitted ? null : daysOfWindow(currentWindow());
    },
    showDays(days) {
      if (!days) {
        fitted = true;
        const { start, end } = fit.window();
        timeline.setWindow(start, end, { animation: false });
        return;
      }
      const { start, end } = windowOfDays(days);
      moveWindow(start, end, false);
      refresh();
    },
    refreshItems(ids) {
      // An update with the same fields still marks each item to be drawn again, with the template.
      const update = ids.filter((id) => drawn.events.has(id)).map((id) => toVisItem(byId.get(id)!));
      if (update.length > 0) items.update(update);
    },
    redraw() {
      settling.start();
      timeline.redraw();
    },
    settled() {
      return settling.promise;
    },
    destroy() {
      settling.end();
      resizes.disconnect();
      container.removeEventListener('wheel', onWheel, { capture: true });
      timeline.destroy();
      items.clear();
      groups.clear();
    },
  };
}

/** Pixels from the first lane's top to its first items, below the dateline's label. */
function datelineBand(container: HTMLElement): number {
  // A detached or unstyled container has no font size: the stylesheet's default, 15 pixels.
  const fontPx = parseFloat(getComputedStyle(container).fontSize) || 15;
  return Math.ceil(fontPx * DATELINE_LABEL_EM) + ITEM_MARGIN;
}

/** A window as long as `window`, ending before the earliest of `items` begins. */
function windowBefore(items: DataSet<DataItem>, window: TimeWindow): TimeWindow {
  const earliest = items.min('start');
  const from = Math.min(window.start, earliest ? new Date(earliest.start).valueOf() : window.start);
  const length = window.end - window.start;
  return { start: from - 2 * length, end: from - length };
}

function currentWindowDates(timeline: Timeline): { start: Date; end: Date } {
  const { start, end } = timeline.getWindow();
  return { start, end };
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
