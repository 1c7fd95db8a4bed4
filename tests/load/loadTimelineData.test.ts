import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateArchive } from '../../bench/generate.ts';
import { DEFAULT_LIMITS } from '../../src/load/fetchLimited.ts';
import { loadTimelineData } from '../../src/load/loadTimelineData.ts';
import type { LoadProgress } from '../../src/load/types.ts';
import { fakeFetch } from './fakeFetch.ts';

const json = readFileSync(new URL('../../events/ankara-talks.json', import.meta.url), 'utf8');
const text = readFileSync(new URL('../../events/sources/ankara-talks.ar.txt', import.meta.url), 'utf8');
const eventCount = (JSON.parse(json) as { events: unknown[] }).events.length;
const BASE = 'https://news.example/reports/';
const DOC = `${BASE}ankara-talks.json`;
const TEXT = `${BASE}sources/ankara-talks.ar.txt`;

describe('loadTimelineData', () => {
  it('streams a fetched document, fetches its source text beside it and builds its model', async () => {
    const { fetch, asked } = fakeFetch({ [DOC]: json, [TEXT]: text });
    const progress: LoadProgress[] = [];
    const data = await loadTimelineData({ url: DOC }, DEFAULT_LIMITS, {
      fetch,
      onProgress: (step) => progress.push(step),
    });
    expect(data.kind).toBe('document');
    if (data.kind !== 'document') return;
    expect(data.problems).toEqual([]);
    expect(data.document.events).toHaveLength(eventCount);
    expect(data.sourceText).toBe(text);
    expect(data.model.count).toBe(eventCount);
    expect(data.index.size).toBeGreaterThan(0);
    expect(asked.sort()).toEqual([DOC, TEXT]);
    expect(progress.at(-1)).toEqual({ step: 'checking', count: eventCount });
  });

  it('validates a given value with the text given beside it, fetching nothing', async () => {
    const { fetch, asked } = fakeFetch({});
    const data = await loadTimelineData(
      { value: JSON.parse(json), base: BASE, sourceText: text },
      DEFAULT_LIMITS,
      {
        fetch,
      },
    );
    expect(data.kind).toBe('document');
    expect(asked).toEqual([]);
  });

  it('fetches the source text of a given value relative to its base when no text is given', async () => {
    const { fetch, asked } = fakeFetch({ [TEXT]: text });
    const data = await loadTimelineData({ value: JSON.parse(json), base: DOC }, DEFAULT_LIMITS, { fetch });
    expect(data.kind === 'document' && data.sourceText).toBe(text);
    expect(asked).toEqual([TEXT]);
  });

  it('fails with the reason when the address answers with an error status', async () => {
    const { fetch } = fakeFetch({});
    const data = await loadTimelineData({ url: DOC }, DEFAULT_LIMITS, { fetch });
    expect(data).toEqual({
      kind: 'failed',
      problems: [{ path: '', message: `${DOC} answered 404 Not Found` }],
    });
  });

  it('fails, naming the limit, when a body is larger than the limit', async () => {
    const { fetch } = fakeFetch({ [DOC]: json });
    const data = await loadTimelineData({ url: DOC }, { ...DEFAULT_LIMITS, maxBytes: 1024 }, { fetch });
    expect(data.kind).toBe('failed');
    expect(data.problems[0]?.message).toContain('larger than 1 KiB');
  });

  it('fails with every problem when no event of a given document is valid', async () => {
    const value = { ...JSON.parse(json), events: [{ id: 'Not A Slug' }] } as unknown;
    const data = await loadTimelineData({ value, base: BASE, sourceText: text }, DEFAULT_LIMITS);
    expect(data.kind).toBe('failed');
    expect(data.problems.length).toBeGreaterThan(0);
    expect(data.problems.every((problem) => problem.eventIndex === 0)).toBe(true);
  });

  it('keeps the valid events of a document and reports the one that is not', async () => {
    const value = JSON.parse(json) as { events: { id: string }[] };
    value.events[1]!.id = 'Not A Slug';
    const data = await loadTimelineData({ value, base: BASE, sourceText: text }, DEFAULT_LIMITS);
    expect(data.kind === 'document' && data.document.events).toHaveLength(eventCount - 1);
    expect(data.problems.map((problem) => problem.eventIndex)).toContain(1);
  });

  it('places an archive from its index alone, fetching none of its parts', async () => {
    const { archive } = generateArchive(300, 7, 100);
    const url = `${BASE}archive.json`;
    const { fetch, asked } = fakeFetch({ [url]: JSON.stringify(archive) });
    const data = await loadTimelineData({ url }, DEFAULT_LIMITS, { fetch });
    expect(data.kind).toBe('archive');
    if (data.kind !== 'archive') return;
    expect(data.base).toBe(url);
    expect(data.model.count).toBe(300);
    expect(data.events.size).toBe(0);
    expect(asked).toEqual([url]);
  });

  it('rejects with the reason of an abort, and reports no failure', async () => {
    const { fetch } = fakeFetch({ [DOC]: json, [TEXT]: text });
    const controller = new AbortController();
    controller.abort(new Error('replaced by a newer load'));
    await expect(
      loadTimelineData({ url: DOC }, DEFAULT_LIMITS, { fetch, signal: controller.signal }),
    ).rejects.toThrow('replaced by a newer load');
  });
});
