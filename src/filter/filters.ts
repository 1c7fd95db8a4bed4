import type { CalendarDate } from '../calendar/calendarDate.ts';
import type { EventStatus } from '../types.ts';

/**
 * The statuses a reader tells apart: what happened, what is only planned or proposed, and the
 * background. `ongoing` counts as occurred: it has begun and is reported as fact, not intent.
 */
export const STATUS_GROUPS = ['occurred', 'planned', 'background'] as const;
export type StatusGroup = (typeof STATUS_GROUPS)[number];

export const STATUS_GROUP_OF: Readonly<Record<EventStatus, StatusGroup>> = {
  occurred: 'occurred',
  ongoing: 'occurred',
  planned: 'planned',
  proposed: 'planned',
  background: 'background',
};

/**
 * What a reader narrowed the timeline to. Each field absent (or an empty list) lets every event
 * through; the fields combine with AND, the values of one field with OR.
 */
export interface Filters {
  /** Lane ids (a lane is its lead actor's country group). */
  lanes?: readonly string[];
  /** Actor ids: an event passes when any of its participants is one of them. */
  actors?: readonly string[];
  status?: readonly StatusGroup[];
  /** First day shown, inclusive. */
  from?: CalendarDate;
  /** Last day shown, inclusive. */
  to?: CalendarDate;
}

/** Whether the filters let every event through. */
export function isUnfiltered(filters: Filters): boolean {
  return (
    !filters.lanes?.length &&
    !filters.actors?.length &&
    !filters.status?.length &&
    !filters.from &&
    !filters.to
  );
}
