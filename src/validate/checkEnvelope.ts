import type { CalendarDate } from '../calendar/calendarDate.ts';
import { parseCalendarDate } from '../calendar/calendarDate.ts';
import type { EventsDocumentJson, Problem } from '../types.ts';
import { pickDefined } from '../util/values.ts';
import { describeValue, notARealDate } from './describeValue.ts';
import { BROKEN_CHARACTER, findIllFormedString } from './illFormedStrings.ts';
import { schemaProblems } from './schemaProblems.ts';
import { validateEnvelope } from './schemaValidators.generated.js';

export type Envelope = ValidEnvelope | { ok: false; problems: Problem[] };

/** An envelope that passed `checkEnvelope`: the events are still unchecked. */
export interface ValidEnvelope {
  ok: true;
  raw: EventsDocumentJson;
  dateline: CalendarDate;
}

/** The source's fields copied as they are (its title and dateline are copied apart). */
export const SOURCE_TEXT_FIELDS = ['id', 'publisher', 'language', 'text', 'url', 'note'] as const;

/** Checks everything but the events: an events document at all, its source and its dateline. */
export function checkEnvelope(input: unknown): Envelope {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return {
      ok: false,
      problems: [
        {
          path: '',
          message: `is not an events document: expected a JSON object with "source", "actors" and "events", got ${describeValue(input)}`,
        },
      ],
    };
  }
  const problems = schemaProblems(validateEnvelope, input, '');
  if (problems.length > 0) return { ok: false, problems };
  const raw = input as EventsDocumentJson;
  const dateline = parseCalendarDate(raw.source.dateline);
  if (dateline === null) {
    return {
      ok: false,
      problems: [{ path: '/source/dateline', message: notARealDate(raw.source.dateline) }],
    };
  }
  const title = { en: raw.source.title.en, ar: raw.source.title.ar };
  const badText = findIllFormedString({ ...pickDefined(raw.source, SOURCE_TEXT_FIELDS), title }, '/source');
  if (badText) return { ok: false, problems: [{ path: badText, message: BROKEN_CHARACTER }] };
  return { ok: true, raw, dateline };
}
