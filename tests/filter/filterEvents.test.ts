import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../src/calendar/calendarDate.ts';
import { filterEvents } from '../../src/filter/filterEvents.ts';
import type { Filters } from '../../src/filter/filters.ts';
import { isUnfiltered, STATUS_GROUP_OF } from '../../src/filter/filters.ts';
import { DEFAULT_LANES } from '../../src/timeline/lanes.ts';
import { laneFinder } from '../../src/timeline/toTimelineItems.ts';
import { loadArticle } from '../fixtures/article.ts';

const { document } = loadArticle();
const actors = new Map(document.actors.map((actor) => [actor.id, actor]));
const lanes = laneFinder(actors, DEFAULT_LANES);
const context = {
  laneOf: (event: { participants: readonly { actor: string }[] }) =>
    lanes.laneOf(event.participants[0]?.actor),
};
const shown = (filters: Filters) => filterEvents(document.events, filters, context).shown;
const day = (year: number, month: number, dayOfMonth: number): CalendarDate => ({
  year,
  month,
  day: dayOfMonth,
});

describe('filterEvents', () => {
  it('shows every event when nothing is filtered, and counts them', () => {
    const result = filterEvents(document.events, {}, context);
    expect(result.shown).toEqual(document.events.map((event) => event.id));
    expect(result.total).toBe(document.events.length);
    expect(isUnfiltered({ actors: [], status: [] })).toBe(true);
  });

  it('keeps events with any of the actors among their participants, not only as lead', () => {
    expect(shown({ actors: ['araghchi'] })).toEqual(['fidan-hosts-araghchi', 'araghchi-cnn-interview']);
    expect(shown({ actors: ['witkoff', 'zamir'] })).toEqual([
      'zamir-washington-visit',
      'ankara-meeting-proposed',
    ]);
  });

  it('keeps events by lane, the lane of their lead actor', () => {
    const iran = shown({ lanes: ['iran'] });
    expect(iran).toContain('larijani-post-on-x');
    expect(iran).not.toContain('fidan-hosts-araghchi');
    for (const id of iran) {
      const lead = document.events.find((event) => event.id === id)!.participants[0]!.actor;
      expect(actors.get(lead)!.country).toBe('IR');
    }
  });

  it('groups statuses: ongoing counts as occurred, proposed as planned', () => {
    expect(shown({ status: ['planned'] })).toEqual(['ankara-meeting-proposed']);
    expect(shown({ status: ['background'] })).toEqual([
      'us-military-buildup-gulf',
      'us-no-final-decision',
      'us-unsure-of-khamenei-mandate',
    ]);
    const occurred = shown({ status: ['occurred'] });
    expect(occurred).toContain('mediators-coordinate');
    expect(occurred).toHaveLength(
      document.events.filter((e) => STATUS_GROUP_OF[e.status] === 'occurred').length,
    );
    expect(shown({ status: ['occurred', 'planned', 'background'] })).toHaveLength(document.events.length);
  });

  it('keeps events that overlap an inclusive range of days, multi-day ones by any of their days', () => {
    // zamir-washington-visit runs 30–31 January; the proposed meeting's window 2–7 February.
    expect(shown({ from: day(2026, 1, 31), to: day(2026, 1, 31) })).toEqual([
      'zamir-washington-visit',
      'qatar-pm-meets-larijani',
      'larijani-post-on-x',
      'sisi-calls-pezeshkian',
      'trump-air-force-one-remarks',
    ]);
    expect(shown({ from: day(2026, 2, 7) })).toEqual(['ankara-meeting-proposed']);
    expect(shown({ to: day(2026, 1, 30) })).toEqual(['fidan-hosts-araghchi', 'zamir-washington-visit']);
  });

  it('hides undated events once a range is set, since no day of theirs is in it', () => {
    const all = shown({ from: day(2000, 1, 1), to: day(2100, 1, 1) });
    expect(all).toEqual(document.events.filter((event) => event.time.start).map((event) => event.id));
  });

  it('combines filters with AND and the values of one filter with OR', () => {
    expect(shown({ actors: ['trump', 'araghchi'], status: ['background'] })).toEqual([
      'us-military-buildup-gulf',
      'us-no-final-decision',
      'us-unsure-of-khamenei-mandate',
    ]);
    expect(shown({ actors: ['araghchi'], from: day(2026, 2, 1) })).toEqual(['araghchi-cnn-interview']);
  });

  it('places archive entries that know only their lead actor', () => {
    const entry = {
      id: 'a',
      status: 'planned' as const,
      time: { precision: 'undated' as const },
      participants: [{ actor: 'trump' }],
    };
    expect(filterEvents([entry], { actors: ['trump'], status: ['planned'] }, context).shown).toEqual(['a']);
    expect(filterEvents([entry], { lanes: ['iran'] }, context)).toMatchObject({ shown: [], total: 1 });
  });
});
