/**
 * The events format's closed vocabularies, written once. The JSON Schema's enums
 * (eventsSchema.ts), the TypeScript unions (types.ts), the studio's pickers and the
 * TimelineJS import all read these lists, so a value added here reaches every one of them.
 *
 * The order is the schema's order, and more: the archive index writes statuses,
 * precisions and parts of the day as positions in these lists (src/archive/codes.ts),
 * so reordering one, or adding a value anywhere but at the end, changes what old
 * archives mean. tests/archive/codes.test.ts pins those three orders.
 *
 * Plain data, no imports: every layer may read it, and the widget bundles only what it uses.
 */

/** Whether an event has happened, is expected, or was only put forward. */
export const EVENT_STATUSES = ['occurred', 'planned', 'proposed', 'ongoing', 'background'] as const;

/** PLOVER's sixteen event types. */
export const PLOVER_EVENT_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;

/** PLOVER modes: how an event was carried out. */
export const EVENT_MODES = [
  'visit',
  'host',
  'phone',
  'third-party',
  'multilateral',
  'military',
  'verbal',
  'interview',
  'speech',
  'social-media',
] as const;

/** What a participant did in an event. */
export const PARTICIPANT_ROLES = [
  'initiator',
  'counterpart',
  'host',
  'visitor',
  'mediator',
  'speaker',
  'audience',
  'target',
  'subject',
  'medium',
] as const;

/** What kind of actor takes part. */
export const ACTOR_KINDS = ['state', 'person', 'organisation', 'group', 'media'] as const;

/** How precisely the article fixes an event's time. */
export const PRECISIONS = ['day', 'part-of-day', 'multi-day', 'window', 'undated'] as const;

/** The parts of a day an article may name. */
export const PARTS_OF_DAY = ['morning', 'afternoon', 'evening', 'night'] as const;

/** The windows a date basis may name, resolved against the report's own date. */
export const BASIS_WINDOWS = ['later-this-week'] as const;
