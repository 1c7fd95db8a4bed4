import { buildEventCard } from '../card/buildEventCard.ts';
import { titleIn } from '../card/eventTitle.ts';
import { h } from '../dom/h.ts';
import { formatEventTime } from '../format/formatDay.ts';
import { listen } from '../dom/listen.ts';
import type { Controller } from './controllers.ts';
import { unknownSelectedProblem } from '../view/viewProblems.ts';
import { TimelineErrorEvent, TimelineSelectEvent } from './events.ts';
import type { TimelineHost } from './TimelineHost.ts';

/** The selected (pinned) event and its details panel; and the active one, which the keyboard moves. */
export class SelectionController implements Controller {
  readonly #host: TimelineHost;
  #selected: string | null = null;
  /** The event the keyboard is on (the listbox's active option); the selected one after a click. */
  active: string | undefined;
  /** What had focus when the details were opened: focus returns there when they close. */
  #detailsOpener: HTMLElement | null = null;
  /** The last id asked for that the data does not have: reported once, not after every drawing. */
  #unknown: string | null = null;

  constructor(host: TimelineHost) {
    this.#host = host;
  }

  hostConnected(signal: AbortSignal): void {
    const { details } = this.#host.parts;
    listen(
      details,
      'click',
      (event) => (event.target as Element).closest('.dt-close') && this.closeDetails(),
      signal,
    );
  }

  get selected(): string | null {
    return this.#selected;
  }

  /** Whether the data shown has this event: loaded, or listed in an archive's index. */
  #knows(id: string): boolean {
    return this.#host.model?.events.has(id) === true || this.#host.archive.has(id);
  }

  /** Selects (pins) an event, or clears the selection with null. */
  select(id: string | null): void {
    const host = this.#host;
    if (!host.model && id !== null) {
      // Not loaded yet: keep the wish; `restore` applies the attribute once the data is shown.
      host.element.setAttribute('selected', id);
      return;
    }
    const next = id !== null && this.#knows(id) ? id : null;
    if (id !== null && next === null) this.#reportUnknown(id);
    if (next === this.#selected) return;
    this.#selected = next;
    const focused = host.root.activeElement as HTMLElement | null;
    if (next !== null && focused && !host.parts.details.contains(focused)) this.#detailsOpener = focused;
    if (next === null) host.element.removeAttribute('selected');
    else host.element.setAttribute('selected', next);
    if (next !== null) {
      this.active = next;
      host.drawing.vis?.reveal(next);
    }
    this.render();
    if (next !== null) this.announce(next);
    host.element.dispatchEvent(new TimelineSelectEvent({ id: next }));
  }

  /** After a drawing: selects what the `selected` attribute asked for before the data came, or shows the selection again. */
  restore(): void {
    const requested = this.#host.element.getAttribute('selected');
    if (requested && requested !== this.#selected && this.#knows(requested)) this.select(requested);
    else {
      if (requested && requested !== this.#unknown && !this.#knows(requested)) this.#reportUnknown(requested);
      this.render();
    }
  }

  /** A page (an attribute, a view, a link) asked for an event the data does not have: not fatal. */
  #reportUnknown(id: string): void {
    this.#unknown = id;
    const problems = [unknownSelectedProblem(id)];
    this.#host.element.dispatchEvent(new TimelineErrorEvent({ problems, fatal: false }));
  }

  /** Says which event is selected; an archive's event not yet fetched, once it is. */
  announce(id: string): void {
    const host = this.#host;
    const event = host.model?.events.get(id);
    if (!event) return;
    host.announce(
      host.strings.selected(titleIn(event, host.lang).text, formatEventTime(event.time, host.context())),
    );
  }

  /** The details panel, the quotes marked in the article and the items' state, for the selection. */
  render(): void {
    const host = this.#host;
    const { details } = host.parts;
    const selected = this.#selected;
    const event = selected ? host.model?.events.get(selected) : undefined;
    details.hidden = selected === null;
    if (selected !== null) {
      const { strings } = host;
      const close = h(
        'button',
        { type: 'button', class: 'dt-close', 'aria-label': strings.closeDetails },
        '×',
      );
      details.replaceChildren(
        h('header', {}, h('h2', {}, strings.details), close),
        event ? buildEventCard(event, host.context()) : host.archive.placeholder(selected),
      );
    }
    if (event) host.article.render();
    host.article.markQuotesOf(event?.id);
    host.drawing.syncItemState();
  }

  /**
   * Clears the selection. Focus inside the details (on their close button, say) would fall to
   * the page's <body> as they hide: it goes back where the details were opened from (the
   * timeline, its event still active, or an undated chip), or else to the timeline or the view switch.
   */
  closeDetails(): void {
    const { details, timeline, listToggle } = this.#host.parts;
    const focused = details.contains(this.#host.root.activeElement);
    const opener = this.#detailsOpener;
    this.select(null);
    if (!focused) return;
    [opener, timeline, listToggle]
      .find((candidate) => candidate?.isConnected && candidate.getClientRects().length > 0)
      ?.focus();
  }
}
