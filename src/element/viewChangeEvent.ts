import type { ViewState } from '../view/viewState.ts';

/**
 * The reader changed the view: selected an event, moved or zoomed the window (once it settles),
 * searched or filtered. `params` is the view as URL parameters, ready for a page's own URL.
 * Not sent for a view a page set through `view`.
 */
export class TimelineViewChangeEvent extends Event {
  constructor(readonly detail: { view: ViewState; params: string }) {
    super('timeline-view-change', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'timeline-view-change': TimelineViewChangeEvent;
  }
}
