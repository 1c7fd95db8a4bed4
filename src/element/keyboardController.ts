import type { Move } from '../timeline/navigate.ts';
import { navigate } from '../timeline/navigate.ts';
import { listen } from '../dom/listen.ts';
import type { Controller } from './controllers.ts';
import type { TimelineHost } from './TimelineHost.ts';

/** The keyboard: arrows move between events, + and - zoom, Enter selects, Escape closes. */
export class KeyboardController implements Controller {
  readonly #host: TimelineHost;

  constructor(host: TimelineHost) {
    this.#host = host;
  }

  hostConnected(signal: AbortSignal): void {
    const host = this.#host;
    const { timeline, base } = host.parts;
    listen(timeline, 'keydown', (event) => this.#onKey(event), signal);
    listen(
      timeline,
      'focus',
      () => {
        host.selection.active ??= host.filter.items[0]?.id;
        this.moveTo(host.selection.active);
      },
      signal,
    );
    listen(timeline, 'blur', () => timeline.removeAttribute('aria-activedescendant'), signal);
    // Escape closes the tooltip, then the details; listened to on our own root, never on document.
    listen(
      base,
      'keydown',
      (event) => {
        if (event.key !== 'Escape') return;
        if (host.tooltip.shownFor) host.tooltip.hide();
        else if (host.selection.selected) host.selection.closeDetails();
        else return;
        event.preventDefault();
      },
      signal,
    );
  }

  #onKey(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const host = this.#host;
    const { active } = host.selection;
    const rtl = host.lang === 'ar';
    const moves: Record<string, Move> = {
      ArrowRight: rtl ? 'earlier' : 'later',
      ArrowLeft: rtl ? 'later' : 'earlier',
      ArrowUp: 'lane-up',
      ArrowDown: 'lane-down',
      Home: 'first',
      End: 'last',
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      // Filtered-out events, hidden or dimmed, are out of the keyboard's order.
      const shown = host.filter.shownModel();
      this.moveTo(navigate(shown?.items ?? [], shown?.lanes ?? [], active, move));
    } else if (event.key === '+' || event.key === '=') {
      event.preventDefault();
      host.drawing.zoom(0.5, active);
    } else if (event.key === '-' || event.key === '_') {
      event.preventDefault();
      host.drawing.zoom(2, active);
    } else if ((event.key === 'PageDown' || event.key === 'PageUp') && host.tooltip.scrollBy(event.key)) {
      event.preventDefault();
    } else if ((event.key === 'Enter' || event.key === ' ') && active) {
      event.preventDefault();
      host.selection.select(active);
      host.tooltip.show(active);
    }
  }

  /** Makes an event the active one: brought into view, marked, its tooltip shown. */
  moveTo(id: string | undefined): void {
    if (!id) return;
    const { selection, drawing, tooltip } = this.#host;
    selection.active = id;
    const drawn = drawing.vis?.isVisible(id) && drawing.itemElement(id);
    drawing.vis?.reveal(id);
    const show = () => {
      this.#scrollIntoTimeline(id);
      drawing.syncItemState();
      tooltip.show(id);
    };
    // vis-timeline draws a newly revealed item on its next frame.
    if (drawn) show();
    else requestAnimationFrame(show);
  }

  /**
   * In a timeline given a height, brings an event's lane into its scrolled view, as little as
   * needed. Only the timeline scrolls, never the page: the event's box is moved in time by
   * vis-timeline itself.
   */
  #scrollIntoTimeline(id: string): void {
    const { timeline } = this.#host.parts;
    const item = this.#host.drawing.itemElement(id)?.closest('.vis-item');
    if (!item || timeline.scrollHeight <= timeline.clientHeight) return;
    const box = item.getBoundingClientRect();
    const view = timeline.getBoundingClientRect();
    if (box.top < view.top) timeline.scrollTop -= view.top - box.top + 8;
    else if (box.bottom > view.bottom) timeline.scrollTop += box.bottom - view.bottom + 8;
  }
}
