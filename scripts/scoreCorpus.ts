import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCalendarDate } from '../src/calendar/calendarDate.ts';
import { findDates } from '../src/dating/findDates.ts';
import type { DateScore, ExpectedDate } from '../src/dating/scoreDates.ts';
import { scoreDates } from '../src/dating/scoreDates.ts';

/** The corpus of articles written for the tests, each with a sidecar of the dates it should yield. */
export const CORPUS = join(import.meta.dirname, '..', 'tests', 'fixtures', 'articles');

interface Sidecar {
  dateline: string;
  lang: 'ar' | 'en';
  relay: boolean;
  dates: ExpectedDate[];
}

/** Every article of the corpus, dated by the engine and scored against its sidecar. */
export function scoreCorpus(dir = CORPUS): { name: string; score: DateScore }[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      const sidecar = JSON.parse(
        readFileSync(join(dir, name.replace(/\.txt$/u, '.json')), 'utf8'),
      ) as Sidecar;
      const dateline = parseCalendarDate(sidecar.dateline)!;
      const findings = findDates(text, { dateline, lang: sidecar.lang, relay: sidecar.relay });
      return { name, score: scoreDates(text, sidecar.dates, findings) };
    });
}
