import { describe, expect, it } from 'vitest';
import { formatCalendarDate } from '../../src/calendar/calendarDate.ts';
import { findDates } from '../../src/dating/findDates.ts';
import { datesOf, day } from './helpers.ts';

/** Wednesday 11 February 2026. */
const WEDNESDAY = day(2026, 2 /* Feb */, 11);

describe('findDates: weekdays by tense', () => {
  it('reads a bare weekday in a past statement as the most recent one on or before the dateline', () => {
    expect(datesOf('وزار الوزير القاهرة يوم الأربعاء، والتقى نظيره الاثنين.', WEDNESDAY, 'ar')).toEqual([
      'يوم الأربعاء → 2026-02-11 day',
      'الاثنين → 2026-02-09 day',
    ]);
  });

  it('reads a bare weekday in a future statement as the next one after the dateline', () => {
    expect(datesOf('وسيزور الوزير القاهرة يوم الأربعاء.', WEDNESDAY, 'ar')).toEqual([
      'يوم الأربعاء → 2026-02-18 day',
    ]);
    expect(datesOf('The envoy will arrive on Monday.', WEDNESDAY, 'en')).toEqual(['Monday → 2026-02-16 day']);
  });

  it('reads "next Friday" said on a Wednesday as the coming Friday, and «الماضي» as the one before', () => {
    expect(datesOf('They meet next Friday.', WEDNESDAY, 'en')).toEqual(['next Friday → 2026-02-13 day']);
    expect(datesOf('التقيا الأربعاء الماضي.', WEDNESDAY, 'ar')).toEqual(['الأربعاء الماضي → 2026-02-04 day']);
  });

  it('keeps a clock time as the part of the day', () => {
    expect(datesOf('اجتمعا الثلاثاء عند الساعة الثالثة عصرًا.', WEDNESDAY, 'ar')).toEqual([
      'الثلاثاء عند الساعة الثالثة عصرًا → 2026-02-10 part-of-day afternoon',
    ]);
    expect(datesOf('They met on Tuesday at 10 a.m. in Doha.', WEDNESDAY, 'en')).toEqual([
      'Tuesday at 10 a.m. → 2026-02-10 part-of-day morning',
    ]);
  });

  it("dates a relay's weekdays before its original report, which came out before the dateline", () => {
    // Saturday 7 February 2026, as the Ankara article.
    const dates = datesOf('وزار طهران يوم السبت، وتحدث يوم الجمعة.', day(2026, 2, 7), 'ar', true);
    expect(dates).toEqual(['يوم السبت → 2026-01-31 day', 'يوم الجمعة → 2026-01-30 day']);
  });
});

describe('findDates: explicit dates', () => {
  it('takes the year that puts a day and month nearest the report, and after it in a future statement', () => {
    expect(datesOf('التقيا في 20 ديسمبر.', WEDNESDAY, 'ar')).toEqual(['20 ديسمبر → 2025-12-20 day']);
    expect(datesOf('The summit will open on 20 January.', WEDNESDAY, 'en')).toEqual([
      '20 January → 2027-01-20 day',
    ]);
  });

  it('reads a double month name and Arabic-Indic digits', () => {
    expect(datesOf('وفي ٩ آذار/مارس ٢٠٢٦ وقّع الطرفان.', WEDNESDAY, 'ar')).toEqual([
      '٩ آذار/مارس ٢٠٢٦ → 2026-03-09 day',
    ]);
  });

  it('reads ranges across months', () => {
    expect(datesOf('زار القاهرة من 28 شباط إلى 2 آذار.', day(2026, 3, 5), 'ar')).toEqual([
      'من 28 شباط إلى 2 آذار → 2026-02-28..2026-03-02 multi-day',
    ]);
  });
});

