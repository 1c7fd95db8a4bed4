import { buildEventCard } from '../card/buildEventCard.ts';
import { h } from '../dom/h.ts';
import { idsInOrder } from '../list/renderEventList.ts';
import type { Controller } from './controllers.ts';
import { loadTakeAway } from './loadTakeAway.ts';
import type { TimelineHost } from './TimelineHost.ts';

/**
 * What a printed page shows in place of the controls (styles/timeline.css, `@media print`): the
 * drawing as an image fitted to the page's width, then every event with its date, quotes and
 * translations. Built when printing starts, not before: an archive's cards are many. Printing
 * also loads the take-away code, so that the image is ready for the next print when not for this one.
 */
export class PrintController implements Controller {
  readonly #host: TimelineHost;
  #section: HTMLElement | null = null;

  constructor(host: TimelineHost) {
    this.#host = host;
  }

  hostConnected(signal: AbortSignal): void {
    const section = h('section', { class: 'dt-print', part: 'print' });
    this.#host.parts.base.append(section);
    this.#section = section;
    const print = matchMedia('print');
    // Both: `beforeprint` comes first from the print dialog; the media query also from a
    // print preview or an emulated print medium, which send no `beforeprint`.
    print.addEventListener('change', () => print.matches && this.render(), { signal });
    window.addEventListener('beforeprint', () => this.render(), { signal });
  }

  render(): void {
    const host = this.#host;
    const section = this.#section;
    const model = host.model;
    if (!section || !model) return;
    const context = host.context();
    const list = h('ol', {});
    for (const id of idsInOrder(model)) {
      const event = model.events.get(id);
      if (event) list.append(h('li', {}, buildEventCard(event, context, 'h3')));
    }
    section.replaceChildren(h('h2', {}, host.strings.share.everyEvent), list);
    // The drawing as an image fitted to the page, from the take-away code (loaded on demand):
    // until it is there, the drawing itself prints (styles/timeline.css, .dt-print-image).
    void loadTakeAway()
      .then(({ drawingImageSvg }) => {
        const svg = drawingImageSvg(host);
        if (!svg || !section.isConnected) return;
        section.querySelector('svg')?.remove();
        section.prepend(svg);
        host.parts.base.classList.add('dt-print-image');
      })
      .catch(() => undefined);
  }
}
