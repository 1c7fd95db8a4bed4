import type { PageWeight } from './bytes.ts';
import type { DataSet, DataSetName } from './datasets.ts';
import { eventCount, isArchiveName } from './datasets.ts';
import type { Environment } from './environment.ts';
import { FIND_FROM } from './find.ts';
import { findSection, findTargetValue, summarizeFind } from './findReport.ts';
import type { LoadWay } from './loadPath.ts';
import type { Contender, DataSetCells, Figures, Setup, SetupCells } from './results.ts';
import { FIXED_HEIGHT, METRICS, summarize } from './results.ts';
import type { Spread } from './stats.ts';
import { spread } from './stats.ts';

export interface ReportInput {
  command: string;
  startedAt: Date;
  durationMs: number;
  runs: number;
  timeoutMs: number;
  hideScrollbars: boolean;
  /** The setups measured, in the order the run took them. */
  setups: readonly Setup[];
  environment: Environment;
  /** Why "ours" was not measured, when it was not. */
  oursMissing?: string;
  /** Which build of the widget was measured. */
  oursBuild?: string;
  datasets: readonly Omit<DataSet, 'json' | 'document' | 'files'>[];
  /** The bytes ours fetches first: the document, or the archive's manifest. */
  jsonBytes: ReadonlyMap<DataSetName, number>;
  cells: ReadonlyMap<DataSetName, SetupCells>;
  weights: Partial<Record<Contender, PageWeight>>;
  /**
   * Milliseconds of the load path in Node per data set: the document streamed, whole, and
   * parsing alone; for an archive, its own path too (the document's ways measure the same events).
   */
  nodeLoad: ReadonlyMap<DataSetName, Partial<Record<LoadWay, number[]>>>;
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

const bytesText = (bytes: number): string =>
  bytes < 1e6 ? `${number(bytes / 1e3, 0)} kB` : `${number(bytes / 1e6, 1)} MB`;

/** A data set's name in a table's head or a target: "1,000", "archive of 100,000". */
function nameText(name: DataSetName): string {
  if (name === 'article') return 'the article';
  return `${isArchiveName(name) ? 'archive of ' : ''}${number(eventCount(name)!, 0)}`;
}

function dataSetTitle(dataset: ReportInput['datasets'][number], jsonBytes: number | undefined): string {
  const what =
    dataset.name === 'article'
      ? 'The article, ankara-talks'
      : dataset.kind === 'archive'
        ? `An archive of ${number(eventCount(dataset.name)!, 0)} generated events`
        : `${number(dataset.name as number, 0)} generated events`;
  const size =
    jsonBytes === undefined
      ? ''
      : dataset.parts
        ? `; manifest ${bytesText(jsonBytes)}; ${number(dataset.parts.count, 0)} part${dataset.parts.count === 1 ? '' : 's'}, ${bytesText(dataset.parts.bytes)} with source texts`
        : `, ${bytesText(jsonBytes)} of JSON`;
  return `${what} (${number(dataset.events, 0)} events, ${number(dataset.dated, 0)} dated${size})`;
}

const SETUP_LABELS: Record<Setup, string> = {
  fixed: `fixed ${FIXED_HEIGHT}`,
  auto: 'auto height',
};

/** The setup the targets are judged in: the fixed height, when the run measured it. */
function judgedSetup(input: ReportInput): Setup {
  return input.setups.includes('fixed') ? 'fixed' : input.setups[0]!;
}

function cellOf(input: ReportInput, name: DataSetName, setup: Setup): DataSetCells | undefined {
  return input.cells.get(name)?.[setup];
}

function dataSetSection(input: ReportInput, dataset: ReportInput['datasets'][number]): string[] {
  const timeoutS = input.timeoutMs / 1000;
  const measured = input.setups.flatMap((setup) => {
    const cell = cellOf(input, dataset.name, setup);
    return cell ? [{ setup, cell, baseline: summarize(cell.baseline), ours: summarize(cell.ours) }] : [];
  });
  if (measured.length === 0) return [];
  const lines = [
    `### ${dataSetTitle(dataset, input.jsonBytes.get(dataset.name))}`,
    '',
    `| median (min–max) | ${measured.map(({ setup }) => `baseline, ${SETUP_LABELS[setup]} | ours, ${SETUP_LABELS[setup]} | ours/baseline`).join(' | ')} |`,
    `| --- | ${measured.map(() => '--: | --: | --:').join(' | ')} |`,
  ];
  for (const { key, label, digits } of METRICS) {
    const columns = measured.map(({ baseline, ours }) => {
      const texts = [baseline, ours].map((figures) => cellText(figures, key, digits, timeoutS));
      return `${texts.join(' | ')} | ${ratio(ours.metrics[key], baseline.metrics[key])}`;
    });
    lines.push(`| ${label} | ${columns.join(' | ')} |`);
  }
  lines.push(
    `| Loads | ${measured.map(({ baseline, ours }) => `${loadsText(baseline, input.runs, timeoutS)} | ${loadsText(ours, input.runs, timeoutS)} |`).join(' | ')} |`,
  );
  const notes: string[] = [];
  const { cell: first } = measured[0]!;
  if (first.baselineFrom !== undefined)
    notes.push(
      `- baseline: it has no archive format. Its columns are the ${number(first.baselineFrom, 0)}-event document's, from this`,
      '  run and the same setup (the same events as one document, measured once), so ours/baseline compares the archive with that document.',
    );
  if (dataset.kind === 'archive' && first.baselineFrom === undefined)
    notes.push(
      `- baseline: it has no archive format; it loaded the same events as one document (\`${dataset.baselineUrl}\`).`,
    );
  if (dataset.kind === 'archive' && input.setups.includes('fixed'))
    notes.push(
      '- ours, fixed: an archive has no form a page could give as `events`, so it is given `src` here too.',
    );
  for (const { setup, cell, baseline, ours } of measured) {
    for (const contender of ['baseline', 'ours'] as const) {
      const figures = contender === 'baseline' ? baseline : ours;
      const { stopped, inputSkipped } = cell[contender];
      const who = `${contender}, ${SETUP_LABELS[setup]}`;
      if (stopped) notes.push(`- ${who}: ${stopped}`);
      if (inputSkipped) notes.push(`- ${who}: ${inputSkipped}`);
      for (const error of new Set(figures.errors)) notes.push(`- ${who} failed: ${error}`);
    }
  }
  return [...lines, '', ...notes, ...(notes.length ? [''] : [])];
}

/** One 60 Hz frame; rAF timestamps jitter by a few tenths of a millisecond around it. */
const FRAME_MS = 1000 / 60;
const JITTER_MS = 0.5;

interface Target {
  what: string;
  goal: string;
  /** The measured value as text, and whether it meets the goal; undefined when not measured. */
  check(input: ReportInput): { value: string; met: boolean } | undefined;
}

function figuresOf(
  input: ReportInput,
  name: DataSetName,
  setup = judgedSetup(input),
): Record<Contender, Figures> | undefined {
  const cell = cellOf(input, name, setup);
  return cell && { baseline: summarize(cell.baseline), ours: summarize(cell.ours) };
}

/** ours/baseline first render in one setup, as text, and the ratio; undefined when not measured. */
function renderRatioIn(
  input: ReportInput,
  name: DataSetName,
  setup: Setup,
): { text: string; ratio: number } | undefined {
  const figures = figuresOf(input, name, setup);
  const ours = figures?.ours.metrics.ttfr;
  if (!figures || !ours) return undefined;
  const baseline = figures.baseline.metrics.ttfr;
  // A baseline that never rendered loses to any render within the timeout.
  if (!baseline) {
    return figures.baseline.timeouts.render > 0
      ? { text: `${number(ours.median, 0)} ms; baseline timed out`, ratio: 0 }
      : undefined;
  }
  const r = ours.median / baseline.median;
  return { text: `${times(r)} (${number(ours.median, 0)} / ${number(baseline.median, 0)} ms)`, ratio: r };
}

/** Judged in the fixed setup when measured; the other setup's ratio is shown beside it. */
function renderRatio(name: DataSetName, most: number): Target {
  return {
    what: `${name === 'article' ? 'The article' : `${number(name as number, 0)} events`}: first render, ours/baseline`,
    goal: `≤ ${most}×`,
    check(input) {
      const judged = judgedSetup(input);
      const found = renderRatioIn(input, name, judged);
      if (!found) return undefined;
      const others = input.setups
        .filter((setup) => setup !== judged)
        .flatMap((setup) => {
          const other = renderRatioIn(input, name, setup);
          return other ? [`; ${SETUP_LABELS[setup]}: ${other.text}`] : [];
        });
      return {
        value: `${input.setups.length > 1 ? `${SETUP_LABELS[judged]}: ` : ''}${found.text}${others.join('')}`,
        met: found.ratio <= most,
      };
    },
  };
}

function oursAtMost(
  name: DataSetName,
  key: (typeof METRICS)[number]['key'],
  what: string,
  goal: string,
  limit: number,
  unit: string,
): Target {
  return {
    what: `${number(name as number, 0)} events: ${what}`,
    goal,
    check(input) {
      const found = figuresOf(input, name)?.ours.metrics[key];
      if (!found) return undefined;
      const text = (median: number) => `${number(median, key.startsWith('frame') ? 1 : 0)} ${unit}`;
      // Judged on the archive, the format made for this many events, when the run measured it,
      // as the load targets are; the same events as one document stay beside it.
      const archived =
        typeof name === 'number' ? figuresOf(input, `archive-${name}`)?.ours.metrics[key] : undefined;
      if (archived)
        return {
          value: `archive: ${text(archived.median)}; ${documentText(input, name as number)}: ${text(found.median)}`,
          met: archived.median <= limit,
        };
      return { value: text(found.median), met: found.median <= limit };
    },
  };
}

const ms = (value: number): string => `${number(value, 0)} ms`;

/** The same events as one document: its size, for "one 96 MB document". */
function documentText(input: ReportInput, count: number): string {
  const found = input.datasets.find((dataset) => eventCount(dataset.name) === count);
  return found ? `one ${bytesText(found.documentBytes)} document` : 'one document';
}

/**
 * Judged on the archive, the format made for this many events, when the run measured it; the
 * single document's figures stay beside it. Without an archive in the run, judged on the document.
 */
function nodeLoadTarget(count: number, limit: number): Target {
  return {
    what: `${number(count, 0)} events: parse, validate and build items in Node`,
    goal: `< ${limit} ms`,
    check(input) {
      const archived = input.nodeLoad.get(`archive-${count}`);
      const ways = archived ?? input.nodeLoad.get(count);
      const archive = spread(archived?.archive ?? []);
      const streamed = spread(ways?.streamed ?? []);
      const floor = spread(ways?.parse ?? []);
      const one = streamed
        ? `${documentText(input, count)}, streamed: ${ms(streamed.median)}${floor ? ` (decoding and JSON.parse alone: ${ms(floor.median)})` : ''}`
        : undefined;
      if (archive)
        return {
          value: `archive: ${ms(archive.median)}${one ? `; ${one}` : ''}`,
          met: archive.median < limit,
        };
      return streamed && { value: `${one!} (no archive in this run)`, met: streamed.median < limit };
    },
  };
}

/**
 * In the page. A streamed document is parsed and checked as its bytes arrive, so its figure
 * includes the download; an archive's manifest is parsed once it is in, so its parsing,
 * checking and building are measured apart from the download, and judged on that, the
 * download shown beside it.
 */
function pageLoadTarget(count: number, limit: number): Target {
  const total = (steps: Map<string, Spread> | undefined, names: readonly string[]) =>
    steps && names.reduce((sum, step) => sum + (steps.get(step)?.median ?? 0), 0);
  return {
    what: `${number(count, 0)} events: parse, validate and build items in the page`,
    goal: `< ${limit} ms`,
    check(input) {
      const archived = loadingSteps(input, `archive-${count}`);
      const work = total(archived, ['parse', 'validate', 'model', 'index']);
      const withDownload = total(archived, LOAD_STEPS);
      const document = total(loadingSteps(input, count), LOAD_STEPS);
      const one =
        document === undefined
          ? undefined
          : `${documentText(input, count)}, download included: ${ms(document)}`;
      if (work !== undefined && archived?.has('parse'))
        return {
          value: `archive: ${ms(work)}, from its last byte (${withDownload === undefined ? '' : `${ms(withDownload)} with the download`})${one ? `; ${one}` : ''}`,
          met: work < limit,
        };
      return document === undefined
        ? undefined
        : { value: `${one!} (no archive in this run)`, met: document < limit };
    },
  };
}

const FRAME_GOAL = '≤ 1 frame (16.7 ms)';
const PAN_ZOOM = 'p95 frame while zooming and panning';

const TARGETS: Target[] = [
  renderRatio('article', 1.0),
  renderRatio(1000, 0.6),
  oursAtMost(1000, 'frameP95', PAN_ZOOM, FRAME_GOAL, FRAME_MS + JITTER_MS, 'ms'),
  renderRatio(10000, 0.15),
  oursAtMost(10000, 'frameP95', PAN_ZOOM, FRAME_GOAL, FRAME_MS + JITTER_MS, 'ms'),
  oursAtMost(100000, 'ttfr', 'first render', '< 2,000 ms', 2000, 'ms'),
  oursAtMost(100000, 'frameP95', PAN_ZOOM, '≤ 2 frames (33.3 ms)', 2 * FRAME_MS + JITTER_MS, 'ms'),
  oursAtMost(100000, 'heapMB', 'JS heap after render', '< 300 MB', 300, 'MB'),
  nodeLoadTarget(100000, 300),
  pageLoadTarget(100000, 300),
  oursAtMost(100000, 'longestTask', 'longest task until settled', '≤ 200 ms', 200, 'ms'),
  {
    what: '100,000 events: longest task while the search index is built, searching and filtering',
    goal: '≤ 200 ms',
    check(input) {
      const ours = (name: DataSetName) => {
        const cell = cellOf(input, name, judgedSetup(input));
        return cell && summarizeFind(cell.ours.outcomes);
      };
      return findTargetValue(ours('archive-100000'), ours(100000), documentText(input, 100000));
    },
  },
  {
    what: 'The single-file embed, JS + CSS, gzip',
    goal: '≤ plain vis-timeline standalone',
    check({ weights: { ours, baseline } }) {
      if (!ours || !baseline) return undefined;
      const [o, b] = [ours, baseline].map((w) => w.script.gzip + w.stylesheet.gzip) as [number, number];
      return { value: `${number(o / 1024, 1)} KiB vs ${number(b / 1024, 1)} KiB`, met: o <= b };
    },
  },
];

function targetSection(input: ReportInput): string[] {
  const lines = [
    `Judged in the ${SETUP_LABELS[judgedSetup(input)]} setup${input.setups.length > 1 ? ', the other shown beside each first-render ratio' : ''}; ours against the baseline in the same run.`,
    '',
    '| Target | Goal | Measured (median) | Met |',
    '| --- | --- | --- | --- |',
  ];
  for (const target of TARGETS) {
    const result = target.check(input);
    const [value, met] = result
      ? [result.value, result.met ? 'yes' : '**no**']
      : ['not measured in this run', '—'];
    lines.push(`| ${target.what} | ${target.goal} | ${value} | ${met} |`);
  }
  lines.push(
    '',
    `Frame goals allow ${JITTER_MS} ms over whole 60 Hz frames: animation-frame timestamps jitter around them.`,
  );
  return lines;
}

/** ours' loading steps, as its User Timing measures name them, in order. */
const LOAD_STEPS = ['stream', 'validate', 'model', 'index'] as const;
const ALL_STEPS = ['stream', 'parse', 'text', 'validate', 'model', 'index', 'draw'] as const;
const STEP_LABELS: Record<(typeof ALL_STEPS)[number], string> = {
  stream: "download, parse and check each event (stream); an archive's manifest: download and parse",
  parse: "an archive's manifest: decode and JSON.parse, once downloaded (part of the step above)",
  text: 'source text (fetched while the events download; an archive fetches none at load)',
  validate: "finish validation: actors, quotes, ids, dates; an archive's: its index",
  model: 'timeline items (model)',
  index: 'time index',
  draw: 'draw',
};

const NODE_LABELS: Record<LoadWay, string> = {
  streamed: 'In Node: the same path, streamed in 512 KiB pieces, items and index included',
  whole: 'In Node: one JSON.parse, then validateDocument, items and index',
  parse: 'In Node: decoding and one JSON.parse alone, the floor for this format',
  archive: 'In Node, an archive: decode and parse the manifest, check the index, place and index the items',
};

/** The Node rows that measure a data set: an archive's own path; a document's three ways. */
const NODE_WAYS: Record<DataSet['kind'], readonly LoadWay[]> = {
  document: ['streamed', 'whole', 'parse'],
  archive: ['archive'],
};

/** The setup whose loads give the loading steps: auto, where ours streams its `src`, when measured. */
function stepsSetup(input: ReportInput): Setup {
  return input.setups.includes('auto') ? 'auto' : input.setups[0]!;
}

function loadingSteps(input: ReportInput, name: DataSetName): Map<string, Spread> | undefined {
  const cell = cellOf(input, name, stepsSetup(input));
  if (!cell) return undefined;
  const samples = cell.ours.outcomes.flatMap((outcome) =>
    'sample' in outcome && outcome.sample ? [outcome.sample] : [],
  );
  const steps = new Map<string, Spread>();
  for (const step of ALL_STEPS) {
    const found = spread(
      samples.flatMap((sample) => sample.settled.steps?.[`diplomatic-timeline:${step}`] ?? []),
    );
    if (found) steps.set(step, found);
  }
  return steps.size > 0 ? steps : undefined;
}

function loadingSection(input: ReportInput): string[] {
  const shown = input.datasets.filter((dataset) => dataset.name !== 'article');
  const names = shown.map((dataset) => dataset.name);
  if (names.length === 0) return [];
  const head = (label: string) => `| ${label} | ${names.map(nameText).join(' | ')} |`;
  const rule = `| --- | ${names.map(() => '--:').join(' | ')} |`;
  const lines = [head('ms, median (min–max)'), rule];
  const cellOf = (found: Spread | undefined) =>
    found
      ? `${number(found.median, 0)}${found.n > 1 ? ` (${number(found.min, 0)}–${number(found.max, 0)})` : ''}`
      : '—';
  for (const step of ALL_STEPS) {
    lines.push(
      `| In the page: ${STEP_LABELS[step]} | ${names.map((name) => cellOf(loadingSteps(input, name)?.get(step))).join(' | ')} |`,
    );
  }
  for (const way of ['streamed', 'whole', 'parse', 'archive'] as const) {
    const cells = shown.map((dataset) => {
      // An archive's column shows the same events as one document too, unless that document has its own column.
      const asDocument =
        dataset.kind === 'archive' && !shown.some((other) => other.name === eventCount(dataset.name));
      const measures = NODE_WAYS[dataset.kind].includes(way) || asDocument;
      return measures ? cellOf(spread(input.nodeLoad.get(dataset.name)?.[way] ?? [])) : '—';
    });
    lines.push(`| ${NODE_LABELS[way]} | ${cells.join(' | ')} |`);
  }
  lines.push(
    '',
    `The page figures are ours' own User Timing measures (\`diplomatic-timeline:*\`) from the measured loads of the ${SETUP_LABELS[stepsSetup(input)]} setup; the`,
    'stream step includes the download, and the source text overlaps it. For an archive the steps cover its',
    'manifest only: each part is fetched and checked in full later, when its events are first shown in words (see',
    'Method). In Node, an archive is measured alternating with the three ways of reading the same events as one',
    "document; those three are shown in that document's column when it is a data set of the run, else in the",
    "archive's. `npm run bench:load` runs the Node path with Vitest's `bench` (tinybench) for finer statistics.",
  );
  return lines;
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
  \`<diplomatic-timeline>\` from \`dist/lib/diplomatic-timeline.iife.js\`, as a page embedding it would
  write it (with \`max-bytes\` raised above the 5 MiB default for the large documents).
- **Setups.** Each contender is measured in two setups, in the same run, and each ratio compares the
  two contenders in one setup. *fixed 520px*: both pages give the timeline a height of 520 pixels
  (vis-timeline's \`height\` option, our \`height\` attribute), as an article embed usually does, and
  the page gives ours its document as the README shows: it fetches the document, then the source text it
  names, and sets \`sourceText\`, then \`events\` (an archive, which has no such form, is given as \`src\`).
  *auto height*: both as tall as their content, and ours given \`src\`, so it streams the document and
  fetches the source text itself. The targets are judged in the fixed setup.
- **Data.** On a document data set both pages fetch the same JSON over HTTP inside the timed region (archives
  below): the baseline parses it with
  \`response.json()\`; with \`src\`, ours parses and checks its events as the bytes arrive, then fetches the
  source text, which it needs to check quotes; given \`events\`, the page fetches both before ours starts. Generated documents come
  from [bench/generate.ts](generate.ts) (seeded, so every run draws the same documents), spread over five
  years and six countries, with points, multi-day ranges, windows, proposed events, undated events and
  verbatim quotes; each is checked with the project's validator before the run (no problems allowed).
  They are served from memory by [bench/server.ts](server.ts) on 127.0.0.1, without compression or caching.
- **Archives.** An *archive* data set (\`archive-N\`) holds the same N events as the N-event document
  (same seed; checked before the run, event by event, against the index), generated by \`generateArchive\` as
  a small manifest (actors, the parts' addresses, and an index of one column per field: id, part, days,
  part of day, status, precision, lead actor) and parts of 1,000 events, each an ordinary events document with its own
  source text; the manifest is checked with \`checkArchiveSteps\` and every part with \`validateDocument\`
  and its source text before the run (no problems allowed), and every part and text is fetched once over
  HTTP, relative to the manifest, as the widget would. Ours is given the manifest as \`src\`. At load it
  parses the manifest, checks the index (shapes, days, ids, parts, actors) and places every event from it;
  a part is fetched, and its events checked in full (shape, quotes against the part's source text, and
  agreement with what the index said of each event), only when one of its events is first shown in words:
  hovered, focused, selected, on a page of the list, or drawn one by one. Those checks are therefore
  **not** in the loading steps, nor in the 300 ms target. Every 100,000-event target is judged on the
  archive, the format made for that many events, when the run measures one; the single document's
  figures, which include every check, stay beside it. In the page, a document's
  events are parsed and checked as its bytes arrive, so its figure includes the download; an archive's
  manifest is parsed once all of it is in, so the target is judged on its parsing, checking and building,
  from its last byte, with the download shown beside it. When the first view draws
  events one by one (a small archive), their parts are fetched and checked just after it, and the time to
  first render, which waits for the items to stop changing, may include that. The baseline has no archive
  format: on an archive data set it draws the same events as one document, and when that document is a data
  set of the same run its figures are reused rather than measured again (each archive section says which).
- **Loads.** Every load is a fresh browser context (empty cache) in one headless Chromium, viewport
  1280×800, launched by Playwright with its usual switches but one: scrollbars are shown, as in most
  readers' browsers (\`--hide-scrollbars\` hides them, as Playwright would, and as runs before
  2026-11-29 did). A page taller than the window then has a scrollbar, and is 15 pixels narrower
  from that moment on. Contenders alternate, and which goes first alternates from run to run; one discarded load of
  each warms the browser first. Each figure is computed per load; the tables give the median of the loads
  and, in brackets, the minimum and maximum. A render that takes longer than the timeout is recorded as
  timed out, and that contender's remaining loads on that data set are not attempted; an input sequence
  that does is recorded as timed out, and the remaining loads measure render, memory and DOM only.
- **Time to first render** is measured in the page, from navigation start (\`performance.now()\`). When the
  contender says its data is shown (baseline: vis-timeline's first \`changed\` event, emitted by its first
  draw; ours: \`timeline-ready\`), a MutationObserver starts watching the document and the element's open
  shadow roots, and an animation-frame loop waits until the items have not changed for 3 frames and 1.5 s.
  A change is a change of where the items are (their number and the boxes of up to 64 of them, read only on
  frames after a DOM mutation), or of an item itself: its nodes, attributes or text, or an item added or
  removed (so a pass that rewrites every item's attributes after the ready event counts). The figure is the
  time of the first animation frame after the last change, i.e. when the final state is handed to paint.
  The wait is longer than a second because vis-timeline, with default options, first draws today's window,
  its items piled at the edge, and applies its fit only at its 1000 ms resize check, with a fixed height as
  without one. The row below it ("had 300 ms of quiet been taken as settled") takes, from the same changes,
  the first one followed by 300 ms without another: by that rule plain vis-timeline looks done while it
  still shows today's window, so it is shown for comparison and never judged. Moves of vis-timeline's
  current-time bar, which ticks forever, are not counted as changes. "Item elements" are vis-timeline's item
  boxes and bars for the baseline, and \`[data-event-id], [data-cluster]\` in the shadow root for ours
  (undated events in its list included).
- **From the parsed document.** Where the page fetches and parses the document itself (the baseline
  always; ours when given \`events\`), it marks \`bench:parsed\` as \`response.json()\` resolves. "… until the
  page had parsed the document" is that mark, and "From the parsed document to first render" the rest of
  the time to first render: the timeline's own part (for ours, fetching the source text, which it needs
  to check quotes, then validation, the model and the drawing; for the baseline, building its items and
  vis-timeline's drawing). It tells the page's share from the timeline's; the targets are judged on the whole.
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
    `${input.runs} load(s) per contender, data set and setup (${input.setups.map((setup) => SETUP_LABELS[setup]).join(', ')}), timeout ${input.timeoutMs / 1000} s per load.`,
    'Run it with `npm run bench` (`--quick`, `--sizes=article,1000,10000,100000,archive-100000`, `--setups=fixed,auto`, `--runs=N`, `--timeout=S`, `--out=FILE`, `--ours=FILE`, `--hide-scrollbars`).',
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
    `| Browser | Chromium ${env.browser}, headless, scrollbars ${input.hideScrollbars ? 'hidden (`--hide-scrollbars`)' : 'shown'} |`,
    `| vis-timeline / vis-data | ${env.visTimeline} / ${env.visData} |`,
    `| diplomatic-timeline | ${env.ours}${input.oursBuild ? `, ${input.oursBuild}` : ''} |`,
    '',
    '## Targets',
    '',
    ...targetSection(input),
    '',
    '## What the page loads',
    '',
    ...weightSection(input.weights),
    '',
    '## Loading, step by step (ours)',
    '',
    ...loadingSection(input),
    '',
    '## Finding and filtering, in the page',
    '',
    ...findSection(
      input.datasets
        .filter((dataset) => dataset.kind === 'archive' || (eventCount(dataset.name) ?? 0) >= FIND_FROM)
        .flatMap((dataset) =>
          input.setups.flatMap((setup) => {
            const cell = cellOf(input, dataset.name, setup);
            const title = `${nameText(dataset.name)}${input.setups.length > 1 ? `, ${SETUP_LABELS[setup]}` : ''}`;
            return cell ? [{ title, outcomes: cell.ours.outcomes }] : [];
          }),
        ),
    ),
    '',
    '## Figures',
    '',
    ...input.datasets.flatMap((dataset) => dataSetSection(input, dataset)),
    METHOD,
  ].join('\n');
}
