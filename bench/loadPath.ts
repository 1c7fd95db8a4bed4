import { checkArchiveSteps } from '../src/archive/archive.ts';
import { indexItems } from '../src/timeline/displaySet.ts';
import { toTimelineItems } from '../src/timeline/toTimelineItems.ts';
import { archiveModelSteps } from '../src/archive/archiveModel.ts';
import { drain } from '../src/util/turns.ts';
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

/**
 * An archive's load path: decode and parse the manifest, check its index, place every event
 * from the index, index the items. The parts are not read: the widget fetches and checks each
 * one in full only when one of its events is first shown in words.
 */
export function archiveLoad(bytes: Uint8Array): number {
  const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  const { archive, problems } = drain(checkArchiveSteps(value));
  if (!archive || problems.length > 0) throw new Error('the archive did not check');
  const model = drain(archiveModelSteps(archive, new Map()));
  return indexItems(model.items).size;
}

export type LoadWay = 'streamed' | 'whole' | 'parse' | 'archive';

/**
 * Milliseconds of each way, `runs` times each, alternating: the document's three ways and,
 * given the same events as an archive's manifest, the archive's.
 */
export function measureLoadPathInNode(
  input: { document: { json: Uint8Array; text: Uint8Array }; archive?: Uint8Array },
  runs: number,
): Partial<Record<LoadWay, number[]>> {
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
      load();
      (times[way] ??= []).push(performance.now() - started);
    }
  }
  return times;
}
