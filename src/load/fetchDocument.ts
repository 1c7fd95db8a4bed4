import { isArchive } from '../archive/archive.ts';
import type { Slicer } from '../util/turns.ts';
import { parseEventsJson } from '../validate/parseEventsJson.ts';
import { EventsJsonStream } from '../validate/streamEventsJson.ts';
import type { ValidateOptions } from '../validate/validateDocument.ts';
import { EventChecker } from '../validate/validateDocument.ts';
import type { FetchLimits } from './fetchLimited.ts';
import { concat, fetchChunks, LoadError } from './fetchLimited.ts';
import { fetchSourceText, sourceTextPath } from './fetchSourceText.ts';
import type { TimelineSource } from './types.ts';

/** Bytes of a streamed document parsed between chances to give the page a turn: about 5 ms of work. */
const STREAM_PIECE_BYTES = 256 * 1024;

export interface FetchedDocument {
  value: unknown;
  /** The address the value came from: an archive's parts are relative to it. */
  base: string;
  /** When set, `value` is the document without its events, which this has checked already. */
  checked: EventChecker | undefined;
  /** The article's text, or why there is none (the problem saying that quotes went unchecked tells it). */
  options: ValidateOptions;
}

/**
 * Whether a body's first bytes begin an archive (`{"version":1,"archive":…`, as tools write it)
 * rather than an events document: it is then parsed whole, not streamed event by event. A
 * wrong guess costs only the streaming; the parsed value decides what it is.
 */
function looksLikeArchive(first: Uint8Array): boolean {
  const head = new TextDecoder().decode(first.subarray(0, 512));
  return /^\uFEFF?\s*\{\s*(?:"\$schema"\s*:\s*"[^"]*"\s*,\s*)?(?:"version"\s*:\s*\d+\s*,\s*)?"archive"\s*:/.test(
    head,
  );
}

/**
 * The document (for a fetched one, its envelope, with its events already checked one by one
 * as they arrived in `checked`) and its source text.
 */
export async function fetchDocument(
  source: TimelineSource,
  limits: FetchLimits,
  slicer: Slicer,
  onCount: (count: number) => void,
): Promise<FetchedDocument> {
  if ('value' in source) {
    const { value, base, sourceText } = source;
    // An archive's parts name their own source texts.
    if (isArchive(value)) return { value, base, checked: undefined, options: {} };
    const options =
      sourceText !== undefined ? { sourceText } : await fetchSourceText(sourceTextPath(value), base, limits);
    return { value, base, checked: undefined, options };
  }
  const base = source.url;
  let early: { path: string; text: Promise<ValidateOptions> } | undefined;
  // Parse and check events while the rest downloads, taking turns with the page.
  const checker = new EventChecker();
  const stream = new EventsJsonStream({
    onEvents: (events, wellFormed) => {
      // Parsed by the stream just now, and held by no one else: kept rather than copied.
      for (const event of events) checker.add(event, wellFormed, true);
      onCount(checker.count);
    },
    // The source text's address is known before the events: fetch it while they download.
    onHead(head) {
      const path = sourceTextPath(head);
      if (path === undefined) return;
      early = { path, text: fetchSourceText(path, base, limits) };
      // Awaited later, if the whole document agrees on the path; an abort must not go unhandled meanwhile.
      early.text.catch(() => undefined);
    },
  });
  const streaming = performance.now();
  let whole: boolean | undefined;
  const chunks = await fetchChunks(base, limits, 'json', async (chunk) => {
    // An archive has no events to stream: it is parsed whole once it is in.
    whole ??= looksLikeArchive(chunk);
    if (whole) return;
    // A fast connection hands over megabytes at once: take them a piece at a time.
    for (let at = 0; at < chunk.length; at += STREAM_PIECE_BYTES) {
      stream.push(chunk.subarray(at, at + STREAM_PIECE_BYTES));
      await slicer.turn();
    }
  });
  const streamed = whole ? { ok: false as const } : stream.finish();
  let value: unknown;
  let checked: EventChecker | undefined;
  if (streamed.ok) {
    value = streamed.envelope;
    checked = checker;
  } else {
    // Not something the stream could read: the ordinary parse gives the value or says what is wrong.
    const parsing = performance.now();
    const parsed = parseEventsJson(concat(chunks));
    performance.measure('diplomatic-timeline:parse', { start: parsing });
    if (!parsed.ok) throw new LoadError(`${base} ${parsed.problem.message}`);
    value = parsed.value;
  }
  performance.measure('diplomatic-timeline:stream', { start: streaming });
  if (isArchive(value)) return { value, checked: undefined, options: {}, base };
  const path = sourceTextPath(value);
  // Assigned in a callback, which TypeScript's narrowing does not see.
  const started = early as { path: string; text: Promise<ValidateOptions> } | undefined;
  const options = await (started !== undefined && started.path === path
    ? started.text
    : fetchSourceText(path, base, limits));
  return { value, checked, options, base };
}
