import type { FindSample } from './find.ts';
import { ACTOR, FILTER_STEPS, QUERY } from './find.ts';
import type { LoadOutcome } from './load.ts';
import type { Spread } from './stats.ts';
import { spread } from './stats.ts';

/** A load's figures of finding and filtering: what the section's rows show, by key. */
export const FIND_ROWS = [
  { key: 'indexMs', label: 'Search index built, first step to last, pauses included (ms)' },
  { key: 'indexLongest', label: 'Longest task begun while the index was built (ms)' },
  {
    key: 'searchMs',
    label: "Last keystroke → `timeline-search` (ms; the widget's 200 ms pause after typing included)",
  },
  { key: 'matches', label: `Matches for «${QUERY}»` },
  { key: 'walkMs', label: 'Enter → the first match active on screen (ms; — when nothing matched)' },
  { key: 'searchLongest', label: 'Longest task from the first keystroke until the walk stayed put (ms)' },
  ...FILTER_STEPS.map(({ label }, step) => ({
    key: `filter${step}` as const,
    label: `${label} → drawn (ms)`,
  })),
  { key: 'filterQuiet', label: '… the slowest of these until the drawing stayed put (ms)' },
  { key: 'filterLongest', label: 'Longest task while filtering (ms)' },
  { key: 'longest', label: '**Longest task of the three: index, searching, filtering (ms)**' },
] as const;

export type FindKey = (typeof FIND_ROWS)[number]['key'];

export interface FindFigures {
  metrics: Partial<Record<FindKey, Spread>>;
  /** Loads that finished the step, and those that timed out in it or failed. */
  measured: number;
  timeouts: number;
  failures: string[];
  /** The count line after each filter step, in the first load that measured them. */
  summaries: string[];
}

/** One load's values, by key: `filter0`… the filter steps in the order they were taken. */
export function findValues(sample: FindSample): Partial<Record<FindKey, number>> {
  const values: Partial<Record<FindKey, number>> = {
    indexMs: sample.indexMs,
    indexLongest: sample.indexLongest,
    searchMs: sample.searchMs,
    matches: sample.matches,
    searchLongest: sample.searchLongest,
    filterLongest: sample.filterLongest,
    longest: Math.max(sample.indexLongest, sample.searchLongest, sample.filterLongest),
  };
  if (sample.walkMs !== undefined) values.walkMs = sample.walkMs;
  sample.filters.forEach((step, i) => {
    if (i < FILTER_STEPS.length) values[`filter${i}` as FindKey] = step.drawnMs;
  });
  if (sample.filters.length > 0) values.filterQuiet = Math.max(...sample.filters.map((step) => step.quietMs));
  return values;
}

/** Each figure per load, then median (min–max) across the loads that measured it. */
export function summarizeFind(outcomes: readonly LoadOutcome[]): FindFigures {
  const finds = outcomes.flatMap((outcome) => ('sample' in outcome && outcome.sample.find) || []);
  const samples = finds.flatMap((find) => (find.status === 'ok' ? [find.sample] : []));
  const loads = samples.map(findValues);
  const metrics: FindFigures['metrics'] = {};
  for (const { key } of FIND_ROWS) {
    const found = spread(loads.flatMap((load) => (load[key] === undefined ? [] : [load[key]])));
    if (found) metrics[key] = found;
  }
  return {
    metrics,
    measured: samples.length,
    timeouts: finds.filter((find) => find.status === 'timeout').length,
    failures: finds.flatMap((find) => (find.status === 'failed' ? [find.message] : [])),
    summaries: samples[0]?.filters.map((step) => step.summary) ?? [],
  };
}

const number = (value: number, digits = 0): string =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** "120 (95–180)"; the range only when the loads differed. */
export function spreadText(found: Spread | undefined): string {
  if (!found) return '—';
  const range = found.min === found.max ? '' : ` (${number(found.min)}–${number(found.max)})`;
  return `${number(found.median)}${range}`;
}

/** The goal of the responsiveness target: no task longer than this. */
export const FIND_GOAL_MS = 200;

/**
 * The target's value: judged on the archive when the run measured it (the format made for
 * this many events), else on the one document, the other shown beside it.
 */
