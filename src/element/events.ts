import type { Problem } from '../types.ts';

const init = { bubbles: true, composed: true } as const;

/** The data is shown. */
export class TimelineReadyEvent extends Event {
  /** How many events are shown (dated and undated), as in the other events' `detail`. */
  readonly detail: { count: number };

  constructor(
    /** How many events are shown (dated and undated). */
    readonly count: number,
  ) {
    super('timeline-ready', init);
    this.detail = { count };
  }
}

/** The reader selected (pinned) an event, or cleared the selection (`id` null). */
export class TimelineSelectEvent extends Event {
  constructor(readonly detail: { id: string | null }) {
    super('timeline-select', init);
  }
}

/** Some or all of the data could not be shown. `fatal`: nothing could be drawn. */
export class TimelineErrorEvent extends Event {
  constructor(readonly detail: { problems: Problem[]; fatal: boolean }) {
    super('timeline-error', init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'timeline-ready': TimelineReadyEvent;
    'timeline-select': TimelineSelectEvent;
    'timeline-error': TimelineErrorEvent;
  }
}

/** The search changed: its matches, in time order, so a page can list them itself. */
export class TimelineSearchEvent extends Event {
  constructor(
    readonly detail: {
      query: string;
      /** Every matching event, in time order (before the filters). */
      ids: string[];
      /** Those of `ids` matched by their title alone (an archive's events not fetched yet). */
      byTitleOnly: string[];
      /** How many events the index knows by title alone. */
      titleOnlyCount: number;
    },
  ) {
    super('timeline-search', init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'timeline-search': TimelineSearchEvent;
  }
}
