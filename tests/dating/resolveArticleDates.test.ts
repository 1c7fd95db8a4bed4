import { describe, expect, it } from 'vitest';
import { formatCalendarDate } from '../../src/calendar/calendarDate.ts';
import type { DatedStatement } from '../../src/dating/resolveArticleDates.ts';
import { resolveArticleDates } from '../../src/dating/resolveArticleDates.ts';

const day = (year: number, month: number, d: number) => ({ year, month, day: d });
/** 7 February 2026, a Saturday: the dateline of the Ankara article. */
const DATELINE = day(2026, 2 /* Feb */, 7);

function resolve(statements: DatedStatement[], dateline = DATELINE): Record<string, string> {
  const result = resolveArticleDates(dateline, statements);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.id}: ${p.message}`).join('\n'));
  return Object.fromEntries(
    [...result.days].map(([id, { start, end }]) => [
      id,
      end ? `${formatCalendarDate(start)}..${formatCalendarDate(end)}` : formatCalendarDate(start),
    ]),
  );
}

describe('resolveArticleDates on the Ankara article', () => {
  const article: DatedStatement[] = [
    { id: 'fidan', basis: { relativeTo: 'sisi', offsetDays: -1 } },
    { id: 'zamir', basis: { weekday: 'friday', endWeekday: 'saturday' } },
    { id: 'qatar-pm', basis: { weekday: 'saturday' } },
    { id: 'larijani', basis: { relativeTo: 'qatar-pm', offsetDays: 0 } },
    { id: 'sisi', basis: { weekday: 'saturday' } },
    { id: 'trump', basis: { weekday: 'saturday' } },
    { id: 'araghchi', basis: { weekday: 'sunday', after: ['qatar-pm', 'sisi'] } },
    { id: 'khamenei', basis: { weekday: 'sunday' } },
    { id: 'ankara', basis: { window: 'later-this-week' } },
  ];

  it('puts the Saturday mentions on 31 January, not on the dateline Saturday, because the report predates it', () => {
    expect(resolve(article)).toMatchObject({
      'qatar-pm': '2026-01-31',
      sisi: '2026-01-31',
      trump: '2026-01-31',
    });
  });

  it('returns the Friday before a Saturday when the text says "the day before"', () => {
    expect(resolve(article).fidan).toBe('2026-01-30');
  });

  it('resolves the Sunday mentions to the day after that Saturday', () => {
    expect(resolve(article)).toMatchObject({ araghchi: '2026-02-01', khamenei: '2026-02-01' });
  });

  it('resolves "on Friday and Saturday" to a two-day stay', () => {
    expect(resolve(article).zamir).toBe('2026-01-30..2026-01-31');
  });

  it('resolves "later this week" to the rest of that week after the last reported day', () => {
    expect(resolve(article).ankara).toBe('2026-02-02..2026-02-07');
  });
});

describe('resolveArticleDates on made-up texts', () => {
  it('takes the latest weekday before the report, which itself predates the dateline', () => {
    // Dateline Saturday 7 Feb: the report is at the latest Friday 6 Feb, so a named weekday is at the latest Thursday 5 Feb.
    expect(resolve([{ id: 'a', basis: { weekday: 'saturday' } }])).toEqual({ a: '2026-01-31' });
    expect(resolve([{ id: 'a', basis: { weekday: 'friday' } }])).toEqual({ a: '2026-01-30' });
    expect(resolve([{ id: 'a', basis: { weekday: 'thursday' } }])).toEqual({ a: '2026-02-05' });
  });

  it('moves a whole set back a week when a reaction would otherwise precede its cause', () => {
    // "On Sunday X happened; on Saturday Y reacted to it": Sunday must come first.
    const days = resolve([
      { id: 'x', basis: { weekday: 'sunday' } },
      { id: 'y', basis: { weekday: 'saturday', after: ['x'] } },
    ]);
    expect(days).toEqual({ x: '2026-01-25', y: '2026-01-31' });
  });

  it('moves a Saturday back a week when a Friday must follow it, keeping both in the week before the report', () => {
    const days = resolve([
      { id: 'sat', basis: { weekday: 'saturday' } },
      { id: 'fri', basis: { weekday: 'friday', notBefore: ['sat'] } },
    ]);
    expect(days).toEqual({ sat: '2026-01-24', fri: '2026-01-30' });
  });

  it('never spreads weekday mentions over more than the week before the report', () => {
    // A Monday that must come after a Tuesday is six days later at most: it fits; but a second
    // Tuesday a week after the first would not, so "after" twice over is inconsistent.
    const result = resolveArticleDates(DATELINE, [
      { id: 'tue', basis: { weekday: 'tuesday' } },
      { id: 'mon', basis: { weekday: 'monday', after: ['tue'] } },
      { id: 'tue2', basis: { weekday: 'tuesday', after: ['mon'] } },
    ]);
    expect(result.ok).toBe(false);
  });

  it('reports a text whose statements cannot all hold instead of guessing', () => {
    // "On Friday A; the day before, B (on Sunday)": Sunday is never the day before Friday.
    const result = resolveArticleDates(DATELINE, [
      { id: 'a', basis: { weekday: 'friday' } },
      { id: 'b', basis: { weekday: 'sunday', relativeTo: 'a', offsetDays: -1 } },
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]!.message).toMatch(/cannot all hold within 62 days before the dateline/);
    }
  });

  it('reports a reaction cycle (A after B, B after A)', () => {
    const result = resolveArticleDates(DATELINE, [
      { id: 'a', basis: { weekday: 'monday', after: ['b'] } },
      { id: 'b', basis: { weekday: 'tuesday', after: ['a'] } },
    ]);
    expect(result.ok).toBe(false);
  });

  it('reports a reference to an event that has no date basis', () => {
    const result = resolveArticleDates(DATELINE, [
      { id: 'a', basis: { relativeTo: 'ghost', offsetDays: -1 } },
    ]);
    expect(result).toEqual({
      ok: false,
      problems: [
        { id: 'a', message: 'the date basis refers to "ghost", which is not an event dated from the text' },
      ],
    });
  });

  it('reports a basis that names nothing', () => {
    const result = resolveArticleDates(DATELINE, [{ id: 'a', basis: {} }]);
    expect(result.ok).toBe(false);
  });

  it('handles a dateline in another year and month', () => {
    // Dateline Thursday 2 Jan 2025: the report is at the latest 1 Jan, a named weekday at the latest 31 Dec.
    expect(resolve([{ id: 'a', basis: { weekday: 'tuesday' } }], day(2025, 1, 2))).toEqual({
      a: '2024-12-31',
    });
    expect(resolve([{ id: 'a', basis: { weekday: 'thursday' } }], day(2025, 1, 2))).toEqual({
      a: '2024-12-26',
    });
  });
});

describe('resolveArticleDates for a report dated by its own dateline (relay: false)', () => {
  it('reads a named weekday as the most recent one on or before the dateline', () => {
    const result = resolveArticleDates(
      DATELINE,
      [
        { id: 'today', basis: { weekday: 'saturday' } },
        { id: 'friday', basis: { weekday: 'friday' } },
        { id: 'stay', basis: { weekday: 'thursday', endWeekday: 'saturday' } },
      ],
      { relay: false },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(
      Object.fromEntries(
        [...result.days].map(([id, { start, end }]) => [
          id,
          [start, end].map((d) => d && formatCalendarDate(d)),
        ]),
      ),
    ).toEqual({
      today: ['2026-02-07', undefined],
      friday: ['2026-02-06', undefined],
      stay: ['2026-02-05', '2026-02-07'],
    });
  });
});
