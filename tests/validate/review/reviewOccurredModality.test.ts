import { describe, expect, it } from 'vitest';
import { findModality } from '../../../src/dating/modality.ts';
import type { FindModality } from '../../../src/types.ts';
import { reviewOccurredModality } from '../../../src/validate/review/reviewOccurredModality.ts';
import { eventWith } from './fixtures.ts';

const arranging = [
  {
    text: 'وتعمل مصر وتركيا وقطر على ترتيب اجتماع في أنقرة',
    start: 0,
    end: 48,
    translation: 'Egypt, Turkey and Qatar are working to arrange a meeting in Ankara',
  },
];

describe('reviewOccurredModality, with the date engine’s lexicon', () => {
  it('notes an occurred event whose quote says it is being arranged', () => {
    expect(reviewOccurredModality(eventWith({ quotes: arranging }), findModality)).toEqual([
      {
        path: '/quotes/0/text',
        message:
          'says «وتعمل مصر وتركيا وقطر على ترتيب» (proposed) while the event\'s status is "occurred": is it "planned" or "proposed"?',
      },
    ]);
  });

  it('leaves a proposed event that says the same alone', () => {
    expect(
      reviewOccurredModality(eventWith({ status: 'proposed', quotes: arranging }), findModality),
    ).toEqual([]);
  });

  it('leaves an occurred event whose quote reports what was done', () => {
    const done = [
      { text: 'والتقى الوزير نظيره في أنقرة', start: 0, end: 28, translation: 'The minister met' },
    ];
    expect(reviewOccurredModality(eventWith({ quotes: done }), findModality)).toEqual([]);
  });

  it('reads an English source’s quotes as English', () => {
    const scheduled = [{ text: 'The two ministers are scheduled to meet', start: 0, end: 39 }];
    expect(
      reviewOccurredModality(eventWith({ quotes: scheduled }), findModality, 'en').map((f) => f.message),
    ).toEqual([
      'says «are scheduled to» (planned) while the event\'s status is "occurred": is it "planned" or "proposed"?',
    ]);
  });

  it('does not find a word of plan inside another word', () => {
    const planet = [{ text: 'the planet turned; an explanation', start: 0, end: 33 }];
    expect(reviewOccurredModality(eventWith({ quotes: planet }), findModality, 'en')).toEqual([]);
  });

  it('asks the lexicon it is given, once per quote, in the source’s language', () => {
    const asked: string[] = [];
    const lexicon: FindModality = (text, lang) => {
      asked.push(`${lang}:${text.slice(0, 2)}`);
      return { status: 'planned', cue: 'من المقرر' };
    };
    const findings = reviewOccurredModality(eventWith(), lexicon);
    expect(asked).toEqual(['ar:لا']);
    expect(findings.map((finding) => finding.message)).toEqual([
      'says «من المقرر» (planned) while the event\'s status is "occurred": is it "planned" or "proposed"?',
    ]);
  });
});
