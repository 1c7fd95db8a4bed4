import { describe, expect, it } from 'vitest';
import { parseDeictics } from '../../../src/dating/parsers/deictics.ts';
import { removeOverlaps } from '../../../src/dating/refiners/removeOverlaps.ts';

const offsets = (text: string, lang: 'ar' | 'en') =>
  removeOverlaps(parseDeictics(text, lang)).map((f) => [
    text.slice(f.start, f.end),
    f.reading.kind === 'deictic' ? f.reading.offset : NaN,
    f.partOfDay,
  ]);

describe('parseDeictics', () => {
  it('counts Arabic day words from the report', () => {
    expect(offsets('اليوم، أمس، أول أمس، غدًا، بعد غد، مساء أمس، قبل يومين', 'ar')).toEqual([
      ['اليوم', 0, undefined],
      ['أمس', -1, undefined],
      ['أول أمس', -2, undefined],
      ['غدًا', 1, undefined],
      ['بعد غد', 2, undefined],
      ['مساء أمس', -1, 'evening'],
      ['قبل يومين', -2, undefined],
    ]);
  });

  it('reads «في وقت سابق من اليوم» as today', () => {
    expect(offsets('وقال في وقت سابق من اليوم', 'ar')).toEqual([['في وقت سابق من اليوم', 0, undefined]]);
  });

  it('counts English day words from the report', () => {
    expect(
      offsets('today, yesterday afternoon, tomorrow, earlier today, last night, two days ago', 'en'),
    ).toEqual([
      ['today', 0, undefined],
      ['yesterday afternoon', -1, 'afternoon'],
      ['tomorrow', 1, undefined],
      ['earlier today', 0, undefined],
      ['last night', -1, 'night'],
      ['two days ago', -2, undefined],
    ]);
  });
});

describe('parseDeictics with «يوم» between the part of the day and the day word', () => {
  it('reads «صباح يوم أمس» as yesterday morning', () => {
    expect(offsets('وصل الوفد صباح يوم أمس', 'ar')).toEqual([['صباح يوم أمس', -1, 'morning']]);
  });
});
