import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { formatCalendarDate } from '../../src/calendar/calendarDate.ts';
import { readDateline } from '../../src/dating/readDateline.ts';

const read = (text: string, lang: 'ar' | 'en') => {
  const found = readDateline(text, lang);
  return found && `${formatCalendarDate(found.dateline)} «${found.phrase}»`;
};

describe('readDateline', () => {
  it("reads every corpus article's dateline that prints its year, and no other", () => {
    const dir = 'tests/fixtures/articles/';
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.txt'))) {
      const text = readFileSync(dir + name, 'utf8');
      const { dateline } = JSON.parse(readFileSync(dir + name.replace(/\.txt$/u, '.json'), 'utf8')) as {
        dateline: string;
      };
      const found = readDateline(text, name.includes('.ar.') ? 'ar' : 'en');
      // The two wire ledes print «12 مارس» and "March 12" without a year: nothing is read.
      if (/^1[01]-/u.test(name)) expect(found, name).toBeUndefined();
      else expect(found && formatCalendarDate(found.dateline), name).toBe(dateline);
    }
  });

  it('reads a byline, a numeric line and a wire lede with its year', () => {
    expect(read('Iran, US to hold talks in Rome\n\nBy Staff | April 15, 2026\n\nThe envoy…', 'en')).toBe(
      '2026-04-15 «April 15, 2026»',
    );
    expect(read('٠٧ - ٠٢ - ٢٠٢٦\n\nاكسيوس: …', 'ar')).toBe('2026-02-07 «٠٧ - ٠٢ - ٢٠٢٦»');
    expect(read('LONDON, Feb. 3, 2026 (Reuters) - The envoy met officials.', 'en')).toBe(
      '2026-02-03 «Feb. 3, 2026»',
    );
  });

  it("does not take an event's date inside a sentence, nor a line after the head", () => {
    expect(read('The war began on Feb. 24, 2022, officials said.', 'en')).toBeUndefined();
    expect(read('a\n\nb\n\nc\n\nd\n\n12 March 2026', 'en')).toBeUndefined();
  });
});
