import { describe, expect, it } from 'vitest';
import { findModality } from '../../src/dating/modality.ts';

/** The status and cue found, or 'occurred' when none is. */
function read(text: string, lang: 'ar' | 'en'): string {
  const found = findModality(text, lang);
  if (found === undefined) return 'occurred';
  expect(text.slice(found.start, found.end)).toBe(found.cue);
  return `${found.status}: ${found.cue}`;
}

describe('findModality in Arabic', () => {
  it.each([
    ['ومن المقرر أن يصل الوفد إلى الدوحة الأحد', 'planned: ومن المقرر'],
    ['وسيصل الوفد إلى الدوحة بعد غد', 'planned: وسيصل'],
    ['سوف يلتقي الوزير نظيره', 'planned: سوف'],
    ['التقى الوزيران الأحد، على أن يزور الرئيس أنقرة لاحقًا', 'planned: على أن'],
    ['ويعتزم الرئيس زيارة القاهرة', 'planned: ويعتزم'],
    ['وتعمل مصر وتركيا وقطر على ترتيب اجتماع في أنقرة', 'proposed: وتعمل مصر وتركيا وقطر على ترتيب'],
    ['وتسعى الدول الثلاث إلى دفع مفاوضات', 'proposed: وتسعى'],
    ['واقترح الوزير عقد لقاء ثلاثي', 'proposed: واقترح'],
    ['يلتقي الوزيران الأحد في الدوحة', 'planned: يلتقي'],
    ['وصل الوفد، ويلتقي الأمير غدًا', 'planned: ويلتقي'],
  ])('reads «%s» as %s', (text, expected) => {
    expect(read(text, 'ar')).toBe(expected);
  });

  it.each([
    'وزار رئيس الوزراء القطري طهران يوم السبت',
    'التقى ستيف ويتكوف مسؤولين إيرانيين',
    'بعد ستة أشهر من المحادثات وقّع الطرفان اتفاقًا',
    'ناقش الوزيران السياسة الإقليمية منذ سنوات',
    'استقبل الرئيس عبد الفتاح السيسي ضيفه',
    'ويقول مسؤولون إن الاجتماع عقد',
    'وتلقى الرئيس اتصالا من نظيره',
  ])('reads «%s» as something that happened', (text) => {
    expect(read(text, 'ar')).toBe('occurred');
  });

  it('does not take a future verb inside a quotation as the report saying so', () => {
    const text = 'وقال المرشد: “إذا بدأوا حربًا، فإنها هذه المرة ستكون حربًا إقليمية”';
    expect(read(text, 'ar')).toBe('occurred');
  });

  it('gives the offsets of the cue in the text it was given', () => {
    const text = 'قال الوزير إن الوفد سيصل غدًا';
    const found = findModality(text, 'ar')!;
    expect([found.start, found.end]).toEqual([text.indexOf('سيصل'), text.indexOf('سيصل') + 4]);
  });
});

describe('findModality in English', () => {
  it.each([
    ['The envoy is scheduled to arrive in Doha on Monday.', 'planned: is scheduled to'],
    ['The delegation will travel to Cairo next week.', 'planned: will'],
    ['She plans to visit Ankara.', 'planned: plans to'],
    ['Officials said the ministers would meet on Friday.', 'planned: would'],
    [
      'Egypt, Turkey and Qatar are working to arrange a meeting in Ankara.',
      'proposed: are working to arrange',
    ],
    ['Oman proposed a new round of talks in Muscat.', 'proposed: proposed'],
    ['The new round could open as early as Monday.', 'proposed: could open'],
    ['The envoy arrives in Doha on Monday.', 'planned: arrives'],
    ['A meeting may take place in Geneva.', 'proposed: may take place'],
  ])('reads "%s" as %s', (text, expected) => {
    expect(read(text, 'en')).toBe(expected);
  });

  it.each([
    'The minister met his counterpart on Saturday.',
    'Willard Smith visited Tehran.',
    'The two sides could not meet on Tuesday.',
    'He said he could see progress.',
    'The envoy arrived in Doha on Monday.',
  ])('reads "%s" as something that happened', (text) => {
    expect(read(text, 'en')).toBe('occurred');
  });

  it('does not take "will" inside a quotation as the report saying so', () => {
    expect(read('Trump told reporters: "We will see what happens."', 'en')).toBe('occurred');
  });
});
