import { describe, expect, it } from 'vitest';
import { textFinder } from '../../src/search/textFinder.ts';

const finds = (query: string, text: string) => textFinder(query)(text);

describe('textFinder', () => {
  it('finds an Arabic name typed with another alef or hamza form', () => {
    expect(finds('اسرائيل', 'إسرائيل')).toBe(true);
    expect(finds('ايران', 'إيران')).toBe(true);
    expect(finds('خامنيي', 'علي خامنئي')).toBe(true);
    expect(finds('إيال', 'الفريق أول ايال زامير')).toBe(true);
  });

  it('finds a name typed with ha for ta marbuta, or ya for alef maqsura, and the other way round', () => {
    expect(finds('الولايات المتحده', 'الولايات المتحدة')).toBe(true);
    expect(finds('مصطفي', 'مصطفى')).toBe(true);
    expect(finds('مصطفى', 'مصطفي')).toBe(true);
  });

  it('ignores harakat, shadda and tatweel on either side', () => {
    expect(finds('عَبّاس', 'عباس عراقجي')).toBe(true);
    expect(finds('عراقـــجي', 'عباس عراقجي')).toBe(true);
    expect(finds('عراقجي', 'عَبَّاس عِرَاقْجِي')).toBe(true);
  });

  it('finds an English name in any case and with or without accents', () => {
    expect(finds('PEZESHKIAN', 'Masoud Pezeshkian')).toBe(true);
    expect(finds('sisi', 'Abdel Fattah al-Sīsī')).toBe(true);
    expect(finds('Sīsī', 'Abdel Fattah al-Sisi')).toBe(true);
  });

  it('finds the text anywhere in a name, not only at a word’s start', () => {
    expect(finds('ghch', 'Abbas Araghchi')).toBe(true);
    expect(finds('راقج', 'عباس عراقجي')).toBe(true);
  });

  it('reads a run of spaces as one, and spaces at the ends as none', () => {
    expect(finds('  abbas   araghchi ', 'Abbas Araghchi')).toBe(true);
  });

  it('does not find a text the name does not hold', () => {
    expect(finds('larijani', 'Abbas Araghchi')).toBe(false);
    expect(finds('عراقجي', 'علي لاريجاني')).toBe(false);
    expect(finds('araghchi abbas', 'Abbas Araghchi')).toBe(false);
  });

  it('finds every text when the query is empty, or only marks and spaces', () => {
    expect(finds('', 'Axios')).toBe(true);
    expect(finds('  \u064e ', 'Axios')).toBe(true);
  });
});
