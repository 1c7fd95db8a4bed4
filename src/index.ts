/** The library: the element, and the pure data layer for tools that produce or check events. */
export { DiplomaticTimeline } from './element/DiplomaticTimeline.ts';
export { defineDiplomaticTimeline } from './element/define.ts';
export { TimelineErrorEvent, TimelineReadyEvent, TimelineSelectEvent } from './element/events.ts';
export { validateDocument } from './validate/validateDocument.ts';
export { parseEventsJson } from './validate/parseEventsJson.ts';
export { formatProblem } from './validate/formatProblem.ts';
export { resolveArticleDates } from './dating/resolveArticleDates.ts';
export { parseCalendarDate, formatCalendarDate } from './calendar/calendarDate.ts';
export type * from './types.ts';
