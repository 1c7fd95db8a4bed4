import type { CalendarDate, WEEKDAY_NAMES } from './calendar/calendarDate.ts';
import type {
  ACTOR_KINDS,
  BASIS_WINDOWS,
  EVENT_MODES,
  EVENT_STATUSES,
  PARTICIPANT_ROLES,
  PARTS_OF_DAY,
  PLOVER_EVENT_TYPES,
  PRECISIONS,
} from './schema/vocabulary.ts';

export type { CalendarDate, WeekdayIndex } from './calendar/calendarDate.ts';

/** The same text in the article's language and in English. */
export interface LocalizedText {
  en: string;
  ar: string;
}

export type ActorKind = (typeof ACTOR_KINDS)[number];

export interface Actor {
  id: string;
  name: LocalizedText;
  kind: ActorKind;
  /** ISO 3166-1 alpha-2 code of the country the actor belongs to, e.g. "TR". */
  country?: string;
  /** For persons: the office they hold, e.g. Turkish foreign minister. */
  role?: LocalizedText;
}

export type EventStatus = (typeof EVENT_STATUSES)[number];

/** PLOVER's sixteen event types. */
export type PloverEventType = (typeof PLOVER_EVENT_TYPES)[number];

/** How the event was carried out, in PLOVER's sense (a phone call, a visit, through a third party…). */
export type EventMode = (typeof EVENT_MODES)[number];

export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export interface Participant {
  actor: string;
  role: ParticipantRole;
}

export type Precision = (typeof PRECISIONS)[number];

export type PartOfDay = (typeof PARTS_OF_DAY)[number];

export type WeekdayName = (typeof WEEKDAY_NAMES)[number];

/**
 * What in the article's wording fixes the date, in a form the resolver can check.
 * Each field is one statement the text makes; they combine.
 */
export interface DateBasis {
  /** The text names a weekday (before the report), e.g. «يوم السبت». */
  weekday?: WeekdayName;
  /** For a stay over several named days («يومي الجمعة والسبت»): the last one. */
  endWeekday?: WeekdayName;
  /** The text places it relative to another event, e.g. «وقبل ذلك بيوم» (offsetDays -1). */
  relativeTo?: string;
  offsetDays?: number;
  /** Events this one reacts to: it falls on a later day. */
  after?: string[];
  /** Events this one follows, possibly on the same day. */
  notBefore?: string[];
  /** A window named by the text, resolved against the report's own date. */
  window?: (typeof BASIS_WINDOWS)[number];
}

/** When an event happened, and why we say so. `D` is how a calendar day is written. */
export interface EventTimeOf<D> {
  /** First day, absent only when the article gives no date (`precision: "undated"`). */
  start?: D;
  /** Last day, inclusive; absent for a single day. */
  end?: D;
  precision: Precision;
  partOfDay?: PartOfDay;
  /** The article's own words for the date, verbatim. */
  phrase: string;
  /** UTF-16 offsets of `phrase` in the source text; `phraseEnd` is exclusive. */
  phraseStart?: number;
  phraseEnd?: number;
  /** How the phrase was resolved to the dates, for a reader, in English. */
  rule: string;
  /** The same in Arabic, shown in the Arabic interface; without it, `rule` is. */
  ruleAr?: string;
  basis?: DateBasis;
}

export interface Quote {
  /** Verbatim from the source text. */
  text: string;
  /** UTF-16 offsets into the source text; `end` is exclusive. */
  start: number;
  end: number;
  /**
   * A faithful English translation: required unless the source is in English, whose quotes
   * are their own English (then it may be absent or empty).
   */
  translation?: string;
  /**
   * BCP 47 code of the language the words were first spoken or written in, when it is not
   * the article's: Trump's English, rendered in Arabic by the article, then translated back
   * into English here. The translation is then a translation of a translation, and says so.
   */
  spokenIn?: string;
}

/** An event's title: the Arabic one may be left out when the source is in English. */
export interface EventTitle {
  en: string;
  ar?: string;
}

