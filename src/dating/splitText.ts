/**
 * Sentences, clauses and head lines of an article, as offsets into it. A sentence ends at
 * . ! ? ؟ or a line break (not after "Mr." or "a.m.", nor inside a number); a clause at a
 * comma, «،» or a semicolon. Quotes are cut from these spans, so they are verbatim.
 */
export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Sgt|Capt|Sen|Rep|Gov|St|Jr|Sr|No|vs|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|U\.S|U\.N|U\.K|E\.U|a\.m|p\.m|[A-Z]))$/u;

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const lineBreak = char === '\n';
    const stop = /[.!?؟]/u.test(char);
    if (!lineBreak && !stop) continue;
    if (stop) {
      const next = text[i + 1] ?? ' ';
      // A full stop inside "3.5" or "U.S." is not the end of a sentence.
      if (char === '.' && (/[\d\p{L}]/u.test(next) || ABBREVIATIONS.test(text.slice(Math.max(0, i - 6), i))))
        continue;
      // Keep a closing quotation mark with its sentence.
      while (/[”"»’)]/u.test(text[i + 1] ?? '')) i += 1;
    }
    push(spans, text, start, lineBreak ? i : i + 1);
    start = i + 1;
  }
  push(spans, text, start, text.length);
  return spans;
}

/** The clauses of a sentence: split at «،», «؛», ",", ";" — outside quotation marks. */
export function splitClauses(text: string, sentence: Span): Span[] {
  const spans: Span[] = [];
  let start = sentence.start;
  let quoted = false;
  for (let i = sentence.start; i < sentence.end; i++) {
    const char = text[i]!;
    if (/[“«"]/u.test(char) && !quoted) quoted = true;
    else if (/[”»"]/u.test(char) && quoted) quoted = false;
    if (quoted || !/[،؛,;:]/u.test(char)) continue;
    // "3,000" is a number, not two clauses.
    if (char === ',' && /\d/u.test(text[i - 1] ?? '') && /\d/u.test(text[i + 1] ?? '')) continue;
    push(spans, text, start, i);
    start = i + 1;
  }
  push(spans, text, start, sentence.end);
  return spans;
}

/** Adds [start, end) without the spaces at its edges, when anything is left. */
function push(spans: Span[], text: string, start: number, end: number): void {
  while (start < end && /\s/u.test(text[start]!)) start += 1;
  while (end > start && /\s/u.test(text[end - 1]!)) end -= 1;
  if (end > start) spans.push({ start, end });
}

/** The first `count` lines that hold something, each with its offset: an article's head. */
export function headLines(text: string, count: number): { line: string; start: number }[] {
  const lines: { line: string; start: number }[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (lines.length === count) break;
    if (line.trim() !== '') lines.push({ line, start });
    start += line.length + 1;
  }
  return lines;
}