describe('findDates: days from another event', () => {
  it('counts from the nearest dated event before it and records which', () => {
    const findings = findDates('اتصل به يوم الاثنين. وقبل ذلك بيوم، التقى نظيره.', {
      dateline: WEDNESDAY,
      lang: 'ar',
    });
    expect(findings[1]).toMatchObject({ phrase: 'وقبل ذلك بيوم', anchor: 0, basis: { offsetDays: -1 } });
    expect(findings[1]!.start).toEqual(day(2026, 2, 8));
  });

  it('counts «بعد يومين» from the report in a forecast', () => {
    expect(datesOf('وسيصل الوفد بعد يومين.', WEDNESDAY, 'ar')).toEqual(['بعد يومين → 2026-02-13 day']);
  });
});

describe('findDates: weeks from another event', () => {
  it('reads "the following week" and «الأسبوع التالي» as the week after the dated event before it', () => {
    // Tuesday 3 February 2026: its week is Sunday 1 to Saturday 7 February.
    expect(
      datesOf('The ministers met on Feb. 3 and again the following week in Geneva.', WEDNESDAY, 'en'),
    ).toEqual(['Feb. 3 → 2026-02-03 day', 'the following week → 2026-02-08..2026-02-14 window']);
    expect(
      datesOf('التقى الوزيران في 3 فبراير، ثم اجتمعا مجددا في الأسبوع التالي.', WEDNESDAY, 'ar'),
    ).toEqual(['3 فبراير → 2026-02-03 day', 'في الأسبوع التالي → 2026-02-08..2026-02-14 window']);
    expect(
      datesOf('The talks collapsed on Feb. 3. The previous week, both sides met in Oman.', WEDNESDAY, 'en'),
    ).toEqual(['Feb. 3 → 2026-02-03 day', 'The previous week → 2026-01-25..2026-01-31 window']);
  });

  it('counts from the report with no dated event before, and leaves "the week after next" alone', () => {
    expect(datesOf('The previous week, both sides met in Oman.', WEDNESDAY, 'en')).toEqual([
      'The previous week → 2026-02-01..2026-02-07 window',
    ]);
    expect(datesOf('The sides will meet the week after next.', WEDNESDAY, 'en')).toEqual([]);
  });
});

