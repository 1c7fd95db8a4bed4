import type { FetchLimits } from './fetchLimited.ts';
import { fetchLimited, LoadError } from './fetchLimited.ts';
import { fetchSourceText, sourceTextPath } from './fetchSourceText.ts';
import type { EventsDocument, Problem, TimelineEvent } from '../types.ts';
import { parseEventsJson } from '../validate/parseEventsJson.ts';
import { validateDocumentInSlices } from '../validate/validateDocument.ts';
import { Slicer } from '../util/turns.ts';
import type { Archive } from '../archive/archive.ts';
import { agreeWithIndex } from '../archive/archive.ts';

/** A part, once fetched and checked: its document (its accepted events only) and source text. */
export interface LoadedPart {
  document: EventsDocument;
  sourceText: string | undefined;
}

/** What one part's arrival changed: events now shown in words, events not shown, and why. */
export interface PartOutcome {
  part: number;
  /** Ids of the part's events that are now in `events`. */
  loaded: string[];
  /** Ids of index entries of the part that will not be shown: see `problems`. */
  rejected: string[];
  problems: Problem[];
}

/** Parts fetched at once, at most: a window rarely needs more than two, and the page keeps its connections. */
const AT_ONCE = 3;

/**
 * An archive's parts, fetched on demand: each once, checked in full (shape, quotes against its
 * own source text, dates against its wording) and against the index, its accepted events then
 * added to `events`, which the timeline's model shares.
 */
export class ArchiveParts {
  /** Each event's position in the archive's index, by id. */
  readonly byId: ReadonlyMap<string, number>;
  readonly #archive: Archive;
  readonly #base: string;
  readonly #limits: FetchLimits;
  readonly #events: Map<string, TimelineEvent>;
  readonly #onPart: (outcome: PartOutcome) => void;
  readonly #idsOf: string[][];
  readonly #state: (LoadedPart | 'failed' | undefined)[];
  /** Settles when the part has arrived or failed; set when it is first needed. */
  readonly #ready: (Promise<void> | undefined)[] = [];
  readonly #queue: { part: number; resolve: () => void }[] = [];
  readonly #rejected = new Set<string>();
  #running = 0;

  constructor(
    archive: Archive,
    base: string,
    limits: FetchLimits,
    events: Map<string, TimelineEvent>,
    onPart: (outcome: PartOutcome) => void,
  ) {
    this.#archive = archive;
    this.#base = base;
    this.#limits = limits;
    this.#events = events;
    this.#onPart = onPart;
    this.#idsOf = archive.parts.map(() => []);
    const { ids, part } = archive.index;
    for (let i = 0; i < ids.length; i++) this.#idsOf[part[i]!]!.push(ids[i]!);
    this.byId = archive.byId;
    this.#state = archive.parts.map(() => undefined);
  }

  /** Whether the index lists this event. */
  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** Whether the event's part has arrived and the event failed its checks (or the part could not be had). */
  isRejected(id: string): boolean {
    return this.#rejected.has(id);
  }

  /** The part an event belongs to, once fetched and checked. */
  loadedPartOf(id: string): LoadedPart | undefined {
    const at = this.byId.get(id);
    const state = at === undefined ? undefined : this.#state[this.#archive.index.part[at]!];
    return typeof state === 'object' ? state : undefined;
  }

  /** Fetches the parts of these events, if not already; settles when each has arrived or failed. */
  need(ids: Iterable<string>): Promise<void> {
    const parts = new Set<number>();
    for (const id of ids) {
      const at = this.byId.get(id);
      if (at !== undefined) parts.add(this.#archive.index.part[at]!);
    }
    const waits: Promise<void>[] = [];
    for (const part of parts) waits.push((this.#ready[part] ??= this.#schedule(part)));
    return Promise.all(waits).then(() => undefined);
  }

  #schedule(part: number): Promise<void> {
    return new Promise((resolve) => {
      this.#queue.push({ part, resolve });
      this.#pump();
    });
  }

  /** Starts queued parts while fewer than AT_ONCE are in flight. */
  #pump(): void {
    while (this.#running < AT_ONCE && this.#queue.length > 0 && !this.#limits.signal.aborted) {
      const { part, resolve } = this.#queue.shift()!;
      this.#running++;
      void this.#load(part).finally(() => {
        this.#running--;
        resolve();
        this.#pump();
      });
    }
  }

  async #load(part: number): Promise<void> {
    const { href } = this.#archive.parts[part]!;
    const expected = this.#idsOf[part]!;
    let outcome: PartOutcome;
    try {
      const url = new URL(href, this.#base);
      if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new LoadError(`only http and https addresses are fetched, not ${url.protocol}`);
      const fetching = performance.now();
      const parsed = parseEventsJson(await fetchLimited(url.href, this.#limits, 'json'));
      if (!parsed.ok) throw new LoadError(parsed.problem.message);
      const options = await fetchSourceText(sourceTextPath(parsed.value), url.href, this.#limits);
      const slicer = new Slicer({ signal: this.#limits.signal });
      const checked = await validateDocumentInSlices(parsed.value, { ...options, slicer });
      performance.measure('diplomatic-timeline:part', { start: fetching });
      if (this.#limits.signal.aborted) return;
      const problems = checked.problems.map((problem) => ({ ...problem, document: href }));
      if (!checked.document)
        throw new PartProblems([
          ...problems,
          {
            document: href,
            path: '',
            message: `is not an events document, so its ${expected.length} event(s) are not shown`,
          },
        ]);
      const agreed = agreeWithIndex(
        part,
        href,
        checked.document,
        this.#archive,
        expected,
        positionsOf(parsed.value),
      );
      const document = { ...checked.document, events: agreed.events };
      this.#state[part] = { document, sourceText: options.sourceText };
      for (const event of agreed.events) this.#events.set(event.id, event);
      const loaded = new Set(agreed.events.map((event) => event.id));
      const rejected = expected.filter((id) => !loaded.has(id));
      for (const id of rejected) this.#rejected.add(id);
      outcome = { part, loaded: [...loaded], rejected, problems: [...problems, ...agreed.problems] };
    } catch (error) {
      if (this.#limits.signal.aborted) return;
      this.#state[part] = 'failed';
      for (const id of expected) this.#rejected.add(id);
      const problems =
        error instanceof PartProblems
          ? error.problems
          : [
              {
                document: href,
                path: '',
                message: `could not be loaded, so its ${expected.length} event(s) are not shown: ${error instanceof LoadError ? error.message : String(error)}`,
              },
            ];
      outcome = { part, loaded: [], rejected: expected, problems };
    }
    this.#onPart(outcome);
  }
}

/** Each event's position in a part as written, by id (the first, for an id used twice). */
function positionsOf(value: unknown): Map<string, number> {
  const positions = new Map<string, number>();
  const events = (value as { events?: unknown } | null)?.events;
  if (!Array.isArray(events)) return positions;
  events.forEach((event: unknown, index) => {
    const id = (event as { id?: unknown } | null)?.id;
    if (typeof id === 'string' && !positions.has(id)) positions.set(id, index);
  });
  return positions;
}

/** A part that is not an events document at all: its problems say why. */
class PartProblems extends Error {
  constructor(readonly problems: Problem[]) {
    super('not an events document');
  }
}
