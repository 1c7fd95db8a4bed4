import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../../src/studio/draft.ts';
import { DraftStore } from '../../src/studio/draftStore.ts';
import { MemoryStorage } from './helpers.ts';

describe('DraftStore', () => {
  it('reopens the draft saved last, as it was', () => {
    const storage = new MemoryStorage();
    const draft = { ...emptyDraft('a', 1), text: 'نص', publisher: 'Axios' };
    new DraftStore(storage).save(draft);
    expect(new DraftStore(storage).current()).toEqual(draft);
  });

  it('lists several drafts newest first and deletes one', () => {
    const storage = new MemoryStorage();
    const store = new DraftStore(storage);
    store.save({ ...emptyDraft('old', 1), title: { en: 'Old', ar: '' } });
    store.save({ ...emptyDraft('new', 2), title: { en: 'New', ar: '' } });
    expect(store.list().map((d) => d.title)).toEqual(['New', 'Old']);
    store.delete('new');
    expect(store.list().map((d) => d.id)).toEqual(['old']);
    expect(store.load('new')).toBeNull();
  });

  it('says the storage is full, and leaves the drafts already saved intact', () => {
    const storage = new MemoryStorage(2000);
    const store = new DraftStore(storage);
    store.save({ ...emptyDraft('small', 1), text: 'short' });
    expect(store.save({ ...emptyDraft('big', 2), text: 'x'.repeat(5000) })).toEqual({
      ok: false,
      reason: 'full',
    });
    expect(store.load('small')?.text).toBe('short');
  });

  it('works without storage, saying so', () => {
    expect(new DraftStore(null).save(emptyDraft('a', 1))).toEqual({ ok: false, reason: 'unavailable' });
  });

  it('ignores a stored value that is not a draft', () => {
    const storage = new MemoryStorage();
    storage.setItem('dt-studio:draft:x', '{not json');
    expect(new DraftStore(storage).load('x')).toBeNull();
  });
});
