import { describe, expect, it } from 'vitest';
import { parseRelatives } from '../../../src/dating/parsers/relatives.ts';
import { removeOverlaps } from '../../../src/dating/refiners/removeOverlaps.ts';

const offsets = (text: string, lang: 'ar' | 'en') =>
  removeOverlaps(parseRelatives(text, lang)).map((f) => [
    text.slice(f.start, f.end),
    'offset' in f.reading ? f.reading.offset : NaN,
  ]);

describe('parseRelatives', () => {
  it('counts Arabic phrases from another event', () => {
    expect(
      offsets(
        'وقبل ذلك بيوم، وبعد ذلك بيومين، في اليوم التالي، في اليوم نفسه، وبعد الاجتماع بوقت قصير، بعد أسبوع',
        'ar',
      ),
    ).toEqual([
      ['وقبل ذلك بيوم', -1],
      ['وبعد ذلك بيومين', 2],
      ['في اليوم التالي', 1],
      ['في اليوم نفسه', 0],
      ['وبعد الاجتماع بوقت قصير', 0],
      ['بعد أسبوع', 7],
    ]);
  });

  it('counts English phrases from another event', () => {
    expect(
      offsets('the day before, two days later, a week earlier, the next day, later that day', 'en'),
    ).toEqual([
      ['the day before', -1],
      ['two days later', 2],
      ['a week earlier', -7],
      ['the next day', 1],
      ['later that day', 0],
    ]);
  });
});
