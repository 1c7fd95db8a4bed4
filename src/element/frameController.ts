import { h } from '../dom/h.ts';
import type { Problem } from '../types.ts';
import { formatProblem } from '../validate/formatProblem.ts';
import type { Controller } from './controllers.ts';
import type { TimelineHost } from './TimelineHost.ts';

/** The frame's elements that controllers fill or listen to. */
export interface FrameParts {
  base: HTMLElement;
  /** Controllers add their own controls to it: search, filters, copy link, download. */
  toolbar: HTMLElement;
  summary: HTMLElement;
  notice: HTMLElement;
  /** The legend's entry for clusters. */
  legendCluster: HTMLElement;
  legendDateline: HTMLElement;
  /** The button switching between the drawing and the list view. */
  listToggle: HTMLElement;
  /** Zoom in, zoom out and fit all: hidden with the drawing, in the list view. */
  zoomButtons: HTMLElement[];
  timeline: HTMLElement;
  undated: HTMLElement;
  tooltip: HTMLElement;
  details: HTMLElement;
  article: HTMLElement;
  list: HTMLElement;
  live: HTMLElement;
}

/**
 * How many events the problems keep off the timeline: every event with an error is left out;
 * a review note (severity "review") leaves its event shown.
 */
function leftOut(problems: readonly Problem[]): number {
  const events = new Set<string>();
  for (const { document = '', eventIndex, eventId, severity } of problems) {
    if (severity === 'review') continue;
    // An archive's part names its events by id; a document by position (an event may lack an id).
    if (eventIndex !== undefined) events.add(`${document}#${eventIndex}`);
    else if (document && eventId !== undefined) events.add(`${document}:${eventId}`);
  }
  return events.size;
}

/** The static frame: toolbar, legend, containers, in the language of the moment; and the notice. */
export class FrameController implements Controller {
  readonly #host: TimelineHost;
  /** Set when the frame is first built: never read before (the host builds it on connecting). */
  parts!: FrameParts;

  constructor(host: TimelineHost) {
    this.#host = host;
  }

  hostConnected(): void {
    const host = this.#host;
    const { strings, lang } = host;
    // Their clicks are listened to by the controllers of the list view and the drawing.
    const button = (label: string, extra: Record<string, string> = {}) =>
      h('button', { type: 'button', ...extra }, label);
    const summary = h('span', { class: 'dt-summary' });
    // Its label names the view it switches to; no aria-pressed, which would announce
    // "Timeline view, pressed" while the list shows.
    const listToggle = button(host.list.shown ? strings.timelineView : strings.listView, {
      part: 'list-toggle',
    });
    const zoomButtons = [
      button(strings.zoomIn, { 'aria-label': strings.zoomIn }),
      button(strings.zoomOut, { 'aria-label': strings.zoomOut }),
      button(strings.fit),
    ];
    for (const zoomButton of zoomButtons) zoomButton.hidden = host.list.shown;
    const toolbar = h(
      'div',
      { class: 'dt-toolbar', part: 'toolbar', role: 'toolbar', 'aria-label': strings.timeline },
      summary,
      ...zoomButtons,
      listToggle,
    );
    const swatch = (kind: string, text = '') =>
      h('span', { class: `dt-swatch ${kind}`.trim(), 'aria-hidden': 'true' }, text);
    // Shown only when the document has enough events to be drawn in clusters (see DrawingController).
    const legendCluster = h(
      'li',
      { hidden: true },
      swatch('dt-cluster-swatch', '12'),
      strings.legendItems.cluster,
    );
    // An archive has no one dateline: hidden then.
    const legendDateline = h('li', {}, swatch('dt-dateline-swatch'), strings.legendItems.dateline);
    const legend = h(
      'ul',
      { class: 'dt-legend', part: 'legend', 'aria-label': strings.legend },
      h('li', {}, swatch(''), strings.legendItems.occurred),
      h('li', {}, swatch('dt-tentative'), strings.legendItems.proposed),
      h('li', {}, swatch('dt-range'), strings.legendItems.range),
      legendDateline,
      legendCluster,
    );
    // Focusable: a long list of problems scrolls within it (max-height), and a keyboard must reach it.
    const notice = h('div', { class: 'dt-notice', part: 'notice', role: 'alert', tabindex: 0, hidden: true });
    const timeline = h('div', {
      class: 'dt-timeline',
      part: 'timeline',
      role: 'listbox',
      tabindex: 0,
      'aria-label': strings.timeline,
      'aria-describedby': 'dt-help',
    });
    const help = h('p', { id: 'dt-help', class: 'dt-visually-hidden' }, strings.timelineHelp);
    const undated = h('section', { class: 'dt-undated', part: 'undated', hidden: true });
    // A popover, shown in the top layer: the host's containment (and a page's overflow or
    // stacking) would otherwise cut off a tooltip taller than the room left in the widget.
    const tooltip = h('div', {
      class: 'dt-tooltip',
      part: 'tooltip',
      role: 'tooltip',
      id: 'dt-tooltip',
      popover: 'manual',
      hidden: true,
    });
    const details = h('section', {
      class: 'dt-details',
      part: 'details',
      'aria-label': strings.details,
      hidden: true,
    });
    const article = h('section', { class: 'dt-article', part: 'article', hidden: true });
    const list = h('section', { class: 'dt-list', part: 'list', hidden: true });
    const live = h('div', { class: 'dt-visually-hidden', 'aria-live': 'polite', 'aria-atomic': 'true' });
    const base = h(
      'div',
      { class: 'dt', part: 'base', lang, dir: lang === 'ar' ? 'rtl' : 'ltr' },
      toolbar,
      legend,
      notice,
      help,
      timeline,
      // Next after the timeline in tab order: a tooltip cut short by the viewport scrolls, and
      // Tab from the timeline must reach it before the undated chips replace it with theirs.
      tooltip,
      undated,
      list,
      h('div', { class: 'dt-panels' }, details, article),
      live,
    );
    host.root.replaceChildren(base);
    this.parts = {
      base,
      toolbar,
      summary,
      notice,
      legendCluster,
      legendDateline,
      listToggle,
      zoomButtons,
      timeline,
      undated,
      tooltip,
      details,
      article,
      list,
      live,
    };
  }

  /** The problems, or the error state's reason: above the drawing, in the language of the moment. */
  renderNotice(): void {
    const { notice } = this.parts;
    const { strings, shown } = this.#host;
    const { problems } = shown;
    const fatal = shown.kind === 'failed';
    notice.hidden = problems.length === 0;
    notice.classList.toggle('dt-fatal', fatal);
    // Nothing to say, nothing written: its heading's count would be formatted for no one.
    if (notice.hidden) {
      notice.replaceChildren();
      return;
    }
    notice.replaceChildren(
      h('p', {}, fatal ? strings.errorHeading : strings.problemsHeading(problems.length, leftOut(problems))),
      h(
        'ul',
        { lang: 'en', dir: 'ltr' },
        ...problems.slice(0, 200).map((p) => h('li', {}, formatProblem(p))),
      ),
    );
  }
}
