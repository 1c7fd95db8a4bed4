import type { Draft } from './draft.ts';

const PREFIX = 'dt-studio:draft:';
const CURRENT = 'dt-studio:current';
/** Summaries of every draft, so listing them does not parse megabytes of articles. */
const INDEX = 'dt-studio:index';

export interface DraftSummary {
  id: string;
  title: string;
  updated: number;
  events: number;
}

export type SaveResult = { ok: true } | { ok: false; reason: 'full' | 'unavailable' };

/**
 * Drafts in the browser's storage, one key each, so that a full storage fails one save and
 * never corrupts another draft. `storage` is a parameter so tests can hand in a small one.
 */
export class DraftStore {
  constructor(private readonly storage: Storage | null) {}

  save(draft: Draft): SaveResult {
    if (!this.storage) return { ok: false, reason: 'unavailable' };
    try {
      this.storage.setItem(PREFIX + draft.id, JSON.stringify(draft));
      this.storage.setItem(CURRENT, draft.id);
      const index = this.list().filter((entry) => entry.id !== draft.id);
      this.storage.setItem(INDEX, JSON.stringify([summarize(draft), ...index]));
      return { ok: true };
    } catch (error) {
      // QuotaExceededError (its name differs across browsers): the draft in memory is untouched.
      return { ok: false, reason: error instanceof DOMException ? 'full' : 'unavailable' };
    }
  }

  load(id: string): Draft | null {
    const raw = this.#get(PREFIX + id);
    if (raw === null) return null;
    try {
      const value = JSON.parse(raw) as Draft;
      return typeof value === 'object' && value !== null && typeof value.text === 'string' ? value : null;
    } catch {
      return null;
    }
  }

  /** The draft open last, to reopen it after a reload. */
  current(): Draft | null {
    const id = this.#get(CURRENT);
    return id === null ? null : this.load(id);
  }

  delete(id: string): void {
    try {
      this.storage?.removeItem(PREFIX + id);
      this.storage?.setItem(INDEX, JSON.stringify(this.list().filter((entry) => entry.id !== id)));
      if (this.#get(CURRENT) === id) this.storage?.removeItem(CURRENT);
    } catch {
      // Nothing to keep: a storage that cannot delete has nothing of ours either.
    }
  }

  list(): DraftSummary[] {
    try {
      const index = JSON.parse(this.#get(INDEX) ?? '[]') as unknown;
      if (!Array.isArray(index)) return [];
      return (index as DraftSummary[])
        .filter((entry) => typeof entry?.id === 'string' && typeof entry.updated === 'number')
        .sort((a, b) => b.updated - a.updated);
    } catch {
      return [];
    }
  }

  #get(key: string): string | null {
    try {
      return this.storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }
}

function summarize(draft: Draft): DraftSummary {
  const title = draft.title.en || draft.title.ar || draft.text.trim().split('\n')[0]?.slice(0, 80) || '';
  return { id: draft.id, title, updated: draft.updated, events: draft.events.length };
}
