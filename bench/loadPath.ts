import { indexItems } from '../src/timeline/displaySet.ts';
import { toTimelineItems } from '../src/timeline/toTimelineItems.ts';
import { loadTimelineData } from '../src/load/loadTimelineData.ts';
import { validateDocument } from '../src/validate/validateDocument.ts';

/** Network-sized pieces: about what Chromium's fetch hands over at a time on this machine. */
export const CHUNK_BYTES = 512 * 1024;

/** No limit the bench's largest document could reach. */
const LIMITS = { timeoutMs: 600_000, maxBytes: Number.MAX_SAFE_INTEGER };
const DOCUMENT_URL = 'https://bench.invalid/events.json';

/** A fetch serving the document in network-sized pieces, and any other address as the source text. */
function servedFetch(bytes: Uint8Array, sourceText: string): typeof fetch {
  return ((input: RequestInfo | URL) => {
    if (String(input) !== DOCUMENT_URL)
      return Promise.resolve(new Response(sourceText, { headers: { 'content-type': 'text/plain' } }));
    let at = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (at >= bytes.length) return controller.close();
        controller.enqueue(bytes.subarray(at, at + CHUNK_BYTES));
        at += CHUNK_BYTES;
      },
    });
    return Promise.resolve(new Response(body, { headers: { 'content-type': 'application/json' } }));
  }) as typeof fetch;
}

/**
 * The widget's own load path for `src` (loadTimelineData, as the element calls it): events
 * parsed and checked as the bytes arrive, the source text fetched beside them, the model
 * built and its items indexed. `bytes` must name its source text (any address is served it).
 */
export async function streamedLoad(bytes: Uint8Array, sourceText: string): Promise<number> {
  const data = await loadTimelineData({ url: DOCUMENT_URL }, LIMITS, {
    fetch: servedFetch(bytes, sourceText),
  });
  if (data.kind !== 'document') throw new Error(`the document did not load: ${data.problems[0]?.message}`);
  return data.index.size;
}

/** The same work without streaming: decode, one JSON.parse, validateDocument, items, index. */
export function wholeLoad(bytes: Uint8Array, sourceText: string): number {
  const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  const { document } = validateDocument(value, { sourceText });
  return indexItems(toTimelineItems(document!).items).size;
}

/** Only decoding and one JSON.parse: the floor of any load path that reads this format. */
export function parseOnly(bytes: Uint8Array): number {
  const value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as { events: unknown[] };
  return value.events.length;
}

/**
 * An archive's load path, as the element calls it: decode and parse the manifest, check its
 * index, place every event from the index, index the items. The parts are not read: the widget
 * fetches and checks each one in full only when one of its events is first shown in words.
 */
export async function archiveLoad(bytes: Uint8Array): Promise<number> {
  const data = await loadTimelineData({ url: DOCUMENT_URL }, LIMITS, { fetch: servedFetch(bytes, '') });
  if (data.kind !== 'archive' || data.problems.length > 0) throw new Error('the archive did not check');
  return data.index.size;
}

export type LoadWay = 'streamed' | 'whole' | 'parse' | 'archive';

/**
 * Milliseconds of each way, `runs` times each, alternating: the document's three ways and,
 * given the same events as an archive's manifest, the archive's.
 */
export async function measureLoadPathInNode(
  input: { document: { json: Uint8Array; text: Uint8Array }; archive?: Uint8Array },
  runs: number,
): Promise<Partial<Record<LoadWay, number[]>>> {
  const sourceText = new TextDecoder().decode(input.document.text);
  const { archive } = input;
  const ways: [LoadWay, () => unknown][] = [
    ['streamed', () => streamedLoad(input.document.json, sourceText)],
    ['whole', () => wholeLoad(input.document.json, sourceText)],
    ['parse', () => parseOnly(input.document.json)],
    ...(archive ? [['archive', () => archiveLoad(archive)] as [LoadWay, () => unknown]] : []),
  ];
  const times: Partial<Record<LoadWay, number[]>> = {};
  for (let run = 0; run < runs; run++) {
    for (const [way, load] of ways) {
      const started = performance.now();
      await load();
      (times[way] ??= []).push(performance.now() - started);
    }
  }
  return times;
}
