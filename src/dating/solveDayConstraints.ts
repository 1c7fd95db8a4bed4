import type { CalendarDate, WeekdayIndex } from '../calendar/calendarDate.ts';
import {
  addDays,
  compareCalendarDates,
  formatCalendarDate,
  latestWeekdayOnOrBefore,
} from '../calendar/calendarDate.ts';

export interface DayVariable {
  /** The day must fall on this weekday. */
  weekday?: WeekdayIndex;
  /** Latest and earliest day it may take. */
  latest: CalendarDate;
  earliest: CalendarDate;
}

/** `left ≤ right + days`: the difference constraint every statement of the text reduces to. */
export interface DayConstraint {
  left: string;
  right: string;
  days: number;
  /** The article's statement this comes from, for the report when it cannot be met. */
  because: string;
  /** The variable whose statement this is: the one to blame when it cannot be met. */
  owner: string;
}

export type DaySolution =
  { ok: true; days: Map<string, CalendarDate> } | { ok: false; variable: string; because: string };

/**
 * Finds the latest assignment of days that meets every constraint. Assignments that
 * meet difference constraints and weekday constraints are closed under taking the
 * later of two days variable by variable, so there is exactly one latest assignment,
 * and lowering each variable only as far as a violated constraint forces reaches it.
 * When a variable is forced below its earliest day, no assignment exists, and the
 * constraint that forced it is reported instead of a guess.
 */
export function solveDayConstraints(
  variables: ReadonlyMap<string, DayVariable>,
  constraints: readonly DayConstraint[],
): DaySolution {
  const days = new Map<string, CalendarDate>();
  for (const [name, variable] of variables) {
    const day = fit(variable, variable.latest);
    if (compareCalendarDates(day, variable.earliest) < 0) {
      return { ok: false, variable: name, because: `no ${describe(variable)} between the bounds` };
    }
    days.set(name, day);
  }
  for (const { left, right } of constraints) {
    for (const name of [left, right]) {
      if (!variables.has(name)) throw new Error(`invalid constraint: unknown day variable ${name}`);
    }
  }

  let changed = true;
  while (changed) {
    changed = false;
    for (const constraint of constraints) {
      const variable = variables.get(constraint.left)!;
      const limit = addDays(days.get(constraint.right)!, constraint.days);
      if (compareCalendarDates(days.get(constraint.left)!, limit) <= 0) continue;
      const lowered = fit(variable, limit);
      if (compareCalendarDates(lowered, variable.earliest) < 0) {
        return { ok: false, variable: constraint.owner, because: constraint.because };
      }
      days.set(constraint.left, lowered);
      changed = true;
    }
  }
  return { ok: true, days };
}

function fit(variable: DayVariable, onOrBefore: CalendarDate): CalendarDate {
  return variable.weekday === undefined ? onOrBefore : latestWeekdayOnOrBefore(onOrBefore, variable.weekday);
}

function describe(variable: DayVariable): string {
  return variable.weekday === undefined
    ? `day from ${formatCalendarDate(variable.earliest)}`
    : `weekday ${variable.weekday} from ${formatCalendarDate(variable.earliest)}`;
}
