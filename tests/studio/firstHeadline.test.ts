import { describe, expect, it } from 'vitest';
import { firstHeadline } from '../../src/studio/firstHeadline.ts';

describe('firstHeadline', () => {
  it('takes a first line that reads as a headline, past a short dateline line', () => {
    expect(
      firstHeadline('07 - 02 - 2026\n\nاكسيوس: مصر وتركيا وقطر تعمل على ترتيب اجتماع في أنقرة\n\nأبلغت…'),
    ).toBe('اكسيوس: مصر وتركيا وقطر تعمل على ترتيب اجتماع في أنقرة');
  });

  it("takes a lede's first words, without its wire dateline, when the article has no headline", () => {
    const lede =
      'WASHINGTON, March 12 (AP) — Secretary of State Marco Rubio spoke by phone with the Saudi crown prince on Wednesday, the State Department said. More followed.';
    expect(firstHeadline(lede)).toBe('Secretary of State Marco Rubio spoke by phone with the Saudi crown…');
    expect(
      firstHeadline(
        'مسقط، 12 مارس (رويترز) - أعلنت وزارة الخارجية العمانية اليوم أن مسقط ستستضيف جولة جديدة.',
      ),
    ).toBe('أعلنت وزارة الخارجية العمانية اليوم أن مسقط ستستضيف جولة جديدة');
  });

  it('gives nothing for a text with no line of words', () => {
    expect(firstHeadline('2026\n\n12')).toBe('');
  });
});
