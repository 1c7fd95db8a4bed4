/**
 * How well the engine dates an article against the dates a person expects of it:
 * precision (of the dates found, how many are right) and recall (of the dates expected,
 * how many were found right). A found date is right when its phrase overlaps the
 * expected phrase and its days, precision and part of the day are the same.
 */
import { formatCalendarDate } from '../calendar/calendarDate.ts';
import type { DateFinding } from './types.ts';

export interface ExpectedDate {
  phrase: string;
  start: string;
  end?: string;
  precision: string;
  partOfDay?: string;
}

export interface DateScore {
  found: number;
  expected: number;
  matched: number;
  /** What went wrong, one line each: a date missed or a date found wrongly. */
  misses: string[];
}

export function scoreDates(
  text: string,
  expected: readonly ExpectedDate[],
  findings: readonly DateFinding[],
): DateScore {
  const found = findings.filter((f) => !f.isDateline);
  const used = new Set<DateFinding>();
  const reported = new Set<DateFinding>();
  const misses: string[] = [];
  let from = 0;
  for (const date of expected) {
    // Phrases are sought in order, so a weekday named twice is matched where it stands.
    let start = text.indexOf(date.phrase, from);
    if (start === -1) start = text.indexOf(date.phrase);
    if (start === -1) {
      misses.push(`expected phrase «${date.phrase}» is not in the text`);
      continue;
    }
    from = start + date.phrase.length;
    const end = start + date.phrase.length;
    const overlapping = found.filter((f) => !used.has(f) && f.phraseStart < end && f.phraseEnd > start);
    const right = overlapping.find((f) => describe(f) === describeExpected(date));
    if (right) used.add(right);
    else overlapping.forEach((f) => reported.add(f));
    if (!right)
      misses.push(
        `«${date.phrase}»: expected ${describeExpected(date)}, found ${overlapping.map(describe).join('; ') || 'nothing'}`,
      );
  }
  for (const f of found)
    if (!used.has(f) && !reported.has(f)) misses.push(`«${f.phrase}»: found ${describe(f)}, not expected`);
  return { found: found.length, expected: expected.length, matched: used.size, misses };
}

function describe(f: DateFinding): string {
  return `${formatCalendarDate(f.start)}${f.end ? `..${formatCalendarDate(f.end)}` : ''} ${f.precision}${f.partOfDay ? ` ${f.partOfDay}` : ''}`;
}

function describeExpected(e: ExpectedDate): string {
  return `${e.start}${e.end ? `..${e.end}` : ''} ${e.precision}${e.partOfDay ? ` ${e.partOfDay}` : ''}`;
}
