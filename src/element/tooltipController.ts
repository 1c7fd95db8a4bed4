import { buildEventCard } from '../card/buildEventCard.ts';
import { listen } from '../dom/listen.ts';
import type { Controller } from './controllers.ts';
import type { TimelineHost } from './TimelineHost.ts';
import { placeTooltip, toTopLayer } from './tooltip.ts';

const SHOW_DELAY_MS = 120;
const HIDE_DELAY_MS = 250;

/** The tooltip: an event's card by its item or chip, on hover, focus or touch. */
export class TooltipController implements Controller {
  readonly #host: TimelineHost;
  /** The event whose card the tooltip holds, while it shows. */
  #for: string | null = null;
  #timer = 0;
  #stopAutoUpdate: (() => void) | null = null;
  /** Removes the window's Escape listener, which exists only while a tooltip opened by hover shows. */
  #windowKey: AbortController | null = null;

  constructor(host: TimelineHost) {
    this.#host = host;
  }

  get shownFor(): string | null {
    return this.#for;
  }

  hostConnected(signal: AbortSignal): void {
    const { timeline, tooltip, undated } = this.#host.parts;
    const on = <K extends keyof HTMLElementEventMap>(
      target: HTMLElement,
      type: K,
      listener: (event: HTMLElementEventMap[K]) => void,
    ) => listen(target, type, listener, signal);
    const eventIdOf = (event: PointerEvent) =>
      (event.target as Element).closest<HTMLElement>('[data-event-id]')?.dataset.eventId;
    on(timeline, 'blur', (event) => {
      if (!tooltip.contains(event.relatedTarget as Node | null)) this.scheduleHide();
    });
    on(tooltip, 'focusout', (event) => {
      if (event.relatedTarget !== timeline) this.scheduleHide();
    });
    on(timeline, 'pointerover', (event) => {
      const id = eventIdOf(event);
      if (id && event.pointerType !== 'touch') this.#scheduleShow(id);
    });
    on(timeline, 'pointerout', (event) => {
      const to = event.relatedTarget as Element | null;
      const from = (event.target as Element).closest('[data-event-id]');
      if (from && !from.contains(to)) this.scheduleHide();
    });
    on(undated, 'pointerover', (event) => {
      const id = eventIdOf(event);
      if (id && event.pointerType !== 'touch') this.#scheduleShow(id);
    });
    on(undated, 'pointerout', () => this.scheduleHide());
    on(tooltip, 'pointerenter', () => clearTimeout(this.#timer));
    on(tooltip, 'pointerleave', () => this.scheduleHide());
  }

  hostDisconnected(): void {
    this.hide();
  }

  #scheduleShow(id: string): void {
    clearTimeout(this.#timer);
    if (this.#for === id) return;
    // Moving from one item to the next switches at once; a first hover waits a moment, so passing over does not flicker.
    if (this.#for) this.show(id);
    else this.#timer = window.setTimeout(() => this.show(id), SHOW_DELAY_MS);
  }

  scheduleHide(): void {
    clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => this.hide(), HIDE_DELAY_MS);
  }

  show(id: string): void {
    clearTimeout(this.#timer);
    const host = this.#host;
    const event = host.model?.events.get(id);
    const anchor =
      host.drawing.itemElement(id) ??
      host.parts.undated.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"]`);
    if ((!event && !host.archive.has(id)) || !anchor) return;
    const { tooltip } = host.parts;
    if (this.#for !== id) {
      // An archive's event not yet fetched says so; its card replaces this when it arrives (refresh).
      tooltip.replaceChildren(
        event ? buildEventCard(event, host.context(), 'h3', true) : host.archive.placeholder(id),
      );
      tooltip.scrollTop = 0;
      this.#for = id;
    }
    tooltip.hidden = false;
    toTopLayer(tooltip, true);
    if (!host.root.activeElement && !this.#windowKey) {
      // Escape must dismiss a tooltip opened by hover even when focus is elsewhere on the page
      // (WCAG 1.4.13): the widget's only listener outside itself, while such a tooltip shows.
      this.#windowKey = new AbortController();
      const onKey = (key: KeyboardEvent) => {
        if (key.key === 'Escape' && this.#for) this.hide();
      };
      window.addEventListener('keydown', onKey, { capture: true, signal: this.#windowKey.signal });
    }
    this.#stopAutoUpdate?.();
    const reference = anchor.closest<HTMLElement>('.vis-item') ?? anchor;
    // Should the timeline drop the item's element (zoomed or panned away, or drawn anew),
    // follow the event to its new element, or close, rather than float over nothing.
    this.#stopAutoUpdate = placeTooltip(tooltip, reference, () => {
      if (this.#for !== id) return;
      if (host.drawing.itemElement(id)) this.show(id);
      else this.hide();
    });
  }

  hide(): void {
    this.#windowKey?.abort();
    this.#windowKey = null;
    clearTimeout(this.#timer);
    this.#stopAutoUpdate?.();
    this.#stopAutoUpdate = null;
    this.#for = null;
    const { tooltip } = this.#host.parts;
    toTopLayer(tooltip, false);
    tooltip.hidden = true;
  }

  /** Events have arrived: a tooltip showing one of them shows its card now. */
  refresh(changed: ReadonlySet<string>): void {
    const id = this.#for;
    if (!id || !changed.has(id)) return;
    this.#for = null;
    this.show(id);
  }

  /**
   * PageDown or PageUp while the timeline has focus scrolls the tooltip, when it is cut short
   * and can scroll that way; false otherwise, and the key is left to the page.
   */
  scrollBy(key: 'PageDown' | 'PageUp'): boolean {
    const { tooltip } = this.#host.parts;
    if (!this.#for || tooltip.hidden) return false;
    const room = tooltip.scrollHeight - tooltip.clientHeight;
    const down = key === 'PageDown';
    if (down ? tooltip.scrollTop >= room - 1 : tooltip.scrollTop <= 0) return false;
    tooltip.scrollBy({ top: (down ? 1 : -1) * tooltip.clientHeight * 0.85 });
    return true;
  }
}
