import { describeEvent } from '../card/buildEventCard.ts';
import { isolatedTitle } from '../card/eventTitle.ts';
import type { CalendarDate } from '../calendar/calendarDate.ts';
import { compareCalendarDates, parseCalendarDate } from '../calendar/calendarDate.ts';
import { h } from '../dom/h.ts';
import { formatAxisLabel, formatDay } from '../format/formatDay.ts';
import { INDIVIDUAL_LIMIT } from '../timeline/displaySet.ts';
import type { ItemSpec } from '../timeline/toTimelineItems.ts';
import type { VisTimeline } from '../timeline/visTimelineTypes.ts';
import { mountVisTimeline } from '../timeline/visAdapter.ts';
import { listen } from '../dom/listen.ts';
import type { Controller } from './controllers.ts';
import type { TimelineHost } from './TimelineHost.ts';
import { renderUndatedChips } from './undatedChips.ts';

/**
 * The drawing: the timeline itself (through the one adapter to vis-timeline), its items built
 * in their final state, the zoom, and the undated chips beside it.
 */
export class DrawingController implements Controller {
  readonly #host: TimelineHost;
  #vis: VisTimeline | null = null;
  #settled: Promise<void> = Promise.resolve();

  constructor(host: TimelineHost) {
    this.#host = host;
  }

