/**
 * What loading one hostile document must give, in a form both the Node tests and a
 * browser test of the widget can check: tests/fixtures/hostile/expected.json maps each
 * fixture's file name to one of these, and tests/hostile/generated.ts builds the large
 * documents (5 MB strings, 100,000 events, 100,000-deep nesting) with theirs.
 *
 * No Node APIs here: a browser test can import this file and generated.ts as they are.
 */
export interface HostileExpectation {
  /** What the document tries, in one sentence. */
  about: string;
  /**
   * "document": the bytes parse and validateDocument returns a document, so the widget draws a
   * timeline of exactly `validIds` and lists `problems`. "error-state": the bytes are not UTF-8 JSON
   * or not an events document at all, so the widget shows its error state with `problems`.
   */
  kind: 'document' | 'error-state';
  /** The ids of the events that come through, exactly and in order; always empty for "error-state". */
  validIds: string[];
  /**
   * Every problem, formatted by formatProblem, exactly and in order. A line ending in "…" is a
   * prefix: what follows it is the JavaScript engine's own wording (JSON.parse errors).
   */
  problems: string[];
}

export const PREFIX_MARK = '…';

/** Whether one formatted problem line is the expected one (or starts with an expected prefix). */
export function problemLineMatches(actual: string, expected: string): boolean {
  return expected.endsWith(PREFIX_MARK) ? actual.startsWith(expected.slice(0, -1)) : actual === expected;
}

/** Whether the formatted problem lines are exactly the expected ones, in order. */
export function problemLinesMatch(actual: readonly string[], expected: readonly string[]): boolean {
  return (
    actual.length === expected.length &&
    expected.every((line, i) => problemLineMatches(actual[i] ?? '', line))
  );
}
