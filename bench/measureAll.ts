import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import type { Options } from './args.ts';
import type { PageWeight } from './bytes.ts';
import { weigh } from './bytes.ts';
import type { DataSet, DataSetName } from './datasets.ts';
import { eventCount } from './datasets.ts';
import { FIND_FROM } from './find.ts';
import { measureLoad } from './load.ts';
import type { LoadOutcome } from './load.ts';
import type { Cell, Contender, DataSetCells, Setup, SetupCells } from './results.ts';
import { FIXED_HEIGHT } from './results.ts';
import type { StaticServer } from './server.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.ts';

/**
 * Playwright launches Chromium with --hide-scrollbars unless told otherwise. Readers' browsers
 * mostly show them, and they change what is measured: a page that grows taller than the
 * window gets a scrollbar, 15 pixels less width, and (for plain vis-timeline) a second layout
 * at its next resize check.
 */
const launch = (hideScrollbars: boolean) =>
  chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
    ignoreDefaultArgs: hideScrollbars ? [] : ['--hide-scrollbars'],
  });

function pageUrl(server: StaticServer, contender: Contender, dataset: DataSet, setup: Setup): string {
  const data = contender === 'baseline' ? dataset.baselineUrl : dataset.url;
  const query = new URLSearchParams({ data });
  if (setup === 'fixed') {
    query.set('height', FIXED_HEIGHT);
    // An archive has no form a page could give as `events`: it goes by `src` in both setups.
    if (contender === 'ours' && dataset.kind === 'document') query.set('give', 'events');
  }
  return `${server.origin}/bench/${contender}.html?${query}`;
}

function describe(outcome: LoadOutcome): string {
  if (outcome.status === 'error') return `failed: ${outcome.message}`;
  if (outcome.status === 'timeout' && outcome.phase === 'render') {
    const ready = outcome.readyAt === undefined ? '' : ` (ready event at ${outcome.readyAt.toFixed(0)} ms)`;
    return `timed out rendering${ready}`;
  }
  const { settled, heapBytes, interaction } = outcome.sample;
  const input = interaction
    ? `${interaction.frames.length} frames, ${interaction.longTasks} long tasks`
    : outcome.status === 'timeout'
      ? 'input timed out'
      : 'input skipped';
  const heap = (heapBytes / 1e6).toFixed(1);
  const find = outcome.sample.find;
  const found =
    find?.status === 'ok'
      ? `; find: index ${find.sample.indexMs.toFixed(0)} ms, longest task ${Math.max(find.sample.indexLongest, find.sample.searchLongest, find.sample.filterLongest).toFixed(0)} ms`
      : find
        ? `; find ${find.status === 'timeout' ? 'timed out' : `failed: ${find.message}`}`
        : '';
  return `render ${settled.ttfr.toFixed(0)} ms, ${settled.items} items, heap ${heap} MB, ${input}${found}`;
}

/** Records one load and decides what the next loads of the same cell still attempt. */
function record(cell: Cell, outcome: LoadOutcome): void {
  cell.outcomes.push(outcome);
  if ('sample' in outcome && outcome.sample.find?.status === 'timeout')
    cell.findSkipped = 'finding and filtering timed out, so later loads did not attempt it.';
  if (outcome.status !== 'timeout') return;
  // Each further timeout would cost the whole timeout again and tell nothing new.
  if (outcome.phase === 'render') {
    cell.stopped = 'a load timed out rendering, so the remaining loads were not attempted.';
  } else {
    cell.inputSkipped = 'the input sequence timed out, so later loads measured render, memory and DOM only.';
  }
}

/** Every archive too, however small: the gate's smoke run then proves the step works. */
const findsIn = (dataset: DataSet): boolean =>
  dataset.kind === 'archive' || (eventCount(dataset.name) ?? 0) >= FIND_FROM;

/**
 * The cells of the run, one per data set and setup. The baseline has no archive format: on an
 * archive it draws the same events as one document, so when that document is a data set of
 * the run too, the archive's baseline cell is the document's in the same setup (measured once,
 * shown in both places).
 */
function makeCells(datasets: readonly DataSet[], setups: readonly Setup[]): Map<DataSetName, SetupCells> {
  const cells = new Map<DataSetName, SetupCells>();
  const fresh = (): DataSetCells => ({ baseline: { outcomes: [] }, ours: { outcomes: [] } });
  for (const dataset of datasets)
    cells.set(dataset.name, Object.fromEntries(setups.map((setup) => [setup, fresh()])));
  for (const dataset of datasets) {
    const equivalent = cells.get(eventCount(dataset.name) ?? dataset.name);
    if (dataset.kind !== 'archive' || !equivalent) continue;
    for (const setup of setups) {
      const cell = cells.get(dataset.name)![setup]!;
      cell.baseline = equivalent[setup]!.baseline;
      cell.baselineFrom = eventCount(dataset.name)!;
    }
  }
  return cells;
}

/**
 * Every load of the run: within each run of a data set, setups follow each other and contenders
 * alternate, and which goes first alternates from run to run, so drift in the machine's state
 * (heat, other work) falls on both contenders and both setups.
 */
export async function measureAll(
  options: Options,
  warmUp: DataSet,
  datasets: DataSet[],
  contenders: Contender[],
  server: StaticServer,
) {
  let browser: Browser = await launch(options.hideScrollbars);
  const cells = makeCells(datasets, options.setups);
  const weights: Partial<Record<Contender, PageWeight>> = {};
  try {
    for (const setup of options.setups) {
      for (const contender of contenders) {
        const url = pageUrl(server, contender, warmUp, setup);
        const outcome = await measureLoad(browser, url, options.timeoutMs, true);
        console.log(`warm-up, ${setup}, ${contender}: ${describe(outcome)}`);
      }
    }
    for (const dataset of datasets) {
      for (let run = 0; run < options.runs; run++) {
        const order = run % 2 === 0 ? contenders : [...contenders].reverse();
        for (const setup of options.setups) {
          const cell = cells.get(dataset.name)![setup]!;
          for (const contender of order) {
            if (cell[contender].stopped) continue;
            // Measured (or being measured) on the equal-sized document's data set.
            if (contender === 'baseline' && cell.baselineFrom !== undefined) continue;
            // A renderer that ran out of memory can take the browser with it.
            if (!browser.isConnected()) browser = await launch(options.hideScrollbars);
            const url = pageUrl(server, contender, dataset, setup);
            const withFind = contender === 'ours' && findsIn(dataset) && !cell.ours.findSkipped;
            const outcome = await measureLoad(
              browser,
              url,
              options.timeoutMs,
              !cell[contender].inputSkipped,
              withFind,
            );
            record(cell[contender], outcome);
            console.log(
              `[${dataset.name}, ${setup}] ${contender} ${run + 1}/${options.runs}: ${describe(outcome)}`,
            );
            if (outcome.status !== 'error' && 'sample' in outcome && !weights[contender]) {
              weights[contender] = await weigh(outcome.sample.assets, server.read);
            }
          }
        }
      }
    }
    return { cells, weights, browserVersion: browser.version() };
  } finally {
    await browser.close();
  }
}
