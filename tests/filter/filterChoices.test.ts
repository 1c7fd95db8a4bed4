import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../src/calendar/calendarDate.ts';
import { filterChoices } from '../../src/filter/filterChoices.ts';
import type { Placed } from '../../src/timeline/toTimelineItems.ts';

const day = (year: number, month: number, dayOfMonth: number): CalendarDate => ({
  year,
  month,
  day: dayOfMonth,
});
const event = (id: string, actors: string[], start?: CalendarDate, end?: CalendarDate): Placed => ({
  id,
  status: 'occurred',
  time: { precision: 'day', ...(start && { start }), ...(end && { end }) },
  participants: actors.map((actor) => ({ actor })),
});

describe('filterChoices', () => {
  it('lists the actors by how many events they take part in, then by id', () => {
    const { actors } = filterChoices([
      event('a', ['zamir', 'trump']),
      event('b', ['trump', 'araghchi']),
      event('c', ['araghchi', 'trump']),
      event('d', ['fidan']),
    ]);
    expect(actors).toEqual([
      { id: 'trump', count: 3 },
      { id: 'araghchi', count: 2 },
      { id: 'fidan', count: 1 },
      { id: 'zamir', count: 1 },
    ]);
  });

  it('counts an actor named twice in one event once', () => {
    expect(filterChoices([event('a', ['iran', 'iran'])]).actors).toEqual([{ id: 'iran', count: 1 }]);
  });

  it('spans from the first day to the last day of any event, a range ending latest included', () => {
    const choices = filterChoices([
      event('a', [], day(2026, 2 /* Feb */, 3)),
      event('b', [], day(2026, 1 /* Jan */, 28), day(2026, 2 /* Feb */, 10)),
      event('undated', []),
      event('c', [], day(2026, 2 /* Feb */, 5)),
    ]);
    expect(choices.first).toEqual(day(2026, 1, 28));
    expect(choices.last).toEqual(day(2026, 2, 10));
  });

  it('has no span when no event has a day', () => {
    const choices = filterChoices([event('undated', ['iran'])]);
    expect(choices).not.toHaveProperty('first');
    expect(choices).not.toHaveProperty('last');
  });
});
