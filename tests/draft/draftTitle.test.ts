import { describe, expect, it } from 'vitest';
import { draftTitle } from '../../src/draft/draftTitle.ts';

describe('draftTitle', () => {
  it.each([
    ['وقال المتحدث باسم الخارجية', 'قال المتحدث باسم الخارجية'],
    ['ومن المقرر أن يصل الوفد', 'من المقرر أن يصل الوفد'],
    ['والرئيس السيسي استقبل ضيفه', 'الرئيس السيسي استقبل ضيفه'],
    ['فيما هدد الرئيس بفرض عقوبات', 'فيما هدد الرئيس بفرض عقوبات'],
    ['في روما التقى المبعوث الوفد', 'في روما التقى المبعوث الوفد'],
    ['وزير الخارجية استقبل نظيره', 'وزير الخارجية استقبل نظيره'],
    ['وفد إيراني يصل إلى مسقط', 'وفد إيراني يصل إلى مسقط'],
    ['واشنطن ترحب بالاتفاق', 'واشنطن ترحب بالاتفاق'],
    ['فرنسا تدعو إلى التهدئة', 'فرنسا تدعو إلى التهدئة'],
    ['ويتكوف يلتقي عراقجي', 'ويتكوف يلتقي عراقجي'],
    ['والي المدينة يستقبل الوفد', 'والي المدينة يستقبل الوفد'],
  ])('drops only a conjunction: «%s» → «%s»', (statement, title) => {
    expect(draftTitle(statement)).toBe(title);
  });

  it('drops the words a report moves on with', () => {
    expect(draftTitle('وفي سياق متصل، أجرى الوزير اتصالًا بنظيره.')).toBe('أجرى الوزير اتصالًا بنظيره');
    expect(draftTitle('من جهته، قال المتحدث إن الوفد سيصل.')).toBe('قال المتحدث إن الوفد سيصل');
    expect(draftTitle('Separately, the envoy met the emir.')).toBe('The envoy met the emir');
  });

  it('drops an English opening conjunction and the punctuation around the statement', () => {
    expect(draftTitle('“And the envoy met the emir.')).toBe('The envoy met the emir');
    expect(draftTitle('the envoy met the emir.')).toBe('the envoy met the emir');
  });

  it('leaves no quotation mark unbalanced', () => {
    expect(draftTitle('"We are closer than ever," the minister told reporters.')).toBe(
      '"We are closer than ever," the minister told reporters',
    );
    expect(draftTitle('"The talks went well."')).toBe('The talks went well');
    expect(draftTitle('وقال مسؤول: “الأمور تتحرك، ونحن نبذل جهدنا”.')).toBe(
      'قال مسؤول: “الأمور تتحرك، ونحن نبذل جهدنا”',
    );
    expect(draftTitle('«الأمور تتحرك.')).toBe('الأمور تتحرك');
  });

  it('cuts at a word, and says so', () => {
    expect(draftTitle('one two three four five', 3)).toBe('one two three…');
  });
});
