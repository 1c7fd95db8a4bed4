import { isArchive } from '../archive/isArchive.ts';
import { indexItems } from '../timeline/displaySet.ts';
import type { TimelineModel } from '../timeline/toTimelineItems.ts';
import { timelineModelSteps } from '../timeline/toTimelineItems.ts';
import type { Problem, TimelineEvent, ValidationResult } from '../types.ts';
import { drainInTurns, Slicer } from '../util/turns.ts';
import type { EventChecker, ValidateOptions } from '../validate/validateDocument.ts';
import { checkEnvelope, validateDocumentInSlices } from '../validate/validateDocument.ts';
import { fetchDocument } from './fetchDocument.ts';
import { LoadError } from './fetchLimited.ts';
import { loadArchiveCode } from './loadArchiveCode.ts';
import type { LoadedData, LoadLimits, LoadOptions, TimelineSource } from './types.ts';

/**
 * From an address or a parsed value to what a timeline shows: fetched (within `limits`),
 * streamed and checked as it arrives, validated, its model built and its items indexed. Every
 * step takes turns with the page. Resolves to the data, or to why none can be shown; rejects
 * only when `signal` aborts.
 */
export async function loadTimelineData(
  source: TimelineSource,
  limits: LoadLimits,
  { onProgress, signal = new AbortController().signal, fetch }: LoadOptions = {},
): Promise<LoadedData> {
  // At 100,000 events every step of a load takes hundreds of milliseconds: each pauses at
  // points of its own, and the page gets a turn there whenever 40 ms of work have passed.
  const slicer = new Slicer({ signal });
  let problems: Problem[] = [];
  /** Set once the data is valid: a failure after it is in building the model (a bug), not in the data. */
  let validated = false;
  try {
    const fetchLimits = fetch ? { ...limits, signal, fetch } : { ...limits, signal };
    const fetched = await fetchDocument(source, fetchLimits, slicer, (count) =>
      onProgress?.({ step: 'loading', count }),
    );
    signal.throwIfAborted();
    const { value, checked, options, base } = fetched;
    if (checked) onProgress?.({ step: 'checking', count: checked.count });
    const validating = performance.now();
    if (isArchive(value)) {
      const { checkArchiveSteps, archiveModelSteps } = await loadArchiveCode();
      signal.throwIfAborted();
      const result = await drainInTurns(checkArchiveSteps(value), slicer);
      problems = result.problems;
      performance.measure('diplomatic-timeline:validate', { start: validating });
      const noneValid = result.archive?.index.ids.length === 0 && problems.length > 0;
      if (!result.archive || noneValid) return { kind: 'failed', problems };
      // The index alone places an archive's events; each part is fetched when one of its events
      // is shown in words, into `events`, which the model shares.
      const events = new Map<string, TimelineEvent>();
      const { archive } = result;
      validated = true;
      const { model, index } = await modelOf(archiveModelSteps(archive, events), slicer);
      return { kind: 'archive', archive, base, events, model, index, problems };
    }
    const result = await validate(value, checked, options, slicer);
    problems = result.problems;
    performance.measure('diplomatic-timeline:validate', { start: validating });
    // Events given, none of them valid: nothing can be drawn, as when the document itself is
    // unreadable; not an empty axis around today under the problems.
    const noneValid = result.document?.events.length === 0 && problems.length > 0;
    if (!result.document || noneValid) return { kind: 'failed', problems };
    const { document } = result;
    validated = true;
    const { model, index } = await modelOf(timelineModelSteps(document), slicer);
    return { kind: 'document', document, sourceText: options.sourceText, model, index, problems };
  } catch (error) {
    signal.throwIfAborted();
    if (validated) {
      // The reason first, then what validation found.
      const reason = { path: '', message: `the timeline could not be drawn: ${String(error)}` };
      return { kind: 'failed', problems: [reason, ...problems] };
    }
    const message = error instanceof LoadError ? error.message : `unexpected failure: ${String(error)}`;
    return { kind: 'failed', problems: [{ path: '', message }] };
  }
}

/** Validates a fetched document in slices, finishing the events a stream has checked already. */
async function validate(
  value: unknown,
  checked: EventChecker | undefined,
  options: ValidateOptions,
  slicer: Slicer,
): Promise<ValidationResult> {
  if (!checked) return validateDocumentInSlices(value, { ...options, slicer });
  await slicer.turn();
  const envelope = checkEnvelope(value);
  if (!envelope.ok) return { document: null, problems: envelope.problems };
  return checked.finishInTurns(envelope, options, slicer);
}

/** The model of validated data, and its items indexed by time: built once per load. */
async function modelOf(
  steps: Generator<void, TimelineModel>,
  slicer: Slicer,
): Promise<{ model: TimelineModel; index: ReturnType<typeof indexItems> }> {
  await slicer.turn();
  const modelling = performance.now();
  const model = await drainInTurns(steps, slicer);
  performance.measure('diplomatic-timeline:model', { start: modelling });
  await slicer.turn();
  const indexing = performance.now();
  const index = indexItems(model.items);
  performance.measure('diplomatic-timeline:index', { start: indexing });
  return { model, index };
}
