/**
 * Undo and redo over snapshots. Edits with the same key close together (typing in one
 * field) make one step, so an undo takes back a word or a field, not a letter.
 */
export class History<T> {
  #past: T[] = [];
  #future: T[] = [];
  #lastKey: string | null = null;
  #lastAt = -Infinity;

  constructor(
    private readonly limit = 200,
    private readonly coalesceMs = 1000,
  ) {}

  /** Call before an edit, with the state as it was. */
  record(before: T, key: string, now: number): void {
    const same = key === this.#lastKey && now - this.#lastAt < this.coalesceMs;
    this.#lastKey = key;
    this.#lastAt = now;
    this.#future = [];
    if (same) return;
    this.#past.push(before);
    if (this.#past.length > this.limit) this.#past.shift();
  }

  /** The state to go back to, given the present one (kept for redo); null when there is none. */
  undo(present: T): T | null {
    const previous = this.#past.pop();
    if (previous === undefined) return null;
    this.#future.push(present);
    this.#lastKey = null;
    return previous;
  }

  redo(present: T): T | null {
    const next = this.#future.pop();
    if (next === undefined) return null;
    this.#past.push(present);
    this.#lastKey = null;
    return next;
  }

  get canUndo(): boolean {
    return this.#past.length > 0;
  }

  get canRedo(): boolean {
    return this.#future.length > 0;
  }

  clear(): void {
    this.#past = [];
    this.#future = [];
    this.#lastKey = null;
  }
}
