/**
 * An inverted index: each term, the positions of the entries that contain it. Terms are found
 * exactly or by prefix, through buckets of the terms that share their first two letters, filled
 * as terms arrive, so adding never re-sorts anything and an archive can keep adding parts.
 */
export class TermIndex {
  readonly #postings = new Map<string, number[]>();
  readonly #buckets = new Map<string, string[]>();
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
    let posting = this.#postings.get(term);
    if (!posting) {
      this.#postings.set(term, (posting = []));
      const key = term.slice(0, 2);
      const bucket = this.#buckets.get(key);
      if (bucket) bucket.push(term);
      else this.#buckets.set(key, [term]);
    }
    // Positions arrive in order while an entry's words are added: a repeat is the last one.
    if (posting[posting.length - 1] !== position) posting.push(position);
  }

  /** The postings of `term`, and with `prefix` of every term it starts (a single letter: exactly). */
  *postings(term: string, prefix: boolean): Generator<readonly number[]> {
    if (!prefix || term.length < 2) {
      const posting = this.#postings.get(term);
      if (posting) yield posting;
      return;
    }
    for (const candidate of this.#buckets.get(term.slice(0, 2)) ?? []) {
      if (candidate.startsWith(term)) yield this.#postings.get(candidate)!;
    }
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
