/**
 * Whether the statement a date belongs to is planned, proposed or told as done. The
 * statement is its sentence, cut at «أن»/«إن»/"that" where a reporting verb with a
 * date of its own hands over to what was reported: in «أعلن الوزير صباح الخميس أن
 * الوفد سيصل بعد غد», Thursday is when he spoke and only «بعد غد» is in the future.
 */
import type { Span } from './splitText.ts';
import type { ModalityCue } from './modality.ts';
import { findModality } from './modality.ts';
import type { Lang } from './types.ts';
import { B, E } from './words.ts';

const COMPLEMENTIZER = {
  ar: new RegExp(`${B}[وف]?ب?(?:أن|إن|أنه|إنه|أنها|إنها|أنهم|إنهم)${E}`, 'gu'),
  en: /\bthat\b/giu,
};

export function modalityOf(
  text: string,
  sentence: Span,
  date: Span,
  others: readonly Span[],
  lang: Lang,
): ModalityCue | undefined {
  const pattern = COMPLEMENTIZER[lang];
  const words: number[] = [];
  pattern.lastIndex = 0;
  const slice = text.slice(sentence.start, sentence.end);
  for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) words.push(sentence.start + m.index);
  let start = sentence.start;
  let end = sentence.end;
  for (const at of words) {
    if (at >= date.end) {
      end = at;
      break;
    }
    const datedBefore = others.some((other) => other !== date && other.start >= start && other.end <= at);
    if (datedBefore) start = at;
  }
  // The cue nearest the date with no other date between them: in «سيصل بعد غد، وكان قد
  // التقى نظيره في 14 آذار», «سيصل» is about «بعد غد», not about 14 March.
  let best: ModalityCue | undefined;
  let bestDistance = Infinity;
  for (let from = start; from < end;) {
    const cue = findModality(text.slice(from, end), lang);
    if (cue === undefined) break;
    const at = { start: cue.start + from, end: cue.end + from };
    from = at.end;
    const lo = Math.min(at.end, date.end);
    const hi = Math.max(at.start, date.start);
    if (others.some((other) => other !== date && other.start >= lo && other.end <= hi)) continue;
    const distance = Math.max(0, hi - lo);
    if (distance < bestDistance) {
      best = { ...cue, ...at };
      bestDistance = distance;
    }
  }
  return best;
}
