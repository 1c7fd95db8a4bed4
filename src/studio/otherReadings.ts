import type { CalendarDate } from '../calendar/calendarDate.ts';
import { addDays, formatCalendarDate, parseCalendarDate } from '../calendar/calendarDate.ts';
import { describeSpan } from '../dating/describeDay.ts';
import { findDates } from '../dating/findDates.ts';
import type { DateFinding, FindDatesOptions } from '../dating/types.ts';
import type { EventTimeOf, TimelineEventJson } from '../types.ts';

type Time = EventTimeOf<string>;

/** Said before the rule of a reading a person picked, so a reader knows it was a choice. */
const CHOSEN = {
  en: 'An editor’s choice among the readings: ',
  ar: 'قراءة اختارها المحرر من بين القراءات: ',
};

/**
 * The other ways a date phrase could be read, for a person to pick from. The engine gives
 * one reading; these are the two doubts a news date most often leaves: whether the dateline
 * is a relay's (the original report a day earlier moves a bare weekday), and which week a
 * bare weekday means (the one before, or the one after). Each carries its own rule.
 * Computed here rather than in the engine: a second run of `findDates` with `relay` flipped,
 * and the same weekday a week either side. Keyed by event id; events with none are absent.
 */
export function otherReadings(
  text: string,
  options: Required<FindDatesOptions>,
  events: readonly TimelineEventJson[],
): Record<string, Time[]> {
  const flipped = findDates(text, { ...options, relay: !options.relay });
  const readings: Record<string, Time[]> = {};
  for (const event of events) {
    const time = event.time;
    const start = time.start ? parseCalendarDate(time.start) : null;
    if (!start || time.phraseStart === undefined) continue;
    const seen = new Set([spanKey(time.start, time.end)]);
    const found: Time[] = [];
    const add = (reading: Time) => {
      const key = spanKey(reading.start, reading.end);
      if (seen.has(key)) return;
      seen.add(key);
      found.push(reading);
    };
    const other = flipped.find((f) => f.phraseStart === time.phraseStart && f.phraseEnd === time.phraseEnd);
    if (other) add(fromFinding(time, other));
    if (time.basis?.weekday !== undefined) {
      const end = time.end ? parseCalendarDate(time.end) : null;
      add(shifted(time, start, end, -7));
      add(shifted(time, start, end, 7));
    }
    if (found.length > 0) readings[event.id] = found;
  }
  return readings;
}

const spanKey = (start?: string, end?: string) => `${start ?? ''}/${end ?? ''}`;

function fromFinding(time: Time, finding: DateFinding): Time {
  const { start, end, precision, partOfDay, rule, ruleAr } = finding;
  const weekday = finding.basis?.weekday;
  return {
    start: formatCalendarDate(start),
    ...(end ? { end: formatCalendarDate(end) } : {}),
    precision,
    ...(partOfDay ? { partOfDay } : {}),
    phrase: time.phrase,
    ...(time.phraseStart !== undefined ? { phraseStart: time.phraseStart } : {}),
    ...(time.phraseEnd !== undefined ? { phraseEnd: time.phraseEnd } : {}),
    rule: CHOSEN.en + rule,
    ruleAr: CHOSEN.ar + ruleAr,
    ...(weekday !== undefined ? { basis: { weekday } } : {}),
  };
}

/** The same weekday(s) a week earlier or later: a bare «السبت» read in the other week. */
function shifted(time: Time, start: CalendarDate, end: CalendarDate | null, days: -7 | 7): Time {
  const from = addDays(start, days);
  const to = end ? addDays(end, days) : undefined;
  const phrase = time.phrase;
  const en = describeSpan(from, to, 'en');
  const ar = describeSpan(from, to, 'ar');
  const { basis } = time;
  return {
    ...time,
    start: formatCalendarDate(from),
    ...(to ? { end: formatCalendarDate(to) } : {}),
    rule:
      days < 0
        ? `${CHOSEN.en}«${phrase}»: the same weekday a week earlier than the engine read it, so ${en}.`
        : `${CHOSEN.en}«${phrase}»: the same weekday a week later than the engine read it, so ${en}.`,
    ruleAr:
      days < 0
        ? `${CHOSEN.ar}«${phrase}»: اليوم نفسه قبل أسبوع مما قرأه المحرك، أي ${ar}.`
        : `${CHOSEN.ar}«${phrase}»: اليوم نفسه بعد أسبوع مما قرأه المحرك، أي ${ar}.`,
    // Only the weekday still holds; a day counted from another event no longer does.
    ...(basis?.weekday !== undefined
      ? {
          basis: {
            weekday: basis.weekday,
            ...(basis.endWeekday !== undefined ? { endWeekday: basis.endWeekday } : {}),
          },
        }
      : {}),
  };
}
