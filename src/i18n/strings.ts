import type { EventStatus, ParticipantRole, Precision } from '../types.ts';
import { madeWhenIdle } from '../util/madeWhenIdle.ts';

export type Lang = 'en' | 'ar';

/**
 * Western digits with thousands grouped, made once (toLocaleString makes a formatter per call),
 * not as the script is evaluated: see madeWhenIdle. Every drawing needs it for its summary.
 */
const grouped = madeWhenIdle(() => new Intl.NumberFormat('en'));
/** A count with its thousands grouped, in Western digits in both languages: 100,003. */
export const count = (n: number): string => grouped().format(n);

/** The forms of an Arabic noun after a number, by CLDR's plural category for Arabic. */
export interface ArabicNoun {
  /** 0: "لا أحداث". */
  zero: string;
  /** 1, the number written as a word after the noun: "حدث واحد". */
  one: string;
  /** 2, the dual alone: "حدثان". */
  two: string;
  /** 3–10 (and 103–110…): the plural. */
  few: string;
  /** 11–99 (and 111–199…): the singular, accusative. */
  many: string;
  /** 100, 1,000… and 101–102: the singular, genitive. */
  other: string;
}

/** Made when first wanted: an English page may never need it. */
let arabicPlural: Intl.PluralRules | undefined;

/** A count and its noun, agreeing as Arabic grammar asks: حدثان، 3 أحداث، 12 حدثًا، 100 حدث. */
export function arabicCount(n: number, noun: ArabicNoun): string {
  const category = (arabicPlural ??= new Intl.PluralRules('ar')).select(n) as keyof ArabicNoun;
  if (category === 'zero' || category === 'one' || category === 'two') return noun[category];
  return `${count(n)} ${noun[category]}`;
}

const EVENTS_AR: ArabicNoun = {
  zero: 'لا أحداث',
  one: 'حدث واحد',
  two: 'حدثان',
  few: 'أحداث',
  many: 'حدثًا',
  other: 'حدث',
};
const PROBLEMS_AR: ArabicNoun = {
  zero: 'لا مشكلات',
  one: 'مشكلة واحدة',
  two: 'مشكلتان',
  few: 'مشكلات',
  many: 'مشكلةً',
  other: 'مشكلة',
};

