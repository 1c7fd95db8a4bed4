import type { LoadOutcome, LoadSample } from './load.ts';
import { median, percentile, spread } from './stats.ts';
import type { Spread } from './stats.ts';

export type Contender = 'baseline' | 'ours';

/** All loads of one contender on one data set. */
export interface Cell {
  outcomes: LoadOutcome[];
  /** Set when the remaining loads were not attempted, and why. */
  stopped?: string;
  /** Set when the remaining loads skipped the input sequence, and why. */
  inputSkipped?: string;
}

/** One data set's loads: an archive's baseline may be the equal-sized document's cell, shared. */
export type DataSetCells = Record<Contender, Cell> & {
  /** The archive's baseline figures are those of the document of this many events, in this run. */
  baselineFrom?: number;
};

export const METRICS = [
  { key: 'ttfr', label: 'Time to first render (ms)', digits: 0 },
  { key: 'readyAt', label: '… of which until the ready event (ms)', digits: 0 },
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
  const frames = sample.interaction?.frames;
  if (sample.interaction && frames && frames.length > 0) {
    values.frameMedian = median(frames);
    values.frameP95 = percentile(frames, 95);
    values.frameMax = Math.max(...frames);
    values.longTasks = sample.interaction.longTasks;
  }
  return values;
}

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