export function findTargetValue(
  archive: FindFigures | undefined,
  document: FindFigures | undefined,
  documentLabel: string,
): { value: string; met: boolean } | undefined {
  const text = (figures: FindFigures) => {
    const { longest, indexLongest, searchLongest, filterLongest } = figures.metrics;
    const parts = [
      `index ${spreadText(indexLongest)}`,
      `search ${spreadText(searchLongest)}`,
      `filter ${spreadText(filterLongest)}`,
    ];
    return `${number(longest!.median)} ms (${parts.join(', ')})`;
  };
  const judged = archive?.metrics.longest ? archive : document?.metrics.longest ? document : undefined;
  if (!judged) return undefined;
  const beside = judged === archive && document?.metrics.longest ? document : undefined;
  const value =
    judged === archive
      ? `archive: ${text(archive)}${beside ? `; ${documentLabel}: ${text(beside)}` : ''}`
      : `${documentLabel}: ${text(judged)}${archive ? '' : ' (no archive in this run)'}`;
  // Both must keep the page responsive: an archive searches only the parts fetched so far, so on
  // its own it would judge a search that had little to do.
  const worst = Math.max(judged.metrics.longest!.median, beside?.metrics.longest?.median ?? 0);
  return { value, met: worst <= FIND_GOAL_MS };
}

/** A column of the section: a data set in a setup, and its loads of ours. */
export interface FindColumn {
  title: string;
  outcomes: readonly LoadOutcome[];
}

/** The section's table, its notes (timeouts, failures, what the filters left), and how it was measured. */
export function findSection(columns: readonly FindColumn[]): string[] {
  const figures = columns.map((column) => ({ ...column, found: summarizeFind(column.outcomes) }));
  const shown = figures.filter(({ found }) => found.measured + found.timeouts + found.failures.length > 0);
  if (shown.length === 0)
    return ['Not measured in this run (it needs an archive, or a data set of 10,000 events or more).'];
  const lines = [
    `| ms, median (min–max) | ${shown.map(({ title }) => title).join(' | ')} |`,
    `| --- | ${shown.map(() => '--:').join(' | ')} |`,
    ...FIND_ROWS.map(
      ({ key, label }) =>
        `| ${label} | ${shown.map(({ found }) => spreadText(found.metrics[key])).join(' | ')} |`,
    ),
    `| Loads measured | ${shown.map(({ found }) => String(found.measured)).join(' | ')} |`,
    '',
  ];
  for (const { title, found } of shown) {
    if (found.summaries.length > 0)
      lines.push(
        `- ${title}: the count line read ${found.summaries.map((text) => `"${text}"`).join(', then ')}.`,
      );
    if (found.timeouts > 0)
      lines.push(`- ${title}: ${found.timeouts} load(s) timed out finding and filtering.`);
    for (const failure of new Set(found.failures)) lines.push(`- ${title}: failed: ${failure}`);
  }
  lines.push(
    '',
    `Ours only (plain vis-timeline has no search), on every load of ${number(10_000)} events or more and of an archive, after the zoom and`,
    'pan. Long tasks come from a buffered `PerformanceObserver` of type `longtask`; each span counts the tasks that',
    'began in it (0: none over 50 ms), whatever ran in them, and in wall-clock time, so a busy machine lengthens them.',
    "**Index**: the widget's User Timing measure `diplomatic-timeline:search-index`, from the first step of the",
    'build to its last; the first slice runs in the task that draws, so it is in the "longest task until settled"',
    'figure instead; at 100,000 events the build goes on through the wait for the drawing to settle and the zoom and',
    'pan, whose tasks count here too. An archive indexes the events of the parts fetched so far (none, at first). **Search**:',
    `Playwright types «${QUERY}» into the field (part \`search\`, in the shadow root), a key every 100 ms, waits for the`,
    '`timeline-search` event of that query, then presses Enter and waits for the first match to be active on screen',
    'and for the drawing to stay put 300 ms. **Filter**: the page sets `filter-status="occurred"`, then',
    `\`filter-actors="${ACTOR}"\` as well, then removes both, each in one task; "drawn" is the first animation`,
    'frame after it (the widget draws in the same task), and each step waits for the drawing to stay put 300 ms',
    'before the next.',
  );
  return lines;
}
