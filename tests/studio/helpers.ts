import { readFileSync } from 'node:fs';
import type { EventsDocumentJson } from '../../src/types.ts';

export const seedText = readFileSync(
  new URL('../../events/sources/ankara-talks.ar.txt', import.meta.url),
  'utf8',
);
export const seedDocument = JSON.parse(
  readFileSync(new URL('../../events/ankara-talks.json', import.meta.url), 'utf8'),
) as EventsDocumentJson;

/** A Storage in memory that refuses to hold more than `capacity` characters, as a full browser storage does. */
export class MemoryStorage implements Storage {
  #items = new Map<string, string>();
  constructor(private readonly capacity = Infinity) {}
  get length(): number {
    return this.#items.size;
  }
  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    let used = value.length;
    for (const [k, v] of this.#items) if (k !== key) used += v.length;
    if (used > this.capacity) throw new DOMException('quota', 'QuotaExceededError');
    this.#items.set(key, value);
  }
  removeItem(key: string): void {
    this.#items.delete(key);
  }
  clear(): void {
    this.#items.clear();
  }
}