describe('findDates: windows and modality', () => {
  it('gives windows their span', () => {
    expect(
      datesOf('A deal could come within days, or early next month, or next week.', WEDNESDAY, 'en'),
    ).toEqual([
      'within days → 2026-02-12..2026-02-18 window',
      'early next month → 2026-03-01..2026-03-10 window',
      'next week → 2026-02-15..2026-02-21 window',
    ]);
  });

  it("marks a planned statement's date, but not the date of who announced it", () => {
    const findings = findDates('أعلن الوزير صباح الخميس أن الوفد سيصل إلى الدوحة بعد غد.', {
      dateline: WEDNESDAY,
      lang: 'ar',
    });
    expect(findings.map((f) => [f.phrase, f.modality?.status])).toEqual([
      ['صباح الخميس', undefined],
      ['بعد غد', 'planned'],
    ]);
  });

  it('takes a weekday right after an English reporting verb as when it was said, "that" or not', () => {
    // Wire copy drops "that": the weekday is the statement's, whatever it announces.
    expect(
      datesOf('Swiss mediators said on Wednesday they would host talks next week.', WEDNESDAY, 'en'),
    ).toEqual(['Wednesday → 2026-02-11 day', 'next week → 2026-02-15..2026-02-21 window']);
    expect(datesOf('"We are close," the minister told reporters late on Monday.', WEDNESDAY, 'en')).toEqual([
      'Monday → 2026-02-09 day',
    ]);
    expect(datesOf('The ministry said in a statement Tuesday it would reply.', WEDNESDAY, 'en')).toEqual([
      'Tuesday → 2026-02-10 day',
    ]);
    // The weekday of what was said stays ahead when words stand between the verb and it.
    expect(datesOf('Officials said the talks on Monday would focus on prisoners.', WEDNESDAY, 'en')).toEqual([
      'Monday → 2026-02-16 day',
    ]);
  });

  it('keeps a future that follows a date with "and" or «و» and a date of its own to that date', () => {
    expect(datesOf('وصل الوفد إلى القاهرة الثلاثاء وسيغادر الجمعة.', WEDNESDAY, 'ar')).toEqual([
      'الثلاثاء → 2026-02-10 day',
      'الجمعة → 2026-02-13 day',
    ]);
    expect(datesOf('The delegation arrived on Tuesday and will leave on Friday.', WEDNESDAY, 'en')).toEqual([
      'Tuesday → 2026-02-10 day',
      'Friday → 2026-02-13 day',
    ]);
    // With no date of its own, the future may be the date's: "arrives on Monday and will meet".
    expect(datesOf('The envoy arrives on Monday and will meet the emir.', WEDNESDAY, 'en')).toEqual([
      'Monday → 2026-02-16 day',
    ]);
  });

  it('carries a future over to a second date joined by "and" or «و» and a verb of its own', () => {
    expect(datesOf('سيزور الوزير القاهرة الاثنين ويلتقي الرئيس الثلاثاء.', WEDNESDAY, 'ar')).toEqual([
      'الاثنين → 2026-02-16 day',
      'الثلاثاء → 2026-02-17 day',
    ]);
    expect(datesOf('The envoy will arrive on Monday and meet the emir on Tuesday.', WEDNESDAY, 'en')).toEqual(
      ['Monday → 2026-02-16 day', 'Tuesday → 2026-02-17 day'],
    );
    // Not to a verb told as done, nor to a new subject.
    expect(datesOf('سيزور الوزير القاهرة الاثنين وأكد ذلك الثلاثاء.', WEDNESDAY, 'ar')[1]).toBe(
      'الثلاثاء → 2026-02-10 day',
    );
    expect(
      datesOf('The envoy will arrive on Monday and the minister met him on Tuesday.', WEDNESDAY, 'en')[1],
    ).toBe('Tuesday → 2026-02-10 day');
  });

  it('reads a clause opening with a present-tense Arabic verb as ahead, but not a past tense in «تـ»', () => {
    expect(datesOf('يلتقي الوزيران الأحد في الدوحة.', WEDNESDAY, 'ar')).toEqual(['الأحد → 2026-02-15 day']);
    expect(datesOf('وتعقد القمة السبت في الرياض.', WEDNESDAY, 'ar')).toEqual(['السبت → 2026-02-14 day']);
    expect(datesOf('وتبنى خامنئي موقفا متشددا الأحد.', WEDNESDAY, 'ar')).toEqual(['الأحد → 2026-02-08 day']);
    // With its short vowels written, too.
    expect(datesOf('وتُعقد القمة السبت، ويُختتم المؤتمر الأحد.', WEDNESDAY, 'ar')).toEqual([
      'السبت → 2026-02-14 day',
      'الأحد → 2026-02-15 day',
    ]);
    expect(datesOf('ويقول مسؤولون إن الاجتماع عقد الأحد.', WEDNESDAY, 'ar')).toEqual([
      'الأحد → 2026-02-08 day',
    ]);
    // Not a verb further in the clause: «وفدا يمثل الحكومة» is who he met.
    expect(datesOf('التقى الوزير الأحد وفدا يمثل الحكومة.', WEDNESDAY, 'ar')).toEqual([
      'الأحد → 2026-02-08 day',
    ]);
  });

  it('takes what only could happen as proposed, and its weekday as ahead', () => {
    const [finding] = findDates('Officials said the new round could open as early as Monday.', {
      dateline: WEDNESDAY,
      lang: 'en',
    });
    expect([finding!.phrase, formatCalendarDate(finding!.start), finding!.modality?.status]).toEqual([
      'Monday',
      '2026-02-16',
      'proposed',
    ]);
  });

  it('reads "earlier this month" as the days of the month before the report', () => {
    expect(datesOf('Earlier this month, Moscow warned against interference.', WEDNESDAY, 'en')).toEqual([
      'Earlier this month → 2026-02-01..2026-02-10 window',
    ]);
    expect(datesOf('وحذرت موسكو في وقت سابق من هذا الشهر من التدخل.', WEDNESDAY, 'ar')).toEqual([
      'في وقت سابق من هذا الشهر → 2026-02-01..2026-02-10 window',
    ]);
    // On the first of the month there is no earlier day in it: the first itself.
    expect(datesOf('Earlier this month, Moscow warned.', day(2026, 3, 1), 'en')).toEqual([
      'Earlier this month → 2026-03-01..2026-03-01 window',
    ]);
  });

  it('writes how it resolved each date in English and Arabic', () => {
    const [finding] = findDates('التقيا يوم الاثنين.', { dateline: WEDNESDAY, lang: 'ar' });
    expect(finding!.rule).toContain('Monday 9 February 2026');
    expect(finding!.ruleAr).toContain('الاثنين 9 فبراير 2026');
  });
});