export interface TimelineEventOf<D> {
  id: string;
  title: EventTitle;
  status: EventStatus;
  type: PloverEventType;
  mode?: EventMode;
  context?: string[];
  /** CAMEO code as a string, so that leading zeros survive ("036"). */
  cameo?: string;
  participants: Participant[];
  place?: LocalizedText;
  /** Who told the reporter. */
  attribution: LocalizedText;
  time: EventTimeOf<D>;
  quotes: Quote[];
  /** Left by `npm run draft`: what in this drafted event a person must still check. */
  review?: string[];
}

export interface SourceOf<D> {
  id: string;
  publisher: string;
  title: LocalizedText;
  language: string;
  /** The date printed on the article. */
  dateline: D;
  /** Path of the source text, relative to the events document. */
  text: string;
  url?: string;
  note?: string;
  /** The dateline is a republication's: the original report came out before it. */
  relay?: boolean;
}

export interface EventsDocumentOf<D> {
  version: 1;
  source: SourceOf<D>;
  actors: Actor[];
  events: TimelineEventOf<D>[];
}

/** An events document as written in JSON: dates are `YYYY-MM-DD` strings. */
export type EventsDocumentJson = EventsDocumentOf<string> & { $schema?: string };
export type TimelineEventJson = TimelineEventOf<string>;

/** An events document after validation: dates are calendar dates. */
export type EventsDocument = EventsDocumentOf<CalendarDate>;
export type TimelineEvent = TimelineEventOf<CalendarDate>;
export type EventTime = EventTimeOf<CalendarDate>;
export type Source = SourceOf<CalendarDate>;

/** One thing wrong with a document, located precisely enough to fix it. */
export interface Problem {
  /** In an archive, the part (its address) the problem is in; absent for the document itself. */
  document?: string;
  /** The event's id when it has one, else absent. */
  eventId?: string;
  /** The event's index in `events[]`, when the problem is inside an event. */
  eventIndex?: number;
  /** JSON Pointer to the offending value, e.g. `/events/3/time/start`. */
  path: string;
  /** What is wrong, in plain words. */
  message: string;
  /**
   * Absent or `error`: the event (or document) is not shown. `review`: a note for the person
   * who wrote the document, e.g. a title quoting words no translation has; nothing is left out.
   */
  severity?: ProblemSeverity;
}

/** What `validateDocument` may be told besides the document itself. */
export interface ValidateOptions {
  /** The source article's text; without it, quotes cannot be checked and a problem says so. */
  sourceText?: string;
  /** Why there is no source text (e.g. "…/article.txt answered 404 Not Found"), for that problem. */
  sourceTextMissing?: string;
  /**
   * Rechecks each stored date against what a date engine reads in its phrase, returning a
   * review note for each disagreement. Injected (src/validate/engineChecks.ts) rather than
   * imported, so that the element's bundle does not carry the date engine.
   */
  recheckDates?: RecheckDates;
  /**
   * The date engine's modality lexicon (src/dating/modality.ts), for the review rule that
   * questions an `occurred` event whose quote says it was planned. Injected for the same reason.
   */
  findModality?: FindModality;
}

/** What `recheckDates` is given: the valid events, with the article and its dateline. */
export interface RecheckContext {
  sourceText: string;
  dateline: CalendarDate;
  /** The source's language tag, e.g. "ar" or "en-GB". */
  language: string;
  relay: boolean;
}

/** Review notes (or errors) for the stored dates an engine reads differently from their phrases. */
export type RecheckDates = (
  events: readonly { event: TimelineEvent; index: number }[],
  context: RecheckContext,
) => Problem[];

/** A modality cue found in a text: the words, and whether they say planned or proposed. */
export interface ModalityFound {
  status: 'planned' | 'proposed';
  /** The words that say so, verbatim. */
  cue: string;
}

/** The shape of the date engine's `findModality(text, lang)`: the first cue, or undefined. */
export type FindModality = (text: string, lang: 'ar' | 'en') => ModalityFound | undefined;

export type ProblemSeverity = 'error' | 'review';

export interface ValidationResult {
  /** The document with only its valid events, or null when it is not an events document at all. */
  document: EventsDocument | null;
  problems: Problem[];
}
