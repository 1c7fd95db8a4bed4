/**
 * Whether a statement tells of something that has not happened: planned («من المقرر»,
 * "is scheduled to") or only proposed («تعمل على ترتيب», "is working to arrange").
 * A news report writes both in the same sentences as what happened, and a timeline
 * that drew them as facts would be wrong, so the draft's status comes from here.
 */

export type Modality = 'planned' | 'proposed';

export interface ModalityCue {
  status: Modality;
  /** The words that say so, verbatim. */
  cue: string;
  /** UTF-16 offsets of the cue in the text given; `end` is exclusive. */
  start: number;
  end: number;
}

// Arabic has no \b: a word is bounded by anything that is not a letter or a mark.
const B = '(?<![\\p{L}\\p{M}])';
const E = '(?![\\p{L}\\p{M}])';
/** The conjunctions that attach to the next word: «ومن المقرر», «فسوف». */
const CLITIC = '(?:[وف])?';

/** Event verbs in «تـ» that are present tenses (a short vowel may be written: «تُعقد»). */
const PRESENT_IN_TA = `(?:${'تعقد تنعقد تنطلق تبدأ تستضيف تشهد تستأنف تصل تلتقي تجري تزور تستقبل تتوجه تختتم تنتهي تستمر'
  .split(' ')
  .map((verb) => [...verb].join('\\p{M}*'))
  .join('|')})`;

const ARABIC: readonly [Modality, string][] = [
  // Someone is arranging, seeking or proposing it: it may never happen.
  [
    'proposed',
    `${B}${CLITIC}[يت]عمل(?:ان|ون)?(?:\\s+[\\p{L}\\p{M}]+){0,5}\\s+على\\s+(?:ترتيب|تنظيم|عقد|إعداد|تأمين)${E}`,
  ],
  ['proposed', `${B}${CLITIC}[يت]سع(?:ى|يان|ون)${E}`],
  ['proposed', `${B}${CLITIC}(?:اقترح|اقترحت|يقترح|تقترح|اقتراح|مقترح)${E}`],
  ['proposed', `${B}${CLITIC}(?:عرض|عرضت|يعرض|تعرض)\\s+(?:استضافة|التوسط)${E}`],
  ['proposed', `${B}${CLITIC}(?:دعا|دعت|يدعو|تدعو)\\s+إلى\\s+(?:عقد|إجراء)${E}`],
  // It is set, intended or announced for later.
  ['planned', `${B}${CLITIC}من\\s+(?:المقرر|المنتظر|المرتقب|المزمع|المتوقع)${E}`],
  ['planned', `${B}${CLITIC}سوف${E}`],
  ['planned', `${B}${CLITIC}على\\s+أن${E}`],
  ['planned', `${B}${CLITIC}(?:[يت]عتزم|[يت]نوي|[يت]ستعد|تعتزمان|يعتزمون)${E}`],
  // The future prefix سـ on a present verb: «سيصل», «وستعقد». A list of nouns that
  // begin the same way (سنة، سياسة، ستيف…) keeps them out.
  ['planned', `${B}${CLITIC}س[يتنأ][\\p{L}]{2,}${E}`],
  // A clause opening with a present-tense verb tells of what is to come: «يلتقي الوزيران الأحد»,
  // «وتعقد القمة السبت». Only «يـ» and a few verbs with «تـ»: «تلقى»، «تبنى» are past tenses.
  ['planned', `(?<=(?:^|[.،,؛:!؟])\\s*)${CLITIC}(?:ي\\p{M}*\\p{L}[\\p{L}\\p{M}]{2,}|${PRESENT_IN_TA})${E}`],
];