/** Every word the interface shows, in both languages. */
export const STRINGS = {
  en: {
    timeline: 'Timeline of events',
    timelineHelp:
      'Arrow keys move between events in time order, Up and Down between lanes, Home and End to the first and last; plus and minus zoom; Page Down and Page Up scroll a long tooltip; Enter pins the details; Escape closes.',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fit: 'Fit all',
    listView: 'List view',
    timelineView: 'Timeline view',
    legend: 'Legend',
    dateline: 'Dateline',
    undatedHeading: 'Undated: the article gives no date',
    details: 'Details',
    closeDetails: 'Close details',
    article: 'The article',
    participants: 'Participants',
    place: 'Place',
    attribution: 'According to',
    when: 'When',
    quotes: 'In the article’s words',
    spokenIn: (language: string) => `Said in ${language}; translated here from the Arabic report`,
    resolvedFrom: 'from the words',
    loading: 'Loading events…',
    loadingSoFar: (n: number) => `Loading events… ${count(n)} so far`,
    checking: (n: number) => `Checking ${count(n)} event${n === 1 ? '' : 's'}…`,
    events: (n: number) => `${count(n)} event${n === 1 ? '' : 's'}`,
    selected: (title: string, when: string) => `Selected: ${title}, ${when}.`,
    problemsHeading: (n: number, leftOut: number) =>
      `${count(n)} problem${n === 1 ? '' : 's'} in the data; ${leftOut === 0 ? 'no event is' : leftOut === 1 ? '1 event is' : `${count(leftOut)} events are`} left out:`,
    errorHeading: 'The events could not be shown.',
    undated: 'undated',
    cluster: (n: number) => `${count(n)} events; zoom in to see them`,
    moreInList: (n: number) => `…and ${count(n)} more in the list view.`,
    undatedInList: (n: number) =>
      `${count(n)} event${n === 1 ? '' : 's'} with no date: the list view shows them, last.`,
    pending: (day: string) => `Event of ${day}: loading its details…`,
    notShown: 'Not shown: see the problems above',
    loadingEvent: 'Loading this event’s details…',
    previousPage: 'Previous',
    nextPage: 'Next',
    pageOf: (from: number, to: number, total: number) =>
      `Events ${count(from)}–${count(to)} of ${count(total)}`,
    status: {
      occurred: 'occurred',
      planned: 'planned',
      proposed: 'proposed',
      ongoing: 'ongoing',
      background: 'background',
    } satisfies Record<EventStatus, string>,
    precision: {
      day: 'day',
      'part-of-day': 'part of a day',
      'multi-day': 'several days',
      window: 'somewhere in this window',
      undated: 'undated',
    } satisfies Record<Precision, string>,
    role: {
      initiator: 'initiator',
      counterpart: 'counterpart',
      host: 'host',
      visitor: 'visitor',
      mediator: 'mediator',
      speaker: 'speaker',
      audience: 'audience',
      target: 'target',
      subject: 'subject',
      medium: 'medium',
    } satisfies Record<ParticipantRole, string>,
    partOfDay: { morning: 'morning', afternoon: 'afternoon', evening: 'evening', night: 'night' },
    legendItems: {
      occurred: 'Occurred: solid',
      proposed: 'Proposed or planned: hatched, dashed outline',
      range: 'Several days: a bar over the days',
      window: 'Date uncertain within a window: hatched bar',
      dateline: 'Dateline of the article',
      cluster: 'Many events close together: their number; click to zoom in',
    },
    share: {
      copyLink: 'Copy link',
      copied: 'Link to this view copied',
      copyThisLink: 'Link to this view: copy it',
      download: 'Export',
      csv: 'Data (CSV)',
      ical: 'Planned and proposed events (iCalendar)',
      jsonLd: 'Events and quotes (JSON-LD)',
      png: 'Image (PNG)',
      svg: 'Image (SVG)',
      downloading: (name: string) => `Downloading ${name}`,
      failed: (reason: string) => `The download failed: ${reason}`,
      source: (text: string) => `Source: ${text}`,
      everyEvent: 'Every event',
    },
  },
  ar: {
    timeline: 'الخط الزمني للأحداث',
    timelineHelp:
      'تنقّل بين الأحداث بحسب الزمن بمفاتيح الأسهم، وبين المسارات بالسهمين أعلى وأسفل، وإلى الأول والأخير بمفتاحي Home وEnd؛ للتكبير والتصغير + و-؛ Page Down وPage Up لتمرير التلميح الطويل؛ Enter لتثبيت التفاصيل؛ Escape للإغلاق.',
    zoomIn: 'تكبير',
    zoomOut: 'تصغير',
    fit: 'عرض الكل',
    listView: 'عرض القائمة',
    timelineView: 'عرض الخط الزمني',
    legend: 'دليل الرموز',
    dateline: 'تاريخ النشر',
    undatedHeading: 'بلا تاريخ: لا يذكر المقال تاريخًا',
    details: 'التفاصيل',
    closeDetails: 'إغلاق التفاصيل',
    article: 'المقال',
    participants: 'المشاركون',
    place: 'المكان',
    attribution: 'بحسب',
    when: 'متى',
    quotes: 'بكلمات المقال',
    // The language's name as Intl gives it in Arabic, with its article: بالإنجليزية، بالفارسية.
    spokenIn: (language: string) => `قيلت ب${language}؛ والترجمة هنا عن نص التقرير العربي`,
    resolvedFrom: 'من عبارة',
    loading: 'جارٍ تحميل الأحداث…',
    loadingSoFar: (n: number) => `جارٍ تحميل الأحداث… ${count(n)} حتى الآن`,
    // Not "من حدثان": after من the dual would be حدثين; the count in brackets needs no agreement.
    checking: (n: number) => `جارٍ التحقق من الأحداث (${count(n)})…`,
    events: (n: number) => arabicCount(n, EVENTS_AR),
    selected: (title: string, when: string) => `تم اختيار: ${title}، ${when}.`,
    problemsHeading: (n: number, leftOut: number) =>
      `${arabicCount(n, PROBLEMS_AR)} في البيانات؛ ${leftOut === 0 ? 'لم يُستبعد أي حدث' : `الأحداث المستبعدة: ${count(leftOut)}`}:`,
    errorHeading: 'تعذّر عرض الأحداث.',
    undated: 'بلا تاريخ',
    cluster: (n: number) => `${arabicCount(n, EVENTS_AR)}؛ كبّر لرؤيتها`,
    moreInList: (n: number) => `…و${count(n)} أخرى في عرض القائمة.`,
    undatedInList: (n: number) => `${arabicCount(n, EVENTS_AR)} بلا تاريخ: يعرضها عرض القائمة في آخره.`,
    pending: (day: string) => `حدث في ${day}: جارٍ تحميل تفاصيله…`,
    notShown: 'لا يُعرض: انظر المشكلات أعلاه',
    loadingEvent: 'جارٍ تحميل تفاصيل هذا الحدث…',
    previousPage: 'السابق',
    nextPage: 'التالي',
    pageOf: (from: number, to: number, total: number) =>
      `الأحداث ${count(from)}–${count(to)} من ${count(total)}`,
    status: {
      occurred: 'وقع',
      planned: 'مخطط له',
      proposed: 'مقترح',
      ongoing: 'جارٍ',
      background: 'خلفية',
    } satisfies Record<EventStatus, string>,
    precision: {
      day: 'يوم',
      'part-of-day': 'جزء من يوم',
      'multi-day': 'عدة أيام',
      window: 'في وقت ما ضمن هذه الفترة',
      undated: 'بلا تاريخ',
    } satisfies Record<Precision, string>,
    role: {
      initiator: 'المبادر',
      counterpart: 'الطرف الآخر',
      host: 'المضيف',
      visitor: 'الزائر',
      mediator: 'الوسيط',
      speaker: 'المتحدث',
      audience: 'الجمهور',
      target: 'المستهدف',
      subject: 'المعني',
      medium: 'الوسيلة',
    } satisfies Record<ParticipantRole, string>,
    partOfDay: { morning: 'صباحًا', afternoon: 'بعد الظهر', evening: 'مساءً', night: 'ليلًا' },
    legendItems: {
      occurred: 'وقع: لون مصمت',
      proposed: 'مقترح أو مخطط له: مخطط بخطوط مائلة وإطار متقطع',
      range: 'عدة أيام: شريط يمتد على الأيام',
      window: 'تاريخ غير مؤكد ضمن فترة: شريط مخطط',
      dateline: 'تاريخ نشر المقال',
      cluster: 'أحداث كثيرة متقاربة: عددها؛ انقر للتكبير',
    },
    share: {
      copyLink: 'نسخ الرابط',
      copied: 'تم نسخ رابط هذا العرض',
      copyThisLink: 'رابط هذا العرض: انسخه',
      download: 'تصدير',
      csv: 'البيانات (CSV)',
      ical: 'الأحداث المخطط لها والمقترحة (iCalendar)',
      jsonLd: 'الأحداث والاقتباسات (JSON-LD)',
      png: 'صورة (PNG)',
      svg: 'صورة (SVG)',
      downloading: (name: string) => `جارٍ تنزيل ${name}`,
      failed: (reason: string) => `تعذّر التنزيل: ${reason}`,
      source: (text: string) => `المصدر: ${text}`,
      everyEvent: 'جميع الأحداث',
    },
  },
} as const;

export type Strings = (typeof STRINGS)[Lang];
