import type { CalendarDate, WeekdayIndex } from '../calendar/calendarDate.ts';
import { addDays, compareCalendarDates, WEEKDAY_NAMES, weekdayOf } from '../calendar/calendarDate.ts';
import type { DateBasis, WeekdayName } from '../types.ts';
import type { DayConstraint, DayVariable } from './solveDayConstraints.ts';
import { solveDayConstraints } from './solveDayConstraints.ts';

export interface DatedStatement {
  id: string;
  basis: DateBasis;
}

export interface ResolvedDays {
  start: CalendarDate;
  end?: CalendarDate;
}

export type ArticleDates =
  { ok: true; days: Map<string, ResolvedDays> } | { ok: false; problems: { id: string; message: string }[] };

export interface ResolveOptions {
  /** How far before the dateline a date may be sought; bounds the search for an inconsistent text. */
  lookbackDays?: number;
  /**
   * Whether the dateline is a relay's (the default, as the seed article): the original
   * report came out before it, and a weekday it names is before the report. Otherwise the
   * report is the dateline itself and a weekday it names is on or before it.
   */
  relay?: boolean;
}

const REPORT = '(report)';

/**
 * Resolves the dates an article states in words («يوم السبت», «وقبل ذلك بيوم»…) as one
 * set, against its dateline:
 *
 * - the original report predates the dateline (the dateline is when the relay was printed);
 * - a weekday the report names is the most recent such day before the report: within
 *   the seven days before it;
 * - "the day before X" is X's day minus one; a stay over named days runs forward;
 * - a reaction falls on a later day than what it reacts to;
 * - of every assignment meeting all of these, the latest is taken;
 * - "later this week" runs from the day after the last dated event to the end of that
 *   week (Sunday to Saturday, as in the US where the report was published).
 *
 * A text whose statements cannot all hold is reported, naming the statement that fails.
 */
export function resolveArticleDates(
  dateline: CalendarDate,
  statements: readonly DatedStatement[],
  { lookbackDays = 62, relay = true }: ResolveOptions = {},
): ArticleDates {
  const earliest = addDays(dateline, -lookbackDays);
  const report = relay
    ? { latest: addDays(dateline, -1), earliest }
    : { latest: dateline, earliest: dateline };
  const variables = new Map<string, DayVariable>([[REPORT, report]]);
  // A relay's report names days before it; a report dated by its own dateline, days up to it.
  const before = relay ? -1 : 0;
  const constraints: DayConstraint[] = [];
  const problems: { id: string; message: string }[] = [];
  const byId = new Map(statements.map((statement) => [statement.id, statement]));
  const endOf = (id: string) => (byId.get(id)?.basis.endWeekday ? `${id}#end` : id);

  const pointed = statements.filter(({ basis }) => basis.window === undefined);
  for (const { id, basis } of pointed) {
    const weekday = basis.weekday === undefined ? undefined : weekdayIndex(basis.weekday);
    variables.set(id, { latest: dateline, earliest, ...(weekday === undefined ? {} : { weekday }) });
    if (weekday === undefined && basis.relativeTo === undefined) {
      problems.push({
        id,
        message: 'the date basis names neither a weekday, an event it is dated from, nor a window',
      });
    }
    if (basis.weekday !== undefined) {
      constraints.push(
        {
          left: id,
          right: REPORT,
          days: before,
          because: `«${basis.weekday}» is named by the report, so it is before it`,
          owner: id,
        },
        {
          left: REPORT,
          right: id,
          days: relay ? 7 : 6,
          because: `«${basis.weekday}» is the most recent ${basis.weekday} before the report`,
          owner: id,
        },
      );
    }
    if (basis.endWeekday !== undefined) {
      const end = `${id}#end`;
      variables.set(end, { latest: dateline, earliest, weekday: weekdayIndex(basis.endWeekday) });
      constraints.push(
        {
          left: id,
          right: end,
          days: 0,
          because: `the stay ends on the ${basis.endWeekday} after it starts`,
          owner: id,
        },
        {
          left: end,
          right: id,
          days: 6,
          because: `the stay from ${basis.weekday ?? 'its start'} to ${basis.endWeekday} is within one week`,
          owner: id,
        },
        {
          left: end,
          right: REPORT,
          days: before,
          because: `«${basis.endWeekday}» is named by the report, so it is before it`,
          owner: id,
        },
      );
    }
  }

  for (const { id, basis } of pointed) {
    const references = [
      ...(basis.relativeTo === undefined ? [] : [basis.relativeTo]),
      ...(basis.after ?? []),
      ...(basis.notBefore ?? []),
    ];
    const unknown = references.filter((ref) => !variables.has(ref) || ref === id);
    for (const ref of unknown) {
      problems.push({
        id,
        message:
          ref === id
            ? 'the date basis refers to the event itself'
            : `the date basis refers to "${ref}", which is not an event dated from the text`,
      });
    }
    if (unknown.length > 0) continue;
    if (basis.relativeTo !== undefined) {
      const offset = basis.offsetDays ?? 0;
      const because = `it is ${describeOffset(offset)} ${basis.relativeTo}`;
      constraints.push(
        { left: id, right: basis.relativeTo, days: offset, because, owner: id },
        { left: basis.relativeTo, right: id, days: -offset, because, owner: id },
      );
    }
    for (const ref of basis.after ?? []) {
      constraints.push({
        left: endOf(ref),
        right: id,
        days: -1,
        because: `it reacts to ${ref}, so it comes on a later day`,
        owner: id,
      });
    }
    for (const ref of basis.notBefore ?? []) {
      constraints.push({ left: ref, right: id, days: 0, because: `it follows ${ref}`, owner: id });
    }
  }
  if (problems.length > 0) return { ok: false, problems };

  const solution = solveDayConstraints(variables, constraints);
  if (!solution.ok) {
    const id = solution.variable.replace(/#end$/, '');
    return {
      ok: false,
      problems: [
        {
          id: id === REPORT ? (statements[0]?.id ?? REPORT) : id,
          message: `the article's date statements cannot all hold within ${lookbackDays} days before the dateline: ${solution.because}`,
        },
      ],
    };
  }

  const days = new Map<string, ResolvedDays>();
  let lastDated: CalendarDate | undefined;
  for (const { id, basis } of pointed) {
    const start = solution.days.get(id)!;
    const end = basis.endWeekday === undefined ? undefined : solution.days.get(`${id}#end`)!;
    days.set(id, end === undefined ? { start } : { start, end });
    const last = end ?? start;
    if (lastDated === undefined || compareCalendarDates(last, lastDated) > 0) lastDated = last;
  }
  for (const { id } of statements.filter(({ basis }) => basis.window === 'later-this-week')) {
    const start = addDays(lastDated ?? solution.days.get(REPORT)!, 1);
    days.set(id, { start, end: addDays(start, 6 - weekdayOf(start)) });
  }
  return { ok: true, days };
}

function weekdayIndex(name: WeekdayName): WeekdayIndex {
  return WEEKDAY_NAMES.indexOf(name) as WeekdayIndex;
}

function describeOffset(days: number): string {
  if (days === 0) return 'on the same day as';
  if (days === -1) return 'the day before';
  if (days === 1) return 'the day after';
  return days < 0 ? `${-days} days before` : `${days} days after`;
}
