import type { CalendarDate, WeekdayIndex } from '../calendar/calendarDate.ts';
import type { DateBasis, PartOfDay, Precision, WeekdayName } from '../types.ts';
import type { ModalityCue } from './modality.ts';

export type Lang = 'ar' | 'en';

/** The windows a text names; each resolves against the report's own date. */
export type WindowName =
  | 'within-hours'
  | 'within-days'
  | 'coming-weeks'
  | 'later-today'
  | 'later-this-week'
  | 'earlier-this-week'
  | 'this-week'
  | 'next-week'
  | 'last-week'
  | 'early-next-week'
  | 'this-month'
  | 'later-this-month'
  | 'earlier-this-month'
  | 'weekend'
  | 'last-weekend'
  | 'next-weekend'
  | 'next-month'
  | 'last-month';

/** Which part of a month a window names: «مطلع»/"early", «منتصف»/"mid", «أواخر»/"late". */
export type MonthPart = 'early' | 'mid' | 'late' | 'whole';

/** What a parser reads from the words, before any date is known. */
export type Reading =
  | {
      kind: 'date';
      day: number;
      month: number;
      year?: number;
      /** The last day of a range written with one month («3 و5 شباط», "3-5 February"). */
      endDay?: number;
      /** With month 0, «من الشهر الماضي»: the month counted from the report's. */
      monthOffset?: number;
      /** «العام الماضي», "last year": the year counted from the report's. */
      yearOffset?: number;
      /** «الماضي»/«المقبل» after the month: which year the text means. */
      direction?: 'last' | 'next';
    }
  | { kind: 'weekday'; weekday: WeekdayIndex; endWeekday?: WeekdayIndex; direction?: 'last' | 'next' }
  /** A day counted from the report's own day: today 0, yesterday -1, «بعد غد» +2. */
  | { kind: 'deictic'; offset: number; later?: boolean }
  /** A day counted from another event: «قبل ذلك بيوم» -1, "the next day" +1. */
  | {
      kind: 'relative';
      offset: number;
      vague?: boolean;
      /** "a day after X", «بعد يوم من X»: read after a dated clause, it dates X from that clause. */
      apposition?: boolean;
    }
  /** The week after or before another event's: "the following week", «الأسبوع الذي سبقه». */
  | { kind: 'relative-week'; offset: 1 | -1 }
  /** A count that is relative to another event in a narrative, to the report in a forecast: «بعد يومين». */
  | { kind: 'after-count'; offset: number }
  | { kind: 'window'; window: WindowName; part?: MonthPart }
  | { kind: 'month'; month: number; year?: number; part: MonthPart; direction?: 'last' | 'next' }
  /** A day of the Hijri calendar («15 رمضان»), or with no day a part of its month («أواخر شهر رمضان»). */
  | {
      kind: 'hijri';
      month: number;
      day?: number;
      year?: number;
      part?: MonthPart;
      direction?: 'last' | 'next';
    }
  /** Two findings joined by «من … إلى …» / "from … to …" (made by the range refiner). */
  | { kind: 'range'; from: Reading; to: Reading };

/** One date expression found in a text, with its offsets, before it is resolved. */
export interface Found {
  /** UTF-16 offsets in the text; `end` is exclusive. */
  start: number;
  end: number;
  reading: Reading;
  partOfDay?: PartOfDay;
}

/** The part of a resolved date a validator can recheck (see DateBasis in src/types.ts). */
export interface FindingBasis {
  weekday?: WeekdayName;
  endWeekday?: WeekdayName;
  offsetDays?: number;
  window?: NonNullable<DateBasis['window']>;
}

/** A date expression of the text, resolved against the dateline and the narrative. */
export interface DateFinding {
  phrase: string;
  /** UTF-16 offsets of the phrase in the text; `phraseEnd` is exclusive. */
  phraseStart: number;
  phraseEnd: number;
  start: CalendarDate;
  /** Last day, inclusive; absent for a single day. */
  end?: CalendarDate;
  precision: Exclude<Precision, 'undated'>;
  partOfDay?: PartOfDay;
  /** How the phrase was resolved, in English and in Arabic. */
  rule: string;
  ruleAr: string;
  basis?: FindingBasis;
  /** The index, in the same list, of the finding this one is dated from. */
  anchor?: number;
  /** Planned or proposed when the words around the date say so. */
  modality?: ModalityCue;
  /** The line is the article's dateline, not a statement. */
  isDateline?: true;
}

export interface FindDatesOptions {
  dateline: CalendarDate;
  lang: Lang;
  /** The dateline is a republication's: the original report came out before it. */
  relay?: boolean;
}
