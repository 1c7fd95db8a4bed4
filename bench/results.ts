import type { LoadOutcome, LoadSample } from './load.ts';
import { median, percentile, spread } from './stats.ts';
import type { Spread } from './stats.ts';

export type Contender = 'baseline' | 'ours';

/**
 * How the pages give the timeline its room. *fixed*: a height of FIXED_HEIGHT (vis-timeline's
 * `height` option, our `height` attribute), as an article embed usually does, and ours given
 * its document through `sourceText` and `events` (an archive, which has no such form, through
 * `src`). *auto*: as tall as their content, ours given `src`, as the bench did before.
 */
export type Setup = 'fixed' | 'auto';
export const SETUPS: readonly Setup[] = ['fixed', 'auto'];
export const FIXED_HEIGHT = '520px';
/**
 * The shorter quiet some measure by: the first change followed by this long without another.
 * Plain vis-timeline with default options first draws today's window, with every item piled at
 * its edge, and fits the data only at its 1000 ms resize check, fixed height or not: by this
 * rule it looks done before it has shown the data. Shown beside the settled figure, never judged.
 */
export const SHORT_QUIET_MS = 300;

/** The first change after which the items stayed put SHORT_QUIET_MS (the last change when none did). */
export function settledAfterShortQuiet(changes: readonly number[]): number | undefined {
  for (let i = 0; i < changes.length; i++) {
    const next = changes[i + 1];
    if (next === undefined || next - changes[i]! > SHORT_QUIET_MS) return changes[i];
  }
  return undefined;
}

/** All loads of one contender on one data set. */
export interface Cell {
  outcomes: LoadOutcome[];
  /** Set when the remaining loads were not attempted, and why. */
  stopped?: string;
  /** Set when the remaining loads skipped the input sequence, and why. */
  inputSkipped?: string;
  /** Set when the remaining loads skipped finding and filtering, and why. */
  findSkipped?: string;
}

/** One data set's loads: an archive's baseline may be the equal-sized document's cell, shared. */
export type DataSetCells = Record<Contender, Cell> & {
  /** The archive's baseline figures are those of the document of this many events, in this run. */
  baselineFrom?: number;
};

export const METRICS = [
  { key: 'ttfr', label: 'Time to first render (ms)', digits: 0 },
  { key: 'ttfrShort', label: '… had 300 ms of quiet been taken as settled (ms)', digits: 0 },
  { key: 'readyAt', label: '… of which until the ready event (ms)', digits: 0 },
  { key: 'parsedAt', label: '… of which until the page had parsed the document (ms)', digits: 0 },
  { key: 'afterParse', label: 'From the parsed document to first render (ms)', digits: 0 },
  { key: 'items', label: 'Item elements in the DOM when settled', digits: 0 },
  { key: 'longestTask', label: 'Longest task until settled (ms)', digits: 0 },
  { key: 'frameMedian', label: 'Frame time during input, median (ms)', digits: 1 },
  { key: 'frameP95', label: 'Frame time during input, p95 (ms)', digits: 1 },
  { key: 'frameMax', label: 'Frame time during input, max (ms)', digits: 1 },
  { key: 'longTasks', label: 'Long tasks during input', digits: 0 },
  { key: 'heapMB', label: 'JS heap after render, after GC (MB)', digits: 1 },
  { key: 'domNodes', label: 'DOM nodes, open shadow roots included', digits: 0 },
] as const;

export type MetricKey = (typeof METRICS)[number]['key'];

export interface Figures {
  metrics: Partial<Record<MetricKey, Spread>>;
  /** Loads that produced render figures, and how many of them also finished the input sequence. */
  rendered: number;
  interacted: number;
  timeouts: { render: number; interaction: number };
  errors: string[];
}

function perLoad(sample: LoadSample): Partial<Record<MetricKey, number>> {
  const values: Partial<Record<MetricKey, number>> = {
    ttfr: sample.settled.ttfr,
    readyAt: sample.settled.readyAt,
    items: sample.settled.items,
    longestTask: sample.settled.longestTask,
    heapMB: sample.heapBytes / 1e6,
    domNodes: sample.domNodes,
  };
  // Only where the page parses the document itself (not ours given `src`, which reads it as it arrives).
  const { parsedAt } = sample.settled;
  if (parsedAt !== undefined) {
    values.parsedAt = parsedAt;
    values.afterParse = sample.settled.ttfr - parsedAt;
  }
  // Loads recorded before the probe listed its changes have none.
  const short = settledAfterShortQuiet(sample.settled.changes ?? []);
  if (short !== undefined) values.ttfrShort = short;
  const frames = sample.interaction?.frames;
  if (sample.interaction && frames && frames.length > 0) {
    values.frameMedian = median(frames);
    values.frameP95 = percentile(frames, 95);
    values.frameMax = Math.max(...frames);
    values.longTasks = sample.interaction.longTasks;
  }
  return values;
}

/** A data set's cells in each setup the run measured. */
export type SetupCells = Partial<Record<Setup, DataSetCells>>;

/** Each figure is computed per load, then summarised across loads as median (min–max). */
export function summarize(cell: Cell): Figures {
  const samples = cell.outcomes.flatMap((outcome) =>
    'sample' in outcome && outcome.sample ? [outcome.sample] : [],
  );
  const loads = samples.map(perLoad);
  // A load that timed out rendering may still have said when its data was shown.
  for (const outcome of cell.outcomes) {
    if (outcome.status === 'timeout' && outcome.phase === 'render' && outcome.readyAt !== undefined) {
      loads.push({ readyAt: outcome.readyAt });
    }
  }
  const metrics: Figures['metrics'] = {};
  for (const { key } of METRICS) {
    const found = spread(loads.flatMap((load) => (load[key] === undefined ? [] : [load[key]])));
    if (found) metrics[key] = found;
  }
  const timeouts = { render: 0, interaction: 0 };
  const errors: string[] = [];
  for (const outcome of cell.outcomes) {
    if (outcome.status === 'timeout') timeouts[outcome.phase] += 1;
    if (outcome.status === 'error') errors.push(outcome.message);
  }
  return {
    metrics,
    rendered: samples.length,
    interacted: samples.filter((sample) => sample.interaction).length,
    timeouts,
    errors,
  };
}
