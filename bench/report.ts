import type { PageWeight } from './bytes.ts';
import type { DataSet, DataSetName } from './datasets.ts';
import type { Environment } from './environment.ts';
import type { Cell, Contender, Figures } from './results.ts';
import { METRICS, summarize } from './results.ts';
import type { Spread } from './stats.ts';

export interface ReportInput {
  command: string;
  startedAt: Date;
  durationMs: number;
  runs: number;
  timeoutMs: number;
  environment: Environment;
  /** Why "ours" was not measured, when it was not. */
  oursMissing?: string;
  /** Which build of the widget was measured. */
  oursBuild?: string;
  datasets: readonly Omit<DataSet, 'json' | 'text'>[];
  jsonBytes: ReadonlyMap<DataSetName, number>;
  cells: ReadonlyMap<DataSetName, Record<Contender, Cell>>;
  weights: Partial<Record<Contender, PageWeight>>;
}

const number = (value: number, digits: number): string =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Two significant digits: a ratio of 0.004 is not 0.00. */
const times = (value: number): string =>
  `${value.toLocaleString('en-US', { maximumSignificantDigits: 2, minimumSignificantDigits: 2 })}×`;

function cellText(
  figures: Figures,
  key: (typeof METRICS)[number]['key'],
  digits: number,
  timeoutS: number,
): string {
  const found: Spread | undefined = figures.metrics[key];
  if (found) {
    const range = found.n > 1 ? ` (${number(found.min, digits)}–${number(found.max, digits)})` : '';
    return `${number(found.median, digits)}${range}`;
  }
  if (figures.timeouts.render > 0 || figures.timeouts.interaction > 0) return `timed out (>${timeoutS} s)`;
  return figures.errors.length > 0 ? 'failed' : '—';
}

function ratio(ours: Spread | undefined, baseline: Spread | undefined): string {
  if (!ours || !baseline || baseline.median === 0) return '—';
  return times(ours.median / baseline.median);
}

function loadsText(figures: Figures, runs: number, timeoutS: number): string {
  if (figures.rendered === 0 && figures.timeouts.render === 0 && figures.errors.length === 0)
    return 'not run';
  const parts = [`${figures.rendered}/${runs} rendered`];
  if (figures.interacted !== figures.rendered) parts.push(`${figures.interacted} finished the input`);
  if (figures.timeouts.render) parts.push(`${figures.timeouts.render} timed out rendering (>${timeoutS} s)`);
  if (figures.timeouts.interaction)
    parts.push(`${figures.timeouts.interaction} timed out in the input (>${timeoutS} s)`);
  if (figures.errors.length) parts.push(`${figures.errors.length} failed`);
  return parts.join(', ');
}

function dataSetTitle(dataset: ReportInput['datasets'][number], jsonBytes: number | undefined): string {
  const what =
    dataset.name === 'article' ? 'The article, ankara-talks' : `${number(dataset.name, 0)} generated events`;
  const size =
    jsonBytes === undefined
      ? ''
      : jsonBytes < 1e6
        ? `, ${number(jsonBytes / 1e3, 0)} kB of JSON`
        : `, ${number(jsonBytes / 1e6, 1)} MB of JSON`;
  return `${what} (${number(dataset.events, 0)} events, ${number(dataset.dated, 0)} dated${size})`;
}

