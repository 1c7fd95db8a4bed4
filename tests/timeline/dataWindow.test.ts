import { describe, expect, it } from 'vitest';
import { addDays, toLocalDate } from '../../src/calendar/calendarDate.ts';
import { dataSpan, initialWindow } from '../../src/timeline/dataWindow.ts';
import { indexItems } from '../../src/timeline/displaySet.ts';
import type { ItemSpec } from '../../src/timeline/toTimelineItems.ts';

const DAY = 86_400_000;
const first = { year: 2026, month: 3, day: 1 };

describe('dataSpan', () => {
  it('runs from the first start to the latest end, whichever lane and item holds them', () => {
    const specs: ItemSpec[] = [
      { id: 'a', lane: 'us', kind: 'point', start: addDays(first, 2), hour: 12, tentative: false, order: 0 },
      {
        id: 'b',
        lane: 'iran',
        kind: 'range',
        start: first,
        endExclusive: addDays(first, 10),
        hour: 0,
        tentative: false,
        order: 1,
      },
      { id: 'c', lane: 'iran', kind: 'point', start: addDays(first, 5), hour: 9, tentative: false, order: 2 },
    ];
    const span = dataSpan(indexItems(specs));
    expect(span.start).toBe(toLocalDate(first, 0).valueOf());
    expect(span.end).toBeGreaterThanOrEqual(toLocalDate(addDays(first, 10), 0).valueOf() - 1);
    expect(span.end).toBeLessThanOrEqual(toLocalDate(addDays(first, 10), 0).valueOf());
  });

  it('shows a week around now when there is nothing to show', () => {
    expect(dataSpan(new Map(), 10 * DAY)).toEqual({ start: 7 * DAY, end: 13 * DAY });
  });
});

describe('initialWindow', () => {
  it('leaves a day on each side of a short story', () => {
    expect(initialWindow({ start: 10 * DAY, end: 12 * DAY })).toEqual({ start: 9 * DAY, end: 13 * DAY });
  });

  it('leaves a twentieth of a long story on each side', () => {
    expect(initialWindow({ start: 0, end: 100 * DAY })).toEqual({ start: -5 * DAY, end: 105 * DAY });
  });
});
