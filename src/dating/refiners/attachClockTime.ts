/**
 * A clock time next to a date («مساء الاثنين عند الساعة التاسعة»، «الخميس عند الساعة
 * الثالثة عصرًا», "on Friday at 10 a.m.") is kept as the part of the day it falls in:
 * the format has no hours, and a part of the day is what a reader needs.
 */
import type { PartOfDay } from '../../types.ts';
import type { Found, Lang } from '../types.ts';
import { partOfDayOf } from '../words.ts';

const AR_HOURS: Record<string, number> = {
  الواحدة: 1,
  الثانية: 2,
  الثالثة: 3,
  الرابعة: 4,
  الخامسة: 5,
  السادسة: 6,
  السابعة: 7,
  الثامنة: 8,
  التاسعة: 9,
  العاشرة: 10,
  الحادية: 11,
  'الحادية عشرة': 11,
  'الثانية عشرة': 12,
};
const AR_CLOCK =
  /^[\s،,]*(?:(?:عند|في|حوالي|نحو)\s+)?(?:تمام\s+)?الساعة\s+(\d{1,2}(?::\d{2})?|[\p{L}]+(?:\s+عشرة)?)(?:\s+(?:و|إلا)[\p{L}\p{M}]+)*(?:\s+(صباح\p{M}*ا?\p{M}*|ظهر\p{M}*ا?\p{M}*|عصر\p{M}*ا?\p{M}*|مساء\p{M}*ا?\p{M}*|ليل\p{M}*ا?\p{M}*|فجر\p{M}*ا?\p{M}*))?(?:\s+بالتوقيت\s+المحلي|\s+بتوقيت\s+[\p{L}]+)?/u;
const EN_CLOCK =
  /^,?\s+(?:at\s+)?(?:about\s+|around\s+)?(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)(?:\s+local\s+time)?/iu;
const EN_CLOCK_BEFORE = /\b(?:at\s+)?(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)\s+on\s+$/iu;

export function attachClockTime(text: string, found: readonly Found[], lang: Lang): Found[] {
  return found.map((item) => {
    if (item.reading.kind === 'window' || item.reading.kind === 'month') return item;
    const after = text.slice(item.end, item.end + 80);
    const match = (lang === 'ar' ? AR_CLOCK : EN_CLOCK).exec(after);
    if (match) {
      const part = lang === 'ar' ? arabicPart(match) : englishPart(match);
      if (part === undefined) return item;
      return { ...item, end: item.end + match[0].length, partOfDay: item.partOfDay ?? part };
    }
    if (lang === 'en' && item.partOfDay === undefined) {
      const before = EN_CLOCK_BEFORE.exec(text.slice(Math.max(0, item.start - 30), item.start));
      const part = before ? englishPart(before) : undefined;
      if (part) return { ...item, partOfDay: part };
    }
    return item;
  });
}

function arabicPart(match: RegExpExecArray): PartOfDay | undefined {
  if (match[2] !== undefined) return partOfDayOf(match[2]);
  // Without «صباحًا»/«مساءً», «التاسعة» may be either: only a 24-hour clock says which.
  const hour = /^\d/u.test(match[1]!) ? Number(match[1]!.split(':')[0]) : AR_HOURS[match[1]!];
  return hour !== undefined && hour >= 13 && hour <= 23 ? partOfHour(hour) : undefined;
}

function englishPart(match: RegExpExecArray): PartOfDay {
  const hour = Number(match[1]) % 12;
  return partOfHour(/p/iu.test(match[3]!) ? hour + 12 : hour);
}

/** Morning 5–11, afternoon 12–16, evening 17–20, night otherwise. */
function partOfHour(hour: number): PartOfDay {
  if (hour >= 5 && hour < 12) return 'morning';
  if (hour >= 12 && hour < 17) return 'afternoon';
  if (hour >= 17 && hour < 21) return 'evening';
  return 'night';
}
