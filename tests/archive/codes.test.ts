import { describe, expect, it } from 'vitest';
import { PART_OF_DAY_CODES, PRECISION_CODES, STATUS_CODES } from '../../src/archive/archive.ts';
import { eventsSchema } from '../../src/schema/eventsSchema.ts';

// Written out on purpose: an archive index stores these as positions, so these lists are part
// of the file format. Reordering the vocabulary (src/schema/vocabulary.ts) would silently change
// what every archive already written means; this test fails first.
describe('the archive codes', () => {
  it('keep the positions archives were written with', () => {
    expect(STATUS_CODES).toEqual(['occurred', 'planned', 'proposed', 'ongoing', 'background']);
    expect(PRECISION_CODES).toEqual(['day', 'part-of-day', 'multi-day', 'window', 'undated']);
    expect(PART_OF_DAY_CODES).toEqual(['morning', 'afternoon', 'evening', 'night']);
  });

  it('cover every value the events schema allows, so that every event can be indexed', () => {
    const { time, event } = eventsSchema.$defs;
    expect(new Set(STATUS_CODES)).toEqual(new Set(event.properties.status.enum));
    expect(new Set(PRECISION_CODES)).toEqual(new Set(time.properties.precision.enum));
    expect(new Set(PART_OF_DAY_CODES)).toEqual(new Set(time.properties.partOfDay.enum));
  });
});
