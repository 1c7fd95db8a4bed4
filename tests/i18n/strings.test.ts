import { describe, expect, it } from 'vitest';
import { STRINGS } from '../../src/i18n/strings.ts';

describe('Arabic counts agree with their number', () => {
  const { events, cluster, problemsHeading } = STRINGS.ar;

  it.each([
    [0, 'لا أحداث'],
    [1, 'حدث واحد'],
    [2, 'حدثان'],
    [3, '3 أحداث'],
    [10, '10 أحداث'],
    [11, '11 حدثًا'],
    [12, '12 حدثًا'],
    [99, '99 حدثًا'],
    [100, '100 حدث'],
    [102, '102 حدث'],
    [103, '103 أحداث'],
    [111, '111 حدثًا'],
    [1000, '1,000 حدث'],
    [10000, '10,000 حدث'],
    [100003, '100,003 أحداث'],
  ])('%i events: %s', (n, text) => {
    expect(events(n)).toBe(text);
  });

  it('a cluster says how many events it holds, in the same words', () => {
    expect(cluster(63)).toBe('63 حدثًا؛ كبّر لرؤيتها');
    expect(cluster(1229)).toBe('1,229 حدثًا؛ كبّر لرؤيتها');
  });

  it('problems too', () => {
    expect(problemsHeading(1, 1)).toMatch(/^مشكلة واحدة في البيانات؛/);
    expect(problemsHeading(2, 0)).toMatch(/^مشكلتان في البيانات؛ لم يُستبعد أي حدث/);
    expect(problemsHeading(5, 2)).toMatch(/^5 مشكلات في البيانات؛/);
    expect(problemsHeading(40, 3)).toMatch(/^40 مشكلةً في البيانات؛/);
  });
});

describe('English counts', () => {
  it('are singular for one and plural otherwise, thousands grouped', () => {
    expect(STRINGS.en.events(1)).toBe('1 event');
    expect(STRINGS.en.events(12)).toBe('12 events');
    expect(STRINGS.en.events(100000)).toBe('100,000 events');
  });
});

describe('a long load’s progress', () => {
  it('counts the events read so far, with no noun to agree with the number', () => {
    expect(STRINGS.en.loadingSoFar(45000)).toBe('Loading events… 45,000 so far');
    expect(STRINGS.ar.loadingSoFar(2)).toBe('جارٍ تحميل الأحداث… 2 حتى الآن');
    expect(STRINGS.ar.loadingSoFar(45000)).toBe('جارٍ تحميل الأحداث… 45,000 حتى الآن');
  });

  it('then says how many it is checking', () => {
    expect(STRINGS.en.checking(1)).toBe('Checking 1 event…');
    expect(STRINGS.en.checking(100000)).toBe('Checking 100,000 events…');
    // In brackets: after من, "حدثان" would have to become "حدثين".
    expect(STRINGS.ar.checking(2)).toBe('جارٍ التحقق من الأحداث (2)…');
    expect(STRINGS.ar.checking(100000)).toBe('جارٍ التحقق من الأحداث (100,000)…');
  });
});
