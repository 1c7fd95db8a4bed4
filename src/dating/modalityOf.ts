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
 */
import type { ModalityCue } from './modality.ts';
import { findModality } from './modality.ts';
import type { Span } from './splitText.ts';
import { splitClauses } from './splitText.ts';
import type { Lang } from './types.ts';
import { B, E } from './words.ts';

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
    const lo = Math.min(cue.end, date.end);
    const hi = Math.max(cue.start, date.start);
    if (others.some((other) => other !== date && other.start >= lo && other.end <= hi)) continue;
    if (Math.max(0, hi - lo) < bestDistance) {
      best = cue;
      bestDistance = Math.max(0, hi - lo);
    }
  }
  return best;
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
