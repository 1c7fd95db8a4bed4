import { describe, expect, it } from 'vitest';
import { keepCheckableBasis } from '../../src/draft/keepCheckableBasis.ts';
import type { TimelineEventJson } from '../../src/types.ts';

/** "On Sunday", in a report printed on Sunday 21 December 2025, drafted as that very Sunday. */
const sunday = (): TimelineEventJson[] => [
  {
    id: 'strike',
    title: { en: 'Strike' },
    status: 'occurred',
    type: 'ASSAULT',
    participants: [{ actor: 'russia', role: 'initiator' }],
    attribution: { en: 'Officials', ar: 'مسؤولون' },
    time: {
      start: '2025-12-21',
      precision: 'day',
      phrase: 'Sunday',
      rule: 'r',
      basis: { weekday: 'sunday' },
    },
    quotes: [{ text: 'on Sunday', start: 0, end: 9 }],
  },
];

describe('keepCheckableBasis', () => {
  it('keeps the basis of a non-relay report’s weekday on its dateline, as the validator reads it', () => {
    const events = sunday();
    keepCheckableBasis('2025-12-21', events, false);
    expect(events[0]!.time.basis).toEqual({ weekday: 'sunday' });
    expect(events[0]!.review).toBeUndefined();
  });

  it('drops it, and says so, when the report is a relay (the weekday would be a week earlier)', () => {
    const events = sunday();
    keepCheckableBasis('2025-12-21', events, true);
    expect(events[0]!.time.basis).toBeUndefined();
    expect(events[0]!.review).toEqual([
      'time: the validator cannot recheck this date from its wording yet; check the rule',
    ]);
  });
});
