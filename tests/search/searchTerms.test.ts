import { describe, expect, it } from 'vitest';
import { indexTerms, searchWords, wordVariants } from '../../src/search/searchTerms.ts';

describe('searchWords', () => {
  it('splits on spaces and punctuation, Arabic and Latin, after normalising', () => {
    expect(searchWords('«يتحدثون معنا»، Trump: “Talks”!')).toEqual(['يتحدثون', 'معنا', 'trump', 'talks']);
  });

  it('keeps a vowelled word whole: its marks do not split it', () => {
    expect(searchWords('عَبَّاس عِرَاقْجِي')).toEqual(['عباس', 'عراقجي']);
  });
});

describe('wordVariants', () => {
  it('strips the article «ال» and keeps the word with it', () => {
    expect(wordVariants('الرئيس')).toEqual(['الرئيس', 'رئيس']);
  });

  it('strips a conjunction, then a preposition, then the article, keeping every step', () => {
    expect(wordVariants('وبالرئيس')).toEqual(['وبالرئيس', 'بالرئيس', 'الرئيس', 'رئيس']);
    expect(wordVariants('فلترامب')).toEqual(['فلترامب', 'لترامب', 'ترامب']);
  });

  it('reads «لل» as «ل» and an article whose alef was dropped', () => {
    expect(wordVariants('للرئيس')).toEqual(['للرئيس', 'الرئيس', 'رئيس']);
  });

  it('does not strip a letter that leaves fewer than three letters, so short words stay whole', () => {
    expect(wordVariants('بيت')).toEqual(['بيت']);
    expect(wordVariants('ولد')).toEqual(['ولد']);
    expect(wordVariants('الي')).toEqual(['الي']);
  });

  it('keeps a word that merely starts with a particle letter alongside its stripped form', () => {
    expect(wordVariants('وزير')).toContain('وزير');
    expect(wordVariants('بيان')).toEqual(['بيان', 'يان']);
  });

  it('leaves Latin words alone, even those starting with w, b, l, f or k', () => {
    expect(wordVariants('washington')).toEqual(['washington']);
  });
});

describe('indexTerms', () => {
  it('gives every form of every word of a text', () => {
    expect(indexTerms('وزار المبعوثُ أنقرة')).toEqual(['وزار', 'زار', 'المبعوث', 'مبعوث', 'انقره']);
  });
});

describe('searchWords outside ASCII and Arabic', () => {
  it('keeps letters of other scripts and outside the BMP inside words, and splits on their punctuation', () => {
    expect(searchWords('Ελλάδα—𝐀𝐁c 中文。')).toEqual(['ελλαδα', '𝐀𝐁c', '中文']);
  });
});
