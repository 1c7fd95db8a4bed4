import type { CardContext } from '../card/buildEventCard.ts';
import { buildEventCard } from '../card/buildEventCard.ts';
import { h } from '../dom/h.ts';
import { localise } from '../i18n/localise.ts';
import type { TimelineModel } from '../timeline/toTimelineItems.ts';

export const LIST_PAGE_SIZE = 100;

/** Every event's id in reading order: dated ones in time order, then the undated background. */
export function idsInOrder(model: TimelineModel): string[] {
  return [...model.items.map((item) => item.id), ...model.undated];
}

/** The ids on a page of the list. */
export function idsOnPage(model: TimelineModel, page: number): string[] {
  const all = idsInOrder(model);
  const pages = Math.max(1, Math.ceil(all.length / LIST_PAGE_SIZE));
  const first = Math.min(Math.max(0, page), pages - 1) * LIST_PAGE_SIZE;
  return all.slice(first, first + LIST_PAGE_SIZE);
}

/**
 * The text alternative to the drawing: every event in order, each with its date,
 * participants, status, quotes and translations. Long lists come a page at a time, so
 * an archive of 100,000 events does not build 100,000 cards at once.
 */
export function renderEventList(
  model: TimelineModel,
  context: CardContext,
  page = 0,
  onPage?: (page: number) => void,
): HTMLElement {
  const strings = localise(context.lang);
  const all = idsInOrder(model);
  const pages = Math.max(1, Math.ceil(all.length / LIST_PAGE_SIZE));
  const current = Math.min(Math.max(0, page), pages - 1);
  const first = current * LIST_PAGE_SIZE;
  const shown = all.slice(first, first + LIST_PAGE_SIZE);
  const datedCount = model.items.length;

  const list = h('ol', { start: first + 1 });
  shown.forEach((id, i) => {
    if (first + i === datedCount && datedCount > 0)
      list.append(h('li', { class: 'dt-list-divider' }, h('h3', {}, strings.undatedHeading)));
    const event = model.events.get(id);
    // An archive's event whose document has not arrived yet (the caller loads it and draws the page again).
    list.append(
      event
        ? h('li', {}, buildEventCard(event, context, 'h3'))
        : h('li', { 'data-pending': id, 'aria-busy': 'true' }, h('p', {}, strings.loadingEvent)),
    );
  });

  const nav = (where: string) => {
    if (pages === 1 || !onPage) return null;
    const button = (label: string, target: number, disabled: boolean) => {
      const b = h('button', { type: 'button', disabled }, label);
      b.addEventListener('click', () => onPage(target));
      return b;
    };
    return h(
      'nav',
      { class: 'dt-list-pages', 'aria-label': `${strings.listView} (${where})` },
      button(strings.previousPage, current - 1, current === 0),
      h('span', {}, strings.pageOf(first + 1, first + shown.length, all.length)),
      button(strings.nextPage, current + 1, current === pages - 1),
    );
  };

  return h('div', {}, h('h2', {}, strings.listView), nav('top'), list, nav('bottom'));
}
