import { buildEventCard } from '../card/buildEventCard.ts';
import { h } from '../dom/h.ts';
import { idsOnPage, renderEventList } from '../list/renderEventList.ts';
import { listen } from '../dom/listen.ts';
import type { Controller } from './controllers.ts';
import type { TimelineHost } from './TimelineHost.ts';

/** The list view: every event in words, a page at a time, in place of the drawing. */
export class ListViewController implements Controller {
  readonly #host: TimelineHost;
  #shown = false;

  constructor(host: TimelineHost) {
    this.#host = host;
  }

  /** Whether the list shows instead of the drawing. */
  get shown(): boolean {
    return this.#shown;
  }

  hostConnected(signal: AbortSignal): void {
    listen(this.#host.parts.listToggle, 'click', () => this.toggle(), signal);
  }

  toggle(): void {
    const host = this.#host;
    this.#shown = !this.#shown;
    const { list, listToggle } = host.parts;
    listToggle.textContent = this.#shown ? host.strings.timelineView : host.strings.listView;
    host.drawing.showView();
    // Its event has just left the screen: left open, it would float over the list at its
    // hidden anchor's place (under the pointer, in Arabic).
    if (this.#shown) host.tooltip.hide();
    list.hidden = !this.#shown;
    if (this.#shown) this.render();
    else host.drawing.vis?.redraw();
  }

  render(page = 0): void {
    const host = this.#host;
    const { list } = host.parts;
    // The same filter as the drawing: the list shows only the events it lets through.
    const model = host.filter.shownModel();
    if (!model) return;
    list.replaceChildren(
      renderEventList(model, host.context(), page, (next) => {
        this.render(next);
        list.querySelector('h2')?.focus();
      }),
    );
    list.querySelector('h2')?.setAttribute('tabindex', '-1');
    if (host.shown.kind === 'archive') {
      const ids = idsOnPage(model, page);
      for (const id of ids) host.archive.want(id);
      this.fill(new Set(ids.filter((id) => host.archive.isRejected(id))));
    }
  }

  /**
   * An archive's events have arrived: their cards replace the list's placeholders in place, so
   * focus and scroll stay where the reader left them.
   */
  fill(changed: ReadonlySet<string>): void {
    const host = this.#host;
    for (const item of host.parts.list.querySelectorAll<HTMLElement>('li[data-pending]')) {
      const id = item.dataset.pending!;
      if (!changed.has(id)) continue;
      const event = host.model?.events.get(id);
      item.removeAttribute('data-pending');
      item.removeAttribute('aria-busy');
      item.replaceChildren(
        event ? buildEventCard(event, host.context(), 'h3') : h('p', {}, host.strings.notShown),
      );
    }
  }
}
