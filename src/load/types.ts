import type { Archive } from '../archive/archive.ts';
import type { ItemIndex } from '../timeline/displaySet.ts';
import type { TimelineModel } from '../timeline/toTimelineItems.ts';
import type { EventsDocument, Problem, TimelineEvent } from '../types.ts';

/**
 * Where the data comes from: an address to fetch (absolute), or a value already parsed, with
 * the address its source text is relative to and, if the caller has it, that text.
 */
export type TimelineSource =
  { url: string } | { value: unknown; base: string; sourceText?: string | undefined };

/** How long to wait and how much to take from any one address. */
export interface LoadLimits {
  timeoutMs: number;
  maxBytes: number;
}

/** How far a load has come: events read so far, or the step that checks them all has begun. */
export interface LoadProgress {
  step: 'loading' | 'checking';
  count: number;
}

export interface LoadOptions {
  onProgress?: (progress: LoadProgress) => void;
  /** Stops the load: the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** The fetch to use; the page's own by default. */
  fetch?: typeof fetch;
}

/** An events document, validated (its valid events only), and its model. */
export interface LoadedDocument {
  kind: 'document';
  document: EventsDocument;
  sourceText: string | undefined;
  model: TimelineModel;
  index: ItemIndex;
  problems: Problem[];
}

/**
 * An archive, its index checked and its events placed; `events` fills as its parts are
 * fetched (see ArchiveParts), and the model shares it.
 */
export interface LoadedArchive {
  kind: 'archive';
  archive: Archive;
  /** The address the archive came from: its parts are relative to it. */
  base: string;
  events: Map<string, TimelineEvent>;
  model: TimelineModel;
  index: ItemIndex;
  problems: Problem[];
}

/** Nothing can be shown: the problems say why, the first of them the reason. */
export interface LoadFailed {
  kind: 'failed';
  problems: Problem[];
}

export type LoadedData = LoadedDocument | LoadedArchive | LoadFailed;
