/**
 * Whether the statement a date belongs to is planned, proposed or told as done.
 *
 * - The statement is its sentence, cut at «أن»/«إن»/"that"/"said" where a reporting
 *   verb with a date of its own hands over to what was reported: in «أعلن الوزير صباح
 *   الخميس أن الوفد سيصل بعد غد», Thursday is when he spoke; only «بعد غد» is ahead.
 *   «أن» that belongs to a cue («من المقرر أن», «على أن») does not cut.
 * - The cue is the nearest one with no other date between it and this one.
 * - A cue after the date counts only in the date's own clause, or in the next one when
 *   the date stands alone at the head of the sentence ("On Monday, the envoy will…").
 * - A cue after the date that opens a predicate with a date of its own is that date's only;
 *   a cue before an earlier date carries over to a predicate joined to it (see sharesItsCue).
 * - A date right after a reporting verb in English is when it was said (see SAID_ON).
 */
import type { ModalityCue } from './modality.ts';
import { findModality } from './modality.ts';
import type { Span } from './splitText.ts';
import { splitClauses } from './splitText.ts';
import type { Lang } from './types.ts';
import { B, E } from './words.ts';

/**
 * A reporting verb the date follows at once, in English, where reported speech often drops
 * "that": in "Mediators said on Thursday they would host talks", Thursday is when they spoke.
 * Between the verb and the date, only whom it was told to ("told reporters", "told the BBC")
 * or how ("in a statement", "at a news conference"): "said the talks on Monday would…" is not it.
 */
const SAID_ON = new RegExp(
  '\\b(?:(?:said|announced|added|stated|confirmed|declared|wrote|tweeted|posted|insisted|noted|' +
    'explained|acknowledged|denied|urged|warned)(?:\\s+(?:in|at|during)\\s+(?:a|an|the|his|her|their)' +
    '(?:\\s+[\\p{L}-]+){1,2})?|told(?:\\s+(?:[\\p{Lu}][\\p{L}.-]*|the|a|reporters|journalists|lawmakers|parliament|' +
    'state|news|press|conference|briefing|television|radio)){1,3})' +
    '\\s+(?:(?:late|early)\\s+)?(?:on\\s+)?$',
  'u',
);

const COMPLEMENTIZER = {
  ar: new RegExp(`${B}[وف]?ب?(?:أن|إن|أنه|إنه|أنها|إنها|أنهم|إنهم)${E}`, 'gu'),
  en: /\b(?:that|said|says|told|added|announced)\b/giu,
};

export function modalityOf(
  text: string,
  sentence: Span,
  date: Span,
  others: readonly Span[],
  lang: Lang,
): ModalityCue | undefined {
  if (lang === 'en' && SAID_ON.test(text.slice(Math.max(sentence.start, date.start - 80), date.start))) {
    return undefined;
  }
  const cues = cuesIn(text, sentence, lang);
  const pattern = COMPLEMENTIZER[lang];
  pattern.lastIndex = 0;
  const slice = text.slice(sentence.start, sentence.end);
  let start = sentence.start;
  let end = sentence.end;
  for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
    const at = sentence.start + m.index;
    if (cues.some((cue) => at >= cue.start && at <= cue.end + 1)) continue;
    if (at >= date.end) {
      end = at;
      break;
    }
    if (others.some((other) => other !== date && other.start >= start && other.end <= at)) start = at;
  }

  const clauses = splitClauses(text, sentence);
  const own = clauses.findIndex((c) => c.start <= date.start && date.start < c.end);
  const ownClause = clauses[own];
  const alone =
    ownClause !== undefined &&
    words(text.slice(ownClause.start, ownClause.end)) - words(text.slice(date.start, date.end)) <= 1;
  const reach = (alone ? clauses[own + 1] : ownClause)?.end ?? end;

  let best: ModalityCue | undefined;
  let bestDistance = Infinity;
  for (const cue of cues) {
    if (cue.start < start || cue.end > end) continue;
    if (cue.start >= date.end && cue.end > reach) continue;
    if (cue.start >= date.end && opensItsOwnPredicate(text, date, cue, others, end, lang)) continue;
    const lo = Math.min(cue.end, date.end);
    const hi = Math.max(cue.start, date.start);
    const between = others.filter((other) => other !== date && other.start >= lo && other.end <= hi);
    if (between.length > 0 && !(cue.end <= date.start && sharesItsCue(text, between, date, lang))) continue;
    if (Math.max(0, hi - lo) < bestDistance) {
      best = cue;
      bestDistance = Math.max(0, hi - lo);
    }
  }
  return best;
}

/**
 * Whether a cue after the date begins a predicate of its own, with its own date: joined by
 * "and"/"but" or «و»/«ف», and followed by another date. In "arrived on Tuesday and will leave
 * on Friday" and «التقاه الاثنين وسيلتقيه الأحد», only Friday and Sunday are ahead.
 */
function opensItsOwnPredicate(
  text: string,
  date: Span,
  cue: ModalityCue,
  others: readonly Span[],
  end: number,
  lang: Lang,
): boolean {
  const joined =
    lang === 'ar' ? /^[وف]/u.test(cue.cue) : /\b(?:and|but)\b/iu.test(text.slice(date.end, cue.start));
  return joined && others.some((other) => other !== date && other.start >= cue.end && other.end <= end);
}

/**
 * Whether a date after another one, itself after a cue, shares that cue: joined to it by
 * "and"/«و» with no verb of its own told as done. «سيزور القاهرة الاثنين ويلتقي الرئيس الثلاثاء»,
 * "will arrive on Monday and meet the emir on Tuesday": Tuesday is ahead too.
 */
function sharesItsCue(text: string, between: readonly Span[], date: Span, lang: Lang): boolean {
  const last = between.reduce((a, b) => (b.end > a.end ? b : a));
  const link = text.slice(last.end, date.start);
  if (/[,،;؛.]/u.test(link)) return false;
  return lang === 'ar'
    ? // «ويلتقي», not «وأكد» nor «وتوجه», which are told as done.
      /^\s*[وف]ي\p{L}{2,}/u.test(link)
    : /^\s*and\s+(?:then\s+)?(?!(?:the|a|an|his|her|its|their|he|she|it|they|we|this|that)\b)[\p{Ll}]+(?<!ed)\b/u.test(
        link,
      );
}

/** Every cue of the sentence, with offsets in the text. */
function cuesIn(text: string, sentence: Span, lang: Lang): ModalityCue[] {
  const cues: ModalityCue[] = [];
  for (let from = sentence.start; from < sentence.end;) {
    const cue = findModality(text.slice(from, sentence.end), lang);
    if (cue === undefined) break;
    cues.push({ ...cue, start: cue.start + from, end: cue.end + from });
    from += cue.end;
  }
  return cues;
}

function words(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}