describe('findDates: forms of formal Arabic and of wire copy', () => {
  /** Thursday 16 April 2026. */
  const THURSDAY = day(2026, 4 /* Apr */, 16);

  it('reads Moroccan month names and a date printed year first with slashes', () => {
    expect(datesOf('واستقبل الملك الوفد يوم 25 غشت 2025، ثم في 3 دجنبر 2025.', THURSDAY, 'ar')).toEqual([
      '25 غشت 2025 → 2025-08-25 day',
      '3 دجنبر 2025 → 2025-12-03 day',
    ]);
    expect(datesOf('ونظمت الندوة يوم 2026/03/05.', THURSDAY, 'ar')).toEqual(['2026/03/05 → 2026-03-05 day']);
  });

  it("reads ordinal days and a day of the report's month", () => {
    expect(
      datesOf('وقّع الطرفان الاتفاق في الثالث من آذار الماضي، واجتمعا في 14 من الشهر الجاري.', THURSDAY, 'ar'),
    ).toEqual(['الثالث من آذار الماضي → 2026-03-03 day', '14 من الشهر الجاري → 2026-04-14 day']);
  });

  it('reads «أمس الأول» and «في وقت سابق من هذا الأسبوع»', () => {
    expect(datesOf('زار الرياض أمس الأول، وقال في وقت سابق من هذا الأسبوع إنه راضٍ.', THURSDAY, 'ar')).toEqual(
      ['أمس الأول → 2026-04-14 day', 'في وقت سابق من هذا الأسبوع → 2026-04-12..2026-04-15 window'],
    );
  });

  it("takes the place and day a wire story's lede opens with as its dateline, not as an event", () => {
    const lede = (text: string, lang: 'ar' | 'en') =>
      findDates(text, { dateline: THURSDAY, lang }).map(
        (f) => `${f.phrase}${f.isDateline ? ' (dateline)' : ''}`,
      );
    expect(lede('WASHINGTON, April 16 (AP) — Rubio spoke by phone on Wednesday.', 'en')).toEqual([
      'April 16 (dateline)',
      'Wednesday',
    ]);
    expect(lede('دبي، 16 أبريل (رويترز) - التقى الوزير نظيره أمس.', 'ar')).toEqual([
      '16 أبريل (dateline)',
      'أمس',
    ]);
    // A date in a sentence, even before a dash, is the event's.
    expect(lede('The talks opened on April 14 - a day late.', 'en')).toEqual(['April 14']);
  });

  it('counts "it came a week after X" back from the event just told, "this comes" from the report', () => {
    expect(
      datesOf(
        'The envoy met the emir on Tuesday. The meeting came two days after Israel struck Doha.',
        THURSDAY,
        'en',
      ),
    ).toEqual(['Tuesday → 2026-04-14 day', 'two days after → 2026-04-12 day']);
    // In the present, it comes now: on the report's day, whatever was told before.
    expect(
      datesOf(
        'التقى الوزيران الثلاثاء في الرياض. ويأتي ذلك بعد أسبوع من زيارة الرئيس إلى القاهرة.',
        THURSDAY,
        'ar',
      ),
    ).toEqual(['الثلاثاء → 2026-04-14 day', 'بعد أسبوع من → 2026-04-09 day']);
    expect(
      datesOf(
        'Araghchi meets Lavrov next Wednesday. The talks come a week after new sanctions.',
        THURSDAY,
        'en',
      ),
    ).toEqual(['next Wednesday → 2026-04-22 day', 'a week after → 2026-04-09 day']);
    // What is only counted after something is still after it.
    expect(datesOf('The delegation will arrive two days after the summit.', THURSDAY, 'en')).toEqual([
      'two days after → 2026-04-18 day',
    ]);
  });

  it('counts "a day after X" back from the clause before it, past a source set off by commas', () => {
    expect(
      datesOf(
        'Rubio called the crown prince on Wednesday, the State Department said, a day after Riyadh hosted Ukrainian envoys.',
        THURSDAY,
        'en',
      ),
    ).toEqual(['Wednesday → 2026-04-15 day', 'a day after → 2026-04-14 day']);
    expect(
      datesOf(
        'اتصل الوزير بنظيره يوم الأربعاء، بحسب بيان للخارجية، بعد يوم من استضافة الرياض وفدا أوكرانيا.',
        THURSDAY,
        'ar',
      ),
    ).toEqual(['يوم الأربعاء → 2026-04-15 day', 'بعد يوم من → 2026-04-14 day']);
  });

  it('reads the end or the middle of next or last week as its days, not as its start', () => {
    expect(datesOf('وتعقد القمة في نهاية الأسبوع المقبل.', THURSDAY, 'ar')).toEqual([
      'في نهاية الأسبوع المقبل → 2026-04-23..2026-04-25 window',
    ]);
    expect(datesOf('وتعقد القمة منتصف الأسبوع المقبل.', THURSDAY, 'ar')).toEqual([
      'منتصف الأسبوع المقبل → 2026-04-21..2026-04-23 window',
    ]);
    expect(datesOf('وكانت القمة قد عقدت نهاية الأسبوع الماضي.', THURSDAY, 'ar')).toEqual([
      'نهاية الأسبوع الماضي → 2026-04-09..2026-04-11 window',
    ]);
    expect(
      datesOf('The summit opens late next week; they met at the end of last week.', THURSDAY, 'en'),
    ).toEqual([
      'late next week → 2026-04-23..2026-04-25 window',
      'the end of last week → 2026-04-09..2026-04-11 window',
    ]);
    expect(datesOf('وتعقد القمة مطلع الأسبوع المقبل.', THURSDAY, 'ar')).toEqual([
      'مطلع الأسبوع المقبل → 2026-04-19..2026-04-21 window',
    ]);
  });

  it("reads the end or middle of this week, and a deadline by the week's end", () => {
    // Thursday 16 April 2026: its week is Sunday 12 to Saturday 18 April.
    expect(datesOf('Leaders will gather at the end of the week.', THURSDAY, 'en')).toEqual([
      'at the end of the week → 2026-04-16..2026-04-18 window',
    ]);
    expect(datesOf('A deal is expected by the end of the week.', THURSDAY, 'en')).toEqual([
      'by the end of the week → 2026-04-17..2026-04-18 window',
    ]);
    expect(datesOf('وتعقد القمة في نهاية الأسبوع الجاري.', THURSDAY, 'ar')).toEqual([
      'في نهاية الأسبوع الجاري → 2026-04-16..2026-04-18 window',
    ]);
    expect(datesOf('وتعقد القمة منتصف هذا الأسبوع.', THURSDAY, 'ar')).toEqual([
      'منتصف هذا الأسبوع → 2026-04-14..2026-04-16 window',
    ]);
  });

  it("reads «ليلة السبت/الأحد» as one night, the first day's, and «السبت/الأحد» as two days", () => {
    expect(datesOf('وصل الوفد ليلة السبت/الأحد إلى الدوحة.', THURSDAY, 'ar')).toEqual([
      'ليلة السبت/الأحد → 2026-04-11 part-of-day night',
    ]);
    expect(datesOf('التقيا السبت/الأحد في الدوحة.', THURSDAY, 'ar')).toEqual([
      'السبت → 2026-04-11 day',
      'الأحد → 2026-04-12 day',
    ]);
  });

  it('reads an English weekend as its Saturday and Sunday, the last one or the coming one by tense', () => {
    expect(datesOf('The envoy spoke with Araghchi over the weekend.', THURSDAY, 'en')).toEqual([
      'over the weekend → 2026-04-11..2026-04-12 window',
    ]);
    expect(datesOf('The envoy will meet Araghchi this weekend.', THURSDAY, 'en')).toEqual([
      'this weekend → 2026-04-18..2026-04-19 window',
    ]);
    // Said on a Sunday, the weekend it ends; said on a Saturday, a coming one starts that day.
    expect(datesOf('They met over the weekend.', day(2026, 4, 19), 'en')).toEqual([
      'over the weekend → 2026-04-18..2026-04-19 window',
    ]);
    expect(datesOf('They will meet this weekend.', day(2026, 4, 18), 'en')).toEqual([
      'this weekend → 2026-04-18..2026-04-19 window',
    ]);
    expect(datesOf('They met last weekend and meet again next weekend.', THURSDAY, 'en')).toEqual([
      'last weekend → 2026-04-11..2026-04-12 window',
      'next weekend → 2026-04-18..2026-04-19 window',
    ]);
  });

  it('reads "Mar 10" as a day, but not "mar" the verb nor Mar-a-Lago, and "by the end of the month"', () => {
    expect(datesOf('Officials met in Oman on Mar 10.', THURSDAY, 'en')).toEqual(['Mar 10 → 2026-03-10 day']);
    expect(datesOf('The row could mar 10 years of work.', THURSDAY, 'en')).toEqual([]);
    expect(datesOf('Trump hosted Netanyahu in Mar-a-Lago.', THURSDAY, 'en')).toEqual([]);
    expect(datesOf('A vote is expected by the end of the month.', THURSDAY, 'en')).toEqual([
      'by the end of the month → 2026-04-17..2026-04-30 window',
    ]);
  });

  it('reads Hijri days and months by Umm al-Qura, and says the sighting of the moon may move them', () => {
    // Thursday 16 April 2026 is 28 Shawwal 1447.
    expect(datesOf('وقّع الطرفان الاتفاق في 15 رمضان، والتقيا في غرة شوال.', THURSDAY, 'ar')).toEqual([
      '15 رمضان → 2026-03-04 day',
      'غرة شوال → 2026-03-20 day',
    ]);
    expect(datesOf('والتقى الوفدان في العاشر من ذي الحجة 1446 هـ.', THURSDAY, 'ar')).toEqual([
      'العاشر من ذي الحجة 1446 هـ → 2025-06-06 day',
    ]);
    expect(datesOf('وتصاعدت الهجمات خلال شهر رمضان المبارك.', THURSDAY, 'ar')).toEqual([
      'خلال شهر رمضان المبارك → 2026-02-18..2026-03-19 window',
    ]);
    expect(datesOf('Attacks rose during Ramadan.', THURSDAY, 'en')).toEqual([
      'during Ramadan → 2026-02-18..2026-03-19 window',
    ]);
    // A month's name alone is a person's too.
    expect(datesOf('وأكد رجب طيب أردوغان دعمه، وقال رمضان صبحي إنه مستعد.', THURSDAY, 'ar')).toEqual([]);
    const [finding] = findDates('وسيعقد المؤتمر في 10 ذي القعدة.', { dateline: THURSDAY, lang: 'ar' });
    expect(finding!.rule).toContain('Umm al-Qura');
    expect(finding!.ruleAr).toContain('رؤية الهلال');
  });

  it('reads abbreviated months, a range of days and "earlier this week"', () => {
    expect(
      datesOf('Earlier this week, envoys met. Talks ran Jan. 14-16 and resumed on Feb. 3.', WEDNESDAY, 'en'),
    ).toEqual([
      'Earlier this week → 2026-02-08..2026-02-10 window',
      'Jan. 14-16 → 2026-01-14..2026-01-16 multi-day',
      'Feb. 3 → 2026-02-03 day',
    ]);
  });
});
