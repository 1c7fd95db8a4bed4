import type { TimelineEvent } from '../../types.ts';
import { containsWords, normalizeWords } from './normalizeWords.ts';

/** A review note about one field of an event, its path relative to the event. */
export interface ReviewFinding {
  /** e.g. `/title/en` */
  path: string;
  message: string;
}

/** Text in quotation marks: straight, curly, guillemets, or German-style low-high. */
const QUOTED = /"([^"]*)"|“([^”]*)”|«([^»]*)»|„([^“”]*)[“”]/g;
const ANY_MARK = /["“«„]/;
/** An elision inside quotation marks: each side must be found, not the words across it. */
const ELLIPSIS = /…|\.\.\./;

/**
 * A title's quotation marks promise the words inside were said: the English title's, in a
 * translation of the event's quotes; the Arabic title's, in the quotes themselves. Each run
 * of words between elisions must appear there whole and in order, so "talking to us, and
 * seriously" is caught even though each of its words is somewhere in "…talking to us, and
 * talking seriously". One finding per quoted passage that no quote has.
 */
export function reviewTitleQuotes(event: TimelineEvent): ReviewFinding[] {
  const findings: ReviewFinding[] = [];
  for (const lang of ['en', 'ar'] as const) {
    const title = event.title[lang];
    if (title === undefined || !ANY_MARK.test(title)) continue;
    const quoted = [...title.matchAll(QUOTED)];
    if (quoted.length === 0) continue;
    // An English source's quotes are their own English: they need no translation.
    const sources = event.quotes.map((quote) =>
      normalizeWords(lang === 'en' ? quote.translation || quote.text : quote.text),
    );
    for (const match of quoted) {
      const inside = match[1] ?? match[2] ?? match[3] ?? match[4] ?? '';
      const runs = inside.split(ELLIPSIS).map(normalizeWords);
      if (runs.every((run) => run.length === 0)) continue;
      if (sources.some((words) => runs.every((run) => containsWords(words, run)))) continue;
      findings.push({
        path: `/title/${lang}`,
        message:
          lang === 'en'
            ? `quotes ${match[0]}, words found in no translation of the event's quotes: a title says no more than its quotes`
            : `quotes ${match[0]}, words found in none of the event's quotes: a title says no more than its quotes`,
      });
    }
  }
  return findings;
}
