import type { CardContext } from '../card/buildEventCard.ts';
import { describeEvent } from '../card/buildEventCard.ts';
import { isolatedTitle } from '../card/eventTitle.ts';
import { h } from '../dom/h.ts';
import { localise } from '../i18n/localise.ts';
import type { TimelineModel } from '../timeline/toTimelineItems.ts';

/** Undated events shown as chips; the rest are in the list view. */
const MAX_UNDATED_CHIPS = 40;

/**
 * The events the article gives no date for, as chips beside the drawing (their clicks and
 * focus are listened to on `container`, by the drawing's controller). An archive's undated
 * events are spread over its parts: the list view fetches them a page at a time instead.
 */
export function renderUndatedChips(
  container: HTMLElement,
  model: TimelineModel,
  archive: boolean,
  context: CardContext,
): void {
  const strings = localise(context.lang);
  const chips = archive ? [] : model.undated.slice(0, MAX_UNDATED_CHIPS).map((id) => model.events.get(id)!);
  const more = model.undated.length - chips.length;
  container.replaceChildren(
    h('h2', {}, strings.undatedHeading),
    h(
      'ul',
      {},
      ...chips.map((event) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              class: 'dt-chip',
              'data-event-id': event.id,
              'aria-label': describeEvent(event, context),
            },
            isolatedTitle(event, context.lang),
          ),
        ),
      ),
    ),
    ...(more > 0
      ? [
          h(
            'p',
            {},
            chips.length === 0 ? strings.undatedInList(model.undated.length) : strings.moreInList(more),
          ),
        ]
      : []),
  );
}
