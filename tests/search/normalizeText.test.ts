import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/search/normalizeText.ts';

describe('normalizeText', () => {
  it('removes harakat, shadda and sukun, so a vowelled word meets its plain spelling', () => {
    expect(normalizeText('مُحَمَّدٌ')).toBe('محمد');
    expect(normalizeText('عِرَاقْجِي')).toBe('عراقجي');
  });

  it('removes tatweel, the stretching stroke of headlines', () => {
    expect(normalizeText('طهـــران')).toBe('طهران');
  });

  it('folds every alef form to a plain alef, whether precomposed or written with a combining hamza', () => {
    expect(normalizeText('أ إ آ ٱ')).toBe('ا ا ا ا');
    expect(normalizeText('\u0627\u0654\u0645\u0631')).toBe('امر');
    expect(normalizeText('إيران')).toBe(normalizeText('ايران'));
  });

  it('drops a hamza on a ya or waw seat as NFD splits it off, so «رئيس» is found typed «رييس» too', () => {
    expect(normalizeText('رئيس')).toBe('رييس');
    expect(normalizeText('مؤتمر')).toBe('موتمر');
  });

  it('folds alef maqsura to ya and ta marbuta to ha', () => {
    expect(normalizeText('مصطفى')).toBe('مصطفي');
    expect(normalizeText('القاهرة')).toBe('القاهره');
  });

  it('reads Arabic-Indic and Persian digits as ASCII ones', () => {
    expect(normalizeText('٢٠٢٦ ۲۰۲۶')).toBe('2026 2026');
  });

  it('lowercases English and drops its accents', () => {
    expect(normalizeText('Réunion à ANKARA, Erdoğan')).toBe('reunion a ankara, erdogan');
  });

  it('leaves text that needs no change as it is', () => {
    expect(normalizeText('fidan hosts araghchi')).toBe('fidan hosts araghchi');
    expect(normalizeText('وزير الخارجية')).toBe('وزير الخارجيه');
  });
});
