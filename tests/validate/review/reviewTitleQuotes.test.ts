import { describe, expect, it } from 'vitest';
import { reviewTitleQuotes } from '../../../src/validate/review/reviewTitleQuotes.ts';
import { eventWith } from './fixtures.ts';

const paths = (title: { en?: string; ar?: string }) =>
  reviewTitleQuotes(eventWith({ title })).map((finding) => finding.path);

describe('reviewTitleQuotes', () => {
  it('notes an English title quoting words that run together in no translation', () => {
    const findings = reviewTitleQuotes(
      eventWith({ title: { en: 'Trump: "they are talking to us, and seriously"' } }),
    );
    expect(findings).toEqual([
      {
        path: '/title/en',
        message:
          'quotes "they are talking to us, and seriously", words found in no translation of the event\'s quotes: a title says no more than its quotes',
      },
    ]);
  });

  it('passes an English title whose quoted words are in the translation, whatever their case, punctuation or apostrophe', () => {
    expect(paths({ en: 'Trump: “I don’t know if they will… Talking seriously”' })).toEqual([]);
  });

  it('notes an Arabic title quoting words that are not in the quote, «دول صديقة» for «دولًا صديقة»', () => {
    expect(
      reviewTitleQuotes(
        eventWith({
          title: { ar: 'عراقجي: «دول صديقة» تحاول' },
          quotes: [
            {
              text: 'إن “دولًا صديقة” تحاول بناء الثقة',
              start: 0,
              end: 33,
              translation: '"friendly countries"',
            },
          ],
        }),
      ).map((finding) => finding.path),
    ).toEqual(['/title/ar']);
  });

  it('passes an Arabic title whose guillemets hold the quote’s words, with or without vowel marks', () => {
    expect(paths({ ar: 'ترامب: «يتحدثون معنا، ويتحدثون بجديه»' })).toEqual(['/title/ar']);
    expect(paths({ ar: 'ترامب: «يتحدثون معنا، ويتحدثون بجدية»' })).toEqual([]);
    expect(paths({ ar: 'ترامب: «لكنَّهم يتحدثون معنا»' })).toEqual([]);
  });

  it('checks the Arabic title against the quote’s text, not its English translation', () => {
    expect(paths({ ar: 'ترامب: «talking to us»' })).toEqual(['/title/ar']);
  });

  it('gives one note per quoted passage no quote has, and none for a title without quotation marks', () => {
    expect(paths({ en: 'Trump: "we agreed" and "it is done"', ar: 'ترامب يتحدث بجدية' })).toEqual([
      '/title/en',
      '/title/en',
    ]);
  });

  it('passes a quoted passage found in any one of the quotes', () => {
    const event = eventWith({
      title: { en: 'Araghchi: "fruitful"' },
      quotes: [
        { text: 'أ', start: 0, end: 1, translation: 'friendly countries' },
        { text: 'ب', start: 2, end: 3, translation: 'describing these efforts as "fruitful"' },
      ],
    });
    expect(reviewTitleQuotes(event)).toEqual([]);
  });
});