  hostConnected(signal: AbortSignal): void {
    const { undated, zoomButtons } = this.#host.parts;
    const [zoomIn, zoomOut, fit] = zoomButtons;
    // Around the selected event, if it is in view: it stays where it is.
    listen(zoomIn!, 'click', () => this.zoom(0.5, this.#host.selection.selected), signal);
    listen(zoomOut!, 'click', () => this.zoom(2, this.#host.selection.selected), signal);
    listen(fit!, 'click', () => this.fit(), signal);
    const chipOf = (event: Event) =>
      (event.target as Element).closest<HTMLElement>('.dt-chip[data-event-id]');
    const { selection, tooltip } = this.#host;
    listen(
      undated,
      'click',
      (event) => chipOf(event) && selection.select(chipOf(event)!.dataset.eventId!),
      signal,
    );
    listen(
      undated,
      'focusin',
      (event) => chipOf(event) && tooltip.show(chipOf(event)!.dataset.eventId!),
      signal,
    );
    listen(undated, 'focusout', (event) => chipOf(event) && tooltip.scheduleHide(), signal);
  }

  hostDisconnected(): void {
    this.destroy();
  }

  /** Removes the drawing (and the tooltip that points into it). */
  destroy(): void {
    this.#host.tooltip.hide();
    this.#vis?.destroy();
    this.#vis = null;
  }

  get vis(): VisTimeline | null {
    return this.#vis;
  }

  /** Resolves once the drawing last begun is in its final state (see #settle). */
  get settled(): Promise<void> {
    return this.#settled;
  }

  /**
   * The drawing's final state: drawn with its window fitted and, when fonts were still loading
   * as it was built, measured and drawn again with them (they change every item's size). Fonts
   * slower than FONTS_BOUND_MS are not waited for: the drawing is redrawn when they arrive.
   */
  async #settle(vis: VisTimeline | null, fontsLoading: boolean): Promise<void> {
    if (!vis) return;
    await vis.settled();
    if (fontsLoading && this.#vis === vis) {
      const fonts = document.fonts.ready.then(() => true);
      if (await Promise.race([fonts, delay(FONTS_BOUND_MS).then(() => false)])) {
        if (this.#vis !== vis) return;
        vis.redraw();
        await vis.settled();
      } else {
        void fonts.then(() => this.#vis === vis && vis.redraw());
      }
    }
    // The fitted window may allow other zooms than the one first drawn.
    if (this.#vis === vis) this.#syncZoomButtons();
  }

  /** Whether the shown data has an event to place on the axis. */
  #hasDrawing(): boolean {
    return (this.#host.model?.items.length ?? 0) > 0;
  }

  /**
   * The drawing and its zoom buttons show in the timeline view, when there is something to
   * draw; the undated chips too, beside it: the list view lists those events itself, last.
   */
  showView(): void {
    const { timeline, zoomButtons, undated } = this.#host.parts;
    const list = this.#host.list.shown;
    const shown = !list && this.#hasDrawing();
    timeline.hidden = !shown;
    for (const zoomButton of zoomButtons) zoomButton.hidden = !shown;
    undated.hidden = list || !this.#host.model?.undated.length;
  }

  /** Draws what is shown: the notice, the timeline, the chips, the article, the list and the selection. */
  draw(): void {
    const host = this.#host;
    this.destroy();
    const { strings, loaded } = host;
    const { summary, legendCluster, legendDateline, timeline, undated } = host.parts;
    host.frame.renderNotice();
    if (!loaded) {
      // Drawn again during a load (a new lang or height): it is still loading, in the new words.
      summary.textContent = host.awaitingData ? strings.loading : '';
      timeline.hidden = true;
      return;
    }
    const doc = loaded.kind === 'document' ? loaded.document : undefined;
    // Filtered out: not drawn (filter-mode="hide"), or drawn dimmed, so the model may be narrower.
    const model = host.filter.drawnModel() ?? loaded.model;
    const index = model === loaded.model ? loaded.index : host.filter.indexOf(model);
    summary.textContent = host.filter.summary();
    legendCluster.hidden = model.items.length <= INDIVIDUAL_LIMIT;
    legendDateline.hidden = !doc;
    this.showView();
    // A page-given height: the drawing scrolls within it, rather than run over what follows.
    const height = host.element.getAttribute('height');
    timeline.style.height = height ?? '';
    timeline.classList.toggle('dt-fixed-height', height !== null);

    const context = host.context();
    // What goes beside and below the drawing first: the page is then as tall as it will be when
    // vis-timeline measures, and no scrollbar appearing later narrows the drawing to draw again.
    // An archive's undated events are spread over its parts: the list view fetches them a page at a time.
    const chipsAt = performance.now();
    renderUndatedChips(undated, model, loaded.kind === 'archive', context);
    performance.measure('diplomatic-timeline:chips', { start: chipsAt });
    host.article.reset();
    const drawing = performance.now();
    // Nothing dated, nothing to place on an axis: no empty axis around today.
    this.#vis = !this.#hasDrawing()
      ? null
      : mountVisTimeline(timeline, {
          items: model.items,
          ...(index && { index }),
          lanes: model.lanes,
          rtl: host.lang === 'ar',
          dateline: doc?.source.dateline,
          animate: () => !matchMedia('(prefers-reduced-motion: reduce)').matches,
          renderItem: (spec) => this.#renderItem(spec),
          renderCluster: (cluster) =>
            h(
              'span',
              {
                class: 'dt-cluster-content',
                'data-cluster': cluster.count,
                role: 'option',
                'aria-selected': 'false',
                'aria-label': strings.cluster(cluster.count),
                // The same words for a mouse: a count alone does not say that a click zooms in.
                title: strings.cluster(cluster.count),
              },
              String(cluster.count),
            ),
          renderLane: (lane) =>
            h(
              'span',
              { class: 'dt-lane-label' },
              lane.label[host.lang],
              lane.detail ? h('span', { class: 'dt-lane-detail' }, lane.detail[host.lang]) : null,
            ),
          renderDateline: () =>
            h(
              'span',
              { class: 'dt-dateline-label', title: formatDay(doc!.source.dateline, context) },
              strings.dateline,
            ),
          formatAxisLabel: (date, scale, kind) => formatAxisLabel(date, scale, kind, context),
          onItemActivate: (id, pointerType) => {
            host.selection.active = id;
            host.selection.select(id);
            if (pointerType === 'touch' || pointerType === 'pen') host.tooltip.show(id);
          },
          onRangeChanged: () => {
            this.syncItemState();
            this.#syncZoomButtons();
            host.view.windowMoved();
          },
          ...this.#requestedDays(),
        });
    this.#syncZoomButtons();
    performance.measure('diplomatic-timeline:draw', { start: drawing });
    // The constructor laid the items out: any font their words need is loading by now.
    this.#settled = this.#settle(this.#vis, document.fonts?.status === 'loading');

    if (host.list.shown) host.list.render();
    host.selection.restore();
    host.filter.afterDraw();
    host.search.afterDraw();
  }

  /**
   * An item's element, in its final state from the start: its selection, focus, labels and,
   * for an archive's event not yet fetched, that it is coming (or failed its checks).
   */
  #renderItem(spec: ItemSpec): HTMLElement {
    const host = this.#host;
    const { strings, lang } = host;
    const event = host.model?.events.get(spec.id);
    const { active, selected } = host.selection;
    const classes = ['dt-item-content'];
    if (spec.id === active) classes.push('dt-active');
    if (spec.id === selected) classes.push('dt-selected');
    if (host.search.isMatch(spec.id)) classes.push('dt-match');
    if (host.filter.isDimmed(spec.id)) classes.push('dt-dimmed');
    // An archive's event whose part has not arrived: its day and lane are known, its words
    // not yet; or it failed its checks, and the problems say why.
    const rejected = !event && host.archive.isRejected(spec.id);
    if (!event && !rejected) host.archive.want(spec.id);
    if (!event) classes.push(rejected ? 'dt-rejected' : 'dt-pending');
    const option = {
      class: classes.join(' '),
      id: `dt-opt-${spec.id}`,
      role: 'option',
      'aria-selected': String(spec.id === selected),
      'data-event-id': spec.id,
    };
    if (!event) {
      const pending = strings.pending(formatDay(spec.start, host.context()));
      return h(
        'span',
        { ...option, 'aria-label': rejected ? strings.notShown : pending, 'aria-busy': String(!rejected) },
        rejected ? strings.notShown : '…',
      );
    }
    return h(
      'span',
      { ...option, 'aria-label': describeEvent(event, host.context()) },
      isolatedTitle(event, lang),
      spec.tentative ? ' ' : null,
      spec.tentative ? h('span', { class: 'dt-tag' }, strings.status[event.status]) : null,
    );
  }

  /**
   * vis-timeline keeps item elements it drew before: bring their focus and selection state up
   * to date. Only what differs is written, so that an item already right is left untouched.
   */
  syncItemState(): void {
    const { timeline } = this.#host.parts;
    const { active, selected } = this.#host.selection;
    for (const element of timeline.querySelectorAll<HTMLElement>('[data-event-id]')) {
      const id = element.dataset.eventId!;
      element.classList.toggle('dt-active', id === active);
      element.classList.toggle('dt-selected', id === selected);
      setIfChanged(element, 'aria-selected', String(id === selected));
    }
    const activeElement = active ? this.itemElement(active) : null;
    if (activeElement && this.#host.root.activeElement === timeline)
      timeline.setAttribute('aria-activedescendant', activeElement.id);
    else timeline.removeAttribute('aria-activedescendant');
  }

  itemElement(id: string): HTMLElement | null {
    return this.#host.parts.timeline.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"]`);
  }

  /** Zooms to show every event. */
  fit(): void {
    this.#vis?.fit();
  }

  /** Zooms (by `factor`, below 1: in) around an event when it is in view; nothing past the limits. */
  zoom(factor: number, aroundId: string | null | undefined): void {
    const limits = this.#vis?.canZoom();
    if (!limits || !(factor < 1 ? limits.in : limits.out)) return;
    this.#vis!.zoom(factor, aroundId ?? undefined);
    // Not only on rangechanged, which vis-timeline sends 200 ms after a jump: a second click in
    // between would find the buttons still claiming room to zoom that is not there.
    this.#syncZoomButtons();
  }

  /** The zoom buttons say when they are at a limit; aria-disabled keeps them focusable. */
  #syncZoomButtons(): void {
    const limits = this.#vis?.canZoom() ?? { in: false, out: false };
    const [zoomIn, zoomOut] = this.#host.parts.zoomButtons;
    setIfChanged(zoomIn!, 'aria-disabled', String(!limits.in));
    setIfChanged(zoomOut!, 'aria-disabled', String(!limits.out));
  }

  /** The `start` and `end` attributes, when both are days and in order. */
  #requestedDays(): { days?: { first: CalendarDate; last: CalendarDate } } {
    const { element } = this.#host;
    const first = parseCalendarDate(element.getAttribute('start') ?? '');
    const last = parseCalendarDate(element.getAttribute('end') ?? '');
    return first && last && compareCalendarDates(first, last) <= 0 ? { days: { first, last } } : {};
  }
}

/** How long the first drawing waits for fonts that are loading, before it is called ready without them. */
const FONTS_BOUND_MS = 1000;

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Writes an attribute only when its value changes: a write of the same value still notifies observers. */
function setIfChanged(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}