const ENGLISH: readonly [Modality, string][] = [
  [
    'proposed',
    '\\b(?:is|are|was|were|has been|have been)\\s+working\\s+to\\s+(?:arrange|set\\s+up|organi[sz]e|broker)\\b',
  ],
  ['proposed', '\\b(?:proposed|proposes|propose|suggested|suggests)\\b'],
  ['proposed', '\\b(?:seeks?|seeking|sought)\\s+to\\b'],
  ['proposed', '\\b(?:offered|offers?)\\s+to\\s+(?:host|mediate)\\b'],
  ['proposed', '\\bcall(?:ed|s)?\\s+for\\b'],
  // Only possible: "the talks could open as early as Monday". Not "could not", nor "could see".
  [
    'proposed',
    '\\b(?:could|might|may)\\s+(?:well\\s+|soon\\s+|also\\s+|still\\s+)?(?:be\\s+held|take\\s+place|open|' +
      'start|begin|resume|convene|meet|visit|travel|arrive|hold|sign|come)\\b',
  ],
  ['planned', '\\b(?:is|are|was|were)\\s+(?:scheduled|set|due|expected|slated|planned)\\s+(?:to|for)\\b'],
  ['planned', '\\b(?:scheduled|slated|planned)\\s+for\\b'],
  ['planned', '\\b(?:plans?|planned|planning|intends?|intended|intending)\\s+to\\b'],
  ['planned', "\\b(?:will|shall|would)\\b|\\w'll\\b"],
  ['planned', '\\b(?:is|are)\\s+going\\s+to\\b'],
  // The present of a scheduled event: "the envoy arrives in Doha on Monday".
  [
    'planned',
    '\\b(?:arrives|travels|flies|heads|visits|meets|hosts|holds|opens|begins|starts|resumes|convenes|' +
      'departs|leaves|returns|concludes|wraps\\s+up|kicks\\s+off)\\b',
  ],
];

/** Words that begin like a future verb (س + ي/ت/ن/أ) but are not one. */
const NOT_FUTURE = new Set(
  (
    'سنة سنوات سنين سنوي سنوية سنويا سنويًا ستة ستين ستون سيارة سيارات سياسة سياسات سياسي سياسية ' +
    'سياسيون سياسيين سيد سيدة سيدات سيادة سياق سيناريو سيناريوهات سيناء سيطرة سيطر ستيف ستار سيف ' +
    'سيرة سيول سيئول سنغافورة ستوكهولم سيريلانكا سيرغي سيرجي ستارمر سيمون سيول ستراتيجية سنترال ' +
    'سيادته سينما ستوديو سيبيريا سيدني سينودس سيسي ستالين سيزيف ستانلي ستيفن سيشل سنجار سنار ' +
    'سنوار سنيورة'
  ).split(' '),
);

const compiled = {
  ar: ARABIC.map(([status, source]) => [status, new RegExp(source, 'gu')] as const),
  en: ENGLISH.map(([status, source]) => [status, new RegExp(source, 'giu')] as const),
};

/**
 * The first cue of planning or proposal in `text`, outside quotation marks (what a
 * speaker says will happen is their words, not the report's statement), or undefined
 * when the text tells of what happened.
 */
export function findModality(text: string, lang: 'ar' | 'en'): ModalityCue | undefined {
  const quoted = quotedSpans(text);
  let best: ModalityCue | undefined;
  for (const [status, pattern] of compiled[lang]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (quoted.some(([from, to]) => start >= from && start < to)) continue;
      if (lang === 'ar' && !isArabicCue(match[0])) continue;
      if (best === undefined || start < best.start) best = { status, cue: match[0], start, end };
      break;
    }
  }
  return best;
}

/** Present-tense verbs that open a clause without telling of an event to come. */
const NOT_AHEAD = new Set(
  (
    'يقول يرى يؤكد يضيف يعتبر يشير يوضح يعد يعني يذكر يشار يبدو يأتي يتوقع يعتقد يريد يمكن يجب ' +
    'ينبغي يبقى يظل يزال يعرف يتهم يطالب يرفض يحذر'
  ).split(' '),
);

function isArabicCue(cue: string): boolean {
  if (/^[وف]?[بل]?ي/u.test(cue) && !/^[وف]?[بل]?س/u.test(cue)) {
    const verb = cue.replace(/^[وف]?[بل]?/u, '').replace(/\p{M}/gu, '');
    return !NOT_AHEAD.has(verb) && !/^يوم/u.test(verb);
  }
  const word = cue.replace(/^[وف](?=س[يتنأ])/u, '');
  if (!/^س[يتنأ]/u.test(word)) return true;
  return !NOT_FUTURE.has(word) && !NOT_FUTURE.has(word.replace(/(?:ها|هم|ات|ة)$/u, ''));
}

const OPENERS: Record<string, string> = { '“': '”', '«': '»', '"': '"', '„': '”' };

/** [start, end) of each span between quotation marks. */
export function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = 0; i < text.length; i++) {
    const close = OPENERS[text[i]!];
    if (close === undefined) continue;
    const end = text.indexOf(close, i + 1);
    if (end === -1) break;
    spans.push([i, end + 1]);
    i = end;
  }
  return spans;
}