function dataSetSection(input: ReportInput, dataset: ReportInput['datasets'][number]): string[] {
  const timeoutS = input.timeoutMs / 1000;
  const cell = input.cells.get(dataset.name);
  if (!cell) return [];
  const baseline = summarize(cell.baseline);
  const ours = summarize(cell.ours);
  const lines = [
    `### ${dataSetTitle(dataset, input.jsonBytes.get(dataset.name))}`,
    '',
    '| median (min–max) | baseline | ours | ours/baseline |',
    '| --- | --: | --: | --: |',
  ];
  for (const { key, label, digits } of METRICS) {
    const texts = [baseline, ours].map((figures) => cellText(figures, key, digits, timeoutS));
    lines.push(`| ${label} | ${texts.join(' | ')} | ${ratio(ours.metrics[key], baseline.metrics[key])} |`);
  }
  lines.push(
    `| Loads | ${loadsText(baseline, input.runs, timeoutS)} | ${loadsText(ours, input.runs, timeoutS)} | |`,
  );
  const notes = (['baseline', 'ours'] as const).flatMap((contender) => {
    const figures = contender === 'baseline' ? baseline : ours;
    const { stopped, inputSkipped } = cell[contender];
    return [
      ...(stopped ? [`- ${contender}: ${stopped}`] : []),
      ...(inputSkipped ? [`- ${contender}: ${inputSkipped}`] : []),
      ...[...new Set(figures.errors)].map((error) => `- ${contender} failed: ${error}`),
    ];
  });
  return [...lines, '', ...notes, ...(notes.length ? [''] : [])];
}

function weightSection(weights: ReportInput['weights']): string[] {
  const kib = (bytes: number | undefined) => (bytes === undefined ? '—' : number(bytes / 1024, 1));
  const rows: [string, (w: PageWeight) => number][] = [
    ['JS, raw', (w) => w.script.raw],
    ['JS, gzip', (w) => w.script.gzip],
    ['CSS, raw', (w) => w.stylesheet.raw],
    ['CSS, gzip', (w) => w.stylesheet.gzip],
    ['JS + CSS, raw', (w) => w.script.raw + w.stylesheet.raw],
    ['JS + CSS, gzip', (w) => w.script.gzip + w.stylesheet.gzip],
  ];
  const lines = ['| KiB | baseline | ours | ours/baseline |', '| --- | --: | --: | --: |'];
  for (const [label, of] of rows) {
    const [b, o] = [weights.baseline, weights.ours].map((w) => (w ? of(w) : undefined));
    const r = b && o !== undefined ? times(o / b) : '—';
    lines.push(`| ${label} | ${kib(b)} | ${kib(o)} | ${r} |`);
  }
  for (const contender of ['baseline', 'ours'] as const) {
    const weight = weights[contender];
    if (!weight) continue;
    const files = [...weight.script.files, ...weight.stylesheet.files].map((file) => `\`${file}\``);
    lines.push('', `${contender} loads ${files.join(', ')}.`);
  }
  return lines;
}

