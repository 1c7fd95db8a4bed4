import { describe, expect, it } from 'vitest';
import { findLocalModality } from '../../../src/validate/review/localModality.ts';
import type { FindModality } from '../../../src/validate/review/modality.ts';
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

describe('reviewOccurredModality', () => {
  it('notes an occurred event whose quote says it is being arranged', () => {
    expect(reviewOccurredModality(eventWith({ quotes: arranging }), findLocalModality)).toEqual([
      {
        path: '/quotes/0/text',
        message:
          'says «ترتيب» (arrangement) while the event\'s status is "occurred": is it "planned" or "proposed"?',
      },
    ]);
  });

  it('leaves a proposed event that says the same alone', () => {
    expect(
      reviewOccurredModality(eventWith({ status: 'proposed', quotes: arranging }), findLocalModality),
    ).toEqual([]);
  });

  it('leaves an occurred event whose quote reports what was done', () => {
    expect(reviewOccurredModality(eventWith(), findLocalModality)).toEqual([]);
  });

  it('asks the lexicon it is given, and looks only at words of arrangement and plan', () => {
    const asked: string[] = [];
    const lexicon: FindModality = (text, lang) => {
      asked.push(`${lang}:${text.slice(0, 2)}`);
      return [
        { kind: 'hedge', word: 'لا أعرف' },
        { kind: 'plan', word: 'من المقرر' },
      ];
    };
    const findings = reviewOccurredModality(eventWith(), lexicon);
    expect(asked).toEqual(['ar:لا']);
    expect(findings.map((finding) => finding.message)).toEqual([
      'says «من المقرر» (plan) while the event\'s status is "occurred": is it "planned" or "proposed"?',
    ]);
  });
});

describe('findLocalModality', () => {
  it.each([
    ['وتعمل الدول على ترتيب اجتماع', 'arrangement'],
    ['ومن المقرر أن يلتقي الوزيران', 'plan'],
    ['ويعتزم الرئيس زيارة أنقرة', 'plan'],
  ])('finds a word of arrangement or plan in «%s» (%s)', (text, kind) => {
    expect(findLocalModality(text, 'ar').map((hit) => hit.kind)).toContain(kind);
  });

  it('finds English ones too', () => {
    expect(findLocalModality('The meeting is scheduled for Monday', 'en')).toEqual([
      { kind: 'plan', word: 'scheduled' },
    ]);
  });

  it('does not find a listed word inside another word', () => {
    expect(findLocalModality('the planet turned; an explanation', 'en')).toEqual([]);
    expect(findLocalModality('والترتيبات الأمنية قائمة', 'ar')).toEqual([]);
  });
});
