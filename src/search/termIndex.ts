/**
 * An inverted index: each term, the positions of the entries that contain it. Terms are found
 * exactly or by prefix, through buckets of the terms that share their first two letters, filled
 * as terms arrive, so adding never re-sorts anything and an archive can keep adding parts.
 */
export class TermIndex {
  /**
   * Postings by the first two letters of the term, then by term. Many small maps rather than
   * one: a map of half a million terms that doubles its table while an archive is indexed holds
   * the page for the whole copy, and a long task cannot be cut in turns.
   */
  readonly #buckets = new Map<string, Map<string, number[]>>();
  #size = 0;

  /** How many positions have been given out. */
  get size(): number {
    return this.#size;
  }

  /** A new position, for `add`. */
  next(): number {
    return this.#size++;
  }

  add(position: number, term: string): void {
    const key = term.slice(0, 2);
    let bucket = this.#buckets.get(key);
    if (!bucket) this.#buckets.set(key, (bucket = new Map()));
    let posting = bucket.get(term);
    if (!posting) bucket.set(term, (posting = []));
    // Positions arrive in order while an entry's words are added: a repeat is the last one.
    if (posting[posting.length - 1] !== position) posting.push(position);
  }

  /** The postings of `term`, and with `prefix` of every term it starts (a single letter: exactly). */
  *postings(term: string, prefix: boolean): Generator<readonly number[]> {
    const bucket = this.#buckets.get(term.slice(0, 2));
    if (!bucket) return;
    if (!prefix || term.length < 2) {
      const posting = bucket.get(term);
      if (posting) yield posting;
      return;
    }
    // Keys, then a lookup for the few that match: no [key, value] pair built per term.
    for (const candidate of bucket.keys()) if (candidate.startsWith(term)) yield bucket.get(candidate)!;
  }

  /**
   * Positions that match every group: a group is the forms of one query word, any of which
   * may match. Counting per position (a position reaches k + 1 only from k) makes it an AND of
   * ORs without building sets.
   */
  matchAll(groups: readonly (readonly string[])[], prefix: boolean): number[] {
    const reached = new Uint16Array(this.#size);
    let found: number[] = [];
    groups.forEach((forms, k) => {
      found = [];
      for (const form of forms) {
        for (const posting of this.postings(form, prefix)) {
          for (const position of posting) {
            if (reached[position] === k) {
              reached[position] = k + 1;
              found.push(position);
            }
          }
        }
      }
    });
    return groups.length === 0 ? [] : found;
  }
}
