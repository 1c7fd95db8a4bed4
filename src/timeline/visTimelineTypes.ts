import type { CalendarDate } from '../calendar/calendarDate.ts';
import type { Cluster, ItemIndex } from './displaySet.ts';
import type { Lane } from './lanes.ts';
import type { ItemSpec } from './toTimelineItems.ts';
import type { VisibleDays } from './visibleDays.ts';
import type { TimeWindow } from './zoom.ts';

/** What `mountVisTimeline` is given and what it returns: the drawing's surface, in our own types. */

export interface VisTimelineOptions {
  items: readonly ItemSpec[];
  /** `indexItems(items)`, when the caller has built it already. */
  index?: ItemIndex;
  lanes: readonly Lane[];
  rtl: boolean;
  dateline?: CalendarDate | undefined;
  /** The days to show at first, the last included; without them, the window is fitted to every event. */
  days?: VisibleDays;
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
  /** The window in milliseconds (local time), as drawn now: for an image of the drawing. */
  window(): TimeWindow;
  /** The days in view once the reader has moved the window; null while it is fitted to the events. */
  days(): VisibleDays | null;
  /** Shows these days, at once (a page setting its view); null fits every event again. */
  showDays(days: VisibleDays | null): void;
  /** Builds the content of these items again, where drawn (an archive's event has arrived). */
  refreshItems(ids: readonly string[]): void;
  /** Measures every item again and draws (the fonts have changed); `settled()` says when it is done. */
  redraw(): void;
  /**
   * Resolves once the drawing is in its final state: drawn, its window fitted and drawn again
   * if that moved it, nothing more to draw (also when it cannot be drawn: hidden, or destroyed).
   */
  settled(): Promise<void>;
  destroy(): void;
}
