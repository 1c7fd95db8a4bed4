import type { DataSetName } from './datasets.ts';
import type { Setup } from './results.ts';
import { SETUPS } from './results.ts';

export interface Options {
  sizes: DataSetName[];
  runs: number;
  timeoutMs: number;
  /** Where RESULTS.md goes; a --quick run writes under bench/.out so it never replaces real figures. */
  out: string;
  quick: boolean;
  /** The widget's classic script, served to ours.html in place of the built one. */
  ours: string;
  /**
   * Hide scrollbars, as Playwright does by default (and this bench did until 2026-11-29).
   * Readers' browsers mostly show them, so by default the bench does too.
   */
  hideScrollbars: boolean;
  /** How the pages give the timeline its room: a fixed height, and/or as tall as it is. */
  setups: Setup[];
}

export const OURS_SCRIPT = 'dist/lib/diplomatic-timeline.iife.js';

export const USAGE = `usage: tsx bench/run.ts [--quick] [--sizes=article,1000,10000,100000,archive-100000] [--setups=fixed,auto] [--runs=N] [--timeout=SECONDS] [--out=FILE] [--ours=FILE] [--hide-scrollbars]
  --quick     the article, 1,000 events and an archive of 1,000, 2 loads each, results to
              bench/.out/RESULTS-quick.md
  --sizes     data sets: "article", numbers of generated events (one document each), and/or
              "archive-N" (N generated events as an archive: a manifest and parts of 1,000)
  --setups    fixed: both pages give the timeline a height of 520 px (vis-timeline's \`height\` option,
              our \`height\` attribute), and ours is given a document through \`sourceText\` and
              \`events\`; auto: both as tall as their content, ours given \`src\` (default: both)
  --runs      fresh page loads per contender and data set (default 5)
  --timeout   seconds before a load (render, or the input sequence) is recorded as timed out (default 60)
  --out       where to write the results (default bench/RESULTS.md)
  --ours      the widget script to measure (default dist/lib/diplomatic-timeline.iife.js)
  --hide-scrollbars
              hide scrollbars, as Playwright does unless told otherwise (shown by default, as in
              a reader's browser)`;

function parseSize(text: string): DataSetName {
  if (text === 'article') return 'article';
  const archive = text.startsWith('archive-');
  const count = Number((archive ? text.slice('archive-'.length) : text).replaceAll('_', ''));
  if (!Number.isInteger(count) || count < 1) throw new Error(`not a data set: "${text}"`);
  return archive ? `archive-${count}` : count;
}

function parseSetup(text: string): Setup {
  const found = SETUPS.find((setup) => setup === text);
  if (!found) throw new Error(`not a setup: "${text}" (${SETUPS.join(', ')})`);
  return found;
}

function positive(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name} needs a positive whole number, not "${text}"`);
  return value;
}

/** Throws with a readable message on anything it does not understand. */
export function parseArgs(argv: readonly string[]): Options {
  const flags = new Map<string, string>();
  for (const arg of argv) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (
      !match ||
      !['quick', 'sizes', 'setups', 'runs', 'timeout', 'out', 'ours', 'hide-scrollbars'].includes(match[1]!)
    ) {
      throw new Error(`unknown argument "${arg}"`);
    }
    flags.set(match[1]!, match[2] ?? '');
  }
  const quick = flags.has('quick');
  const sizes = flags.get('sizes');
  const runs = flags.get('runs');
  const timeout = flags.get('timeout');
  const setups = flags.get('setups');
  return {
    quick,
    sizes: sizes
      ? sizes.split(',').map(parseSize)
      : quick
        ? ['article', 1000, 'archive-1000']
        : ['article', 1000, 10_000, 100_000, 'archive-100000'],
    runs: runs ? positive('runs', runs) : quick ? 2 : 5,
    timeoutMs: (timeout ? positive('timeout', timeout) : 60) * 1000,
    out: flags.get('out') || (quick ? 'bench/.out/RESULTS-quick.md' : 'bench/RESULTS.md'),
    ours: flags.get('ours') || OURS_SCRIPT,
    hideScrollbars: flags.has('hide-scrollbars'),
    setups: setups ? setups.split(',').map(parseSetup) : [...SETUPS],
  };
}
