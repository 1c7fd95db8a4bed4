import type { FindModality, ModalityHit } from './modality.ts';

// TODO(integrator): swap this list for the date engine's lexicon, `findModality` in
// src/dating/modality.ts, once it lands: reviewEvent takes any FindModality. Until then,
// the few words of arrangement and plan the review rule needs, and no more.
const WORDS: Readonly<Record<'ar' | 'en', Readonly<Record<'arrangement' | 'plan', readonly string[]>>>> = {
  ar: {
    arrangement: ['تعمل على ترتيب', 'يعمل على ترتيب', 'يعملون على ترتيب', 'ترتيب', 'لترتيب', 'الترتيب'],
    plan: [
      'من المقرر',
      'المقرر',
      'من المتوقع',
      'المزمع',
      'المرتقب',
      'مرتقب',
      'يعتزم',
      'تعتزم',
      'يعتزمون',
      'يخطط',
      'تخطط',
      'يخططون',
      'سيعقد',
      'ستعقد',
      'سيلتقي',
      'سيزور',
      'ستزور',
    ],
  },
  en: {
    arrangement: ['arrange', 'arranges', 'arranging', 'working to arrange'],
    plan: [
      'plan',
      'plans',
      'planned',
      'planning',
      'scheduled',
      'set to',
      'expected to',
      'intends to',
      'will meet',
    ],
  },
};

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One pattern per language and kind: a listed word standing alone (an Arabic one may carry
 * the conjunction و or ف before it and vowel marks after), longest first.
 */
const PATTERNS = Object.fromEntries(
  (['ar', 'en'] as const).map((lang) => [
    lang,
    (['arrangement', 'plan'] as const).map((kind) => {
      const words = [...WORDS[lang][kind]].sort((a, b) => b.length - a.length).map(escape);
      const prefix = lang === 'ar' ? '(?:[وف])?' : '';
      return {
        kind,
        pattern: new RegExp(`(?<![\\p{L}\\p{M}])${prefix}(?:${words.join('|')})\\p{M}*(?![\\p{L}])`, 'iu'),
      };
    }),
  ]),
) as Record<'ar' | 'en', { kind: 'arrangement' | 'plan'; pattern: RegExp }[]>;

/** A stand-in for the date engine's modality lexicon: words of arrangement and plan only. */
export const findLocalModality: FindModality = (text, lang) => {
  const hits: ModalityHit[] = [];
  for (const { kind, pattern } of PATTERNS[lang]) {
    const found = pattern.exec(text);
    if (found) hits.push({ kind, word: found[0] });
  }
  return hits;
};
