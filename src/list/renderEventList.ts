import type { CardContext } from '../card/buildEventCard.ts';
import { buildEventCard } from '../card/buildEventCard.ts';
import { h } from '../card/h.ts';
import { STRINGS } from '../i18n/strings.ts';
import type { TimelineModel } from '../timeline/toTimelineItems.ts';

/**
 * The text alternative to the drawing: every event in time order, then the undated
 * background, each with its date, participants, status, quotes and translations.
 */
export function renderEventList(model: TimelineModel, context: CardContext): HTMLElement {
  const strings = STRINGS[context.lang];
  const dated = model.items.map((item) => model.events.get(item.id)!);
  const list = (events: typeof dated) =>
    h('ol', {}, ...events.map((event) => h('li', {}, buildEventCard(event, context, 'h3'))));
  return h(
    'div',
    {},
    h('h2', {}, strings.timeline),
    list(dated),
    model.undated.length ? h('h2', {}, strings.undatedHeading) : null,
    model.undated.length ? list(model.undated) : null,
  );
}
