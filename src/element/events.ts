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