const METHOD = `## Method

- **Contenders.** *baseline* is [bench/baseline.html](baseline.html): vis-timeline's standalone UMD build and
  its CSS, one item per dated event (\`content\` = English title, \`type: 'range'\` when the event has an end,
  else \`'box'\`), one group per country (the first participant's actor with a country), default options.
  Undated events are skipped: vis-timeline has no place for them. *ours* is [bench/ours.html](ours.html):
  \`<diplomatic-timeline src="…">\` from \`dist/lib/diplomatic-timeline.iife.js\`, as a page embedding it would
  write it (with \`max-bytes\` raised above the 5 MiB default for the large documents).
- **Data.** Both pages fetch the same JSON over HTTP inside the timed region: the baseline parses it with
  \`response.json()\`; ours parses and checks its events as the bytes arrive, then fetches the source text,
  which it needs to check quotes. Generated documents come
  from [bench/generate.ts](generate.ts) (seeded, so every run draws the same documents), spread over five
  years and six countries, with points, multi-day ranges, windows, proposed events, undated events and
  verbatim quotes; each is checked with the project's validator before the run (no problems allowed).
  They are served from memory by [bench/server.ts](server.ts) on 127.0.0.1, without compression or caching.
- **Loads.** Every load is a fresh browser context (empty cache) in one headless Chromium, viewport
  1280×800. Contenders alternate, and which goes first alternates from run to run; one discarded load of
  each warms the browser first. Each figure is computed per load; the tables give the median of the loads
  and, in brackets, the minimum and maximum. A render that takes longer than the timeout is recorded as
  timed out, and that contender's remaining loads on that data set are not attempted; an input sequence
  that does is recorded as timed out, and the remaining loads measure render, memory and DOM only.
- **Time to first render** is measured in the page, from navigation start (\`performance.now()\`). When the
  contender says its data is shown (baseline: vis-timeline's first \`changed\` event, emitted by its first
  draw; ours: \`timeline-ready\`), a MutationObserver starts watching the document and the element's open
  shadow roots, and an animation-frame loop waits until the items have not moved for 3 frames and 1.5 s.
  The wait is longer than a second because vis-timeline, with default options, first draws today's window
  and applies its fit only when its 1000 ms resize check notices the root has grown. The figure is the
  time of the first animation frame after the last change, i.e. when the final layout is handed to paint.
  Moves of vis-timeline's current-time bar, which ticks forever, are not counted as changes. "Item
  elements" are vis-timeline's item boxes and bars for the baseline, and \`[data-event-id], [data-cluster]\`
  in the shadow root for ours (undated events in its list included). A change is a change of where the
  items are: their number and the boxes of up to 64 of them, read only on frames after a DOM mutation.
- **Input.** Real input events from Playwright, with the pointer in the middle of the visible drawing
  (baseline: the timeline's container; ours: its \`timeline\` part, not the undated list below it):
  with Control held, 10 wheel notches (deltaY −100, one every 50 ms) to zoom in and 10 to zoom out; then
  a 400 px drag to the left and one back, 20 pointer moves each, one per ~16 ms. A \`requestAnimationFrame\`
  loop records the interval between frames from the first event until two frames after the last; long
  tasks are counted with a \`PerformanceObserver\` of type \`longtask\` over the same span.
- **Memory.** After render: \`HeapProfiler.collectGarbage\`, then \`Runtime.getHeapUsage\` (used size), over
  the Chrome DevTools Protocol. DOM nodes are every node of the document, walking into open shadow roots.
- **Bytes** are the files the page requested as scripts and stylesheets (the data is not counted), read
  from disk; gzip is node:zlib at its default level, computed here, since the bench server sends them plain.
  CSS that a script injects counts as JS. The widget's script is read once when the run starts and served
  from memory, so a rebuild during the run cannot mix two builds.
`;

export function renderReport(input: ReportInput): string {
  const env = input.environment;
  const minutes = Math.floor(input.durationMs / 60_000);
  const seconds = Math.round((input.durationMs % 60_000) / 1000);
  return [
    '# Benchmark: `<diplomatic-timeline>` against plain vis-timeline',
    '',
    `Generated by \`${input.command}\` on ${input.startedAt.toISOString()}, in ${minutes} min ${seconds} s,`,
    `${input.runs} load(s) per contender and data set, timeout ${input.timeoutMs / 1000} s per load.`,
    'Run it with `npm run bench` (`--quick`, `--sizes=article,1000,10000,100000`, `--runs=N`, `--timeout=S`, `--out=FILE`, `--ours=FILE`).',
    '',
    ...(input.oursMissing ? [`> **ours was not measured:** ${input.oursMissing}`, ''] : []),
    ...(Math.max(...env.load) > env.cores
      ? [
          `> **The machine was busy** (load average above its ${env.cores} cores): other work shared the CPU,`,
          '> so read small differences with care; alternating the contenders spreads the noise over both.',
          '',
        ]
      : []),
    '## Machine',
    '',
    '| | |',
    '| --- | --- |',
    `| CPU | ${env.cpu}, ${env.cores} logical cores |`,
    `| Memory | ${number(env.memoryGiB, 1)} GiB |`,
    `| OS | ${env.os} |`,
    `| Load average (1 min) at start / end | ${number(env.load[0], 2)} / ${number(env.load[1], 2)} |`,
    `| Node | ${env.node} |`,
    `| Browser | Chromium ${env.browser}, headless |`,
    `| vis-timeline / vis-data | ${env.visTimeline} / ${env.visData} |`,
    `| diplomatic-timeline | ${env.ours}${input.oursBuild ? `, ${input.oursBuild}` : ''} |`,
    '',
    '## What the page loads',
    '',
    ...weightSection(input.weights),
    '',
    '## Figures',
    '',
    ...input.datasets.flatMap((dataset) => dataSetSection(input, dataset)),
    METHOD,
  ].join('\n');
}
