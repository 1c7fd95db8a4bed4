import type { EventMode, LocalizedText, ParticipantRole, PloverEventType } from '../src/types.ts';

/** The six countries of the article, so synthetic documents draw the same lanes. */
export const COUNTRIES = [
  { code: 'US', slug: 'us', name: { en: 'United States', ar: 'الولايات المتحدة' } },
  { code: 'IR', slug: 'iran', name: { en: 'Iran', ar: 'إيران' } },
  { code: 'TR', slug: 'turkey', name: { en: 'Turkey', ar: 'تركيا' } },
  { code: 'QA', slug: 'qatar', name: { en: 'Qatar', ar: 'قطر' } },
  { code: 'EG', slug: 'egypt', name: { en: 'Egypt', ar: 'مصر' } },
  { code: 'IL', slug: 'israel', name: { en: 'Israel', ar: 'إسرائيل' } },
] as const;

export const OFFICES: readonly { slug: string; en: string; ar: string }[] = [
  { slug: 'president', en: 'President', ar: 'رئيس' },
  { slug: 'foreign-minister', en: 'Foreign minister', ar: 'وزير خارجية' },
  { slug: 'defence-minister', en: 'Defence minister', ar: 'وزير دفاع' },
  { slug: 'envoy', en: 'Special envoy', ar: 'مبعوث' },
  { slug: 'chief-of-staff', en: 'Chief of staff', ar: 'رئيس أركان' },
];

export const MEDIA = [
  { id: 'axios', name: { en: 'Axios', ar: 'أكسيوس' }, country: 'US' },
  { id: 'cnn', name: { en: 'CNN', ar: 'سي إن إن' }, country: 'US' },
  { id: 'al-jazeera', name: { en: 'Al Jazeera', ar: 'الجزيرة' }, country: 'QA' },
  { id: 'x', name: { en: 'X', ar: 'إكس' } },
] as const;

/** What each PLOVER type reads like in a headline and in a quoted sentence. */
export const VERBS: Record<PloverEventType, LocalizedText> = {
  AGREE: { en: 'agrees with', ar: 'يتفق مع' },
  CONSULT: { en: 'meets', ar: 'يلتقي' },
  SUPPORT: { en: 'backs', ar: 'يدعم' },
  CONCEDE: { en: 'concedes to', ar: 'يتنازل أمام' },
  COOPERATE: { en: 'cooperates with', ar: 'يتعاون مع' },
  AID: { en: 'sends aid to', ar: 'يرسل مساعدات إلى' },
  RETREAT: { en: 'withdraws from talks with', ar: 'ينسحب من المحادثات مع' },
  REQUEST: { en: 'asks', ar: 'يطلب من' },
  ACCUSE: { en: 'accuses', ar: 'يتهم' },
  REJECT: { en: 'rejects the offer of', ar: 'يرفض عرض' },
  THREATEN: { en: 'threatens', ar: 'يهدد' },
  PROTEST: { en: 'protests to', ar: 'يحتج لدى' },
  SANCTION: { en: 'sanctions', ar: 'يفرض عقوبات على' },
  MOBILIZE: { en: 'mobilises against', ar: 'يحشد ضد' },
  COERCE: { en: 'pressures', ar: 'يضغط على' },
  ASSAULT: { en: 'strikes', ar: 'يضرب' },
};

export const MODES: readonly EventMode[] = [
  'visit',
  'host',
  'phone',
  'third-party',
  'multilateral',
  'verbal',
  'interview',
  'speech',
  'social-media',
];

export const ROLE_PAIRS: readonly (readonly [ParticipantRole, ParticipantRole])[] = [
  ['initiator', 'counterpart'],
  ['host', 'visitor'],
  ['speaker', 'target'],
  ['speaker', 'subject'],
];

/** Clauses for quoted sentences, Arabic and a faithful English rendering. */
export const CLAUSES: readonly LocalizedText[] = [
  { en: 'the talks are moving forward', ar: 'المحادثات تمضي قدمًا' },
  { en: 'a framework for negotiations is taking shape', ar: 'تشكيل إطار للمفاوضات يمضي قدمًا' },
  { en: 'there is no agreement yet on the venue', ar: 'لا اتفاق حتى الآن على مكان الاجتماع' },
  { en: 'the mediators are building trust', ar: 'الوسطاء يعملون على بناء الثقة' },
  { en: 'any attack would draw a regional response', ar: 'أي هجوم سيقابل برد إقليمي' },
  { en: 'a new round of talks is possible within days', ar: 'جولة جديدة من المحادثات ممكنة خلال أيام' },
  { en: 'the sanctions must be lifted first', ar: 'يجب رفع العقوبات أولًا' },
  { en: 'things are moving in a positive direction', ar: 'الأمور تسير في اتجاه إيجابي' },
];

export const ATTRIBUTIONS: readonly LocalizedText[] = [
  { en: 'Axios (the report’s own account)', ar: 'أكسيوس (رواية التقرير)' },
  { en: 'Two regional sources', ar: 'مصدران إقليميان' },
  { en: 'A senior official', ar: 'مسؤول كبير' },
  { en: 'State media', ar: 'وسائل الإعلام الرسمية' },
];

export const PLACES: readonly LocalizedText[] = [
  { en: 'Ankara', ar: 'أنقرة' },
  { en: 'Doha', ar: 'الدوحة' },
  { en: 'Cairo', ar: 'القاهرة' },
  { en: 'Tehran', ar: 'طهران' },
  { en: 'Washington', ar: 'واشنطن' },
  { en: 'Muscat', ar: 'مسقط' },
];

export const PARTS_OF_DAY = [
  { key: 'morning', ar: 'صباح' },
  { key: 'afternoon', ar: 'بعد ظهر' },
  { key: 'evening', ar: 'مساء' },
  { key: 'night', ar: 'ليلة' },
] as const;
