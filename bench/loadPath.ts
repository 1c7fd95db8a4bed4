import { indexItems } from '../src/timeline/displaySet.ts';
import { toTimelineItems } from '../src/timeline/toTimelineItems.ts';
import { EventsJsonStream } from '../src/validate/streamEventsJson.ts';
import { checkEnvelope, EventChecker, validateDocument } from '../src/validate/validateDocument.ts';

/** Network-sized pieces: about what Chromium's fetch hands over at a time on this machine. */
export const CHUNK_BYTES = 512 * 1024;

/** The widget's load path for `src`: events parsed and checked as the bytes arrive, then the items indexed. */
export function streamedLoad(bytes: Uint8Array, sourceText: string): number {
  const checker = new EventChecker();
  const stream = new EventsJsonStream({
    onEvents(events, wellFormed) {
      for (const event of events) checker.add(event, wellFormed, true);
    },
  });
  for (let at = 0; at < bytes.length; at += CHUNK_BYTES) stream.push(bytes.subarray(at, at + CHUNK_BYTES));
  const streamed = stream.finish();
  if (!streamed.ok) throw new Error('the document did not stream');
  const envelope = checkEnvelope(streamed.envelope);
  if (!envelope.ok) throw new Error('the document has a broken envelope');
  const { document } = checker.finish(envelope, { sourceText });
  return indexItems(toTimelineItems(document!).items).size;
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

export type LoadWay = 'streamed' | 'whole' | 'parse';

/** Milliseconds of each way, `runs` times each, alternating. */
export function measureLoadPathInNode(
  dataset: { json: Uint8Array; text: Uint8Array },
  runs: number,
): Record<LoadWay, number[]> {
  const sourceText = new TextDecoder().decode(dataset.text);
  const times: Record<LoadWay, number[]> = { streamed: [], whole: [], parse: [] };
  for (let run = 0; run < runs; run++) {
    for (const [way, load] of [
      ['streamed', streamedLoad],
      ['whole', wholeLoad],
      ['parse', parseOnly],
    ] as const) {
      const started = performance.now();
      load(dataset.json, sourceText);
      times[way].push(performance.now() - started);
    }
  }
  return times;
}
