import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, relative, resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { OURS_SCRIPT, parseArgs, USAGE } from './args.ts';
import type { Options } from './args.ts';
import { eventCount, loadDataSet, loadDataSets } from './datasets.ts';
import type { DataSet, DataSetName } from './datasets.ts';
import { currentLoad, describeEnvironment } from './environment.ts';
import { measureAll } from './measureAll.ts';
import { measureLoadPathInNode } from './loadPath.ts';
import type { LoadWay } from './loadPath.ts';
import type { Contender } from './results.ts';
import { renderReport } from './report.ts';
import { startServer } from './server.ts';
import type { StaticServer } from './server.ts';

const ROOT = resolve(import.meta.dirname, '..');
/**
 * The widget as it was when the run started, served from memory at the path ours.html loads:
 * the library may be rebuilt while the run goes on.
 */
function snapshotOurs(path: string): { bytes: Buffer; build: string } | undefined {
  const file = resolve(ROOT, path);
  if (!existsSync(file)) return undefined;
  const bytes = readFileSync(file);
  const sha = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
  return { bytes, build: `\`${path}\` built ${statSync(file).mtime.toISOString()}, sha256 ${sha}…` };
}

/**
 * The load path in Node, before the browser starts, on a quiet process (the page's steps are
 * measured in the page). Each number of events is measured once: its document's ways and, when
 * an archive of as many events is in the run, the archive's, alternating; the document's
 * figures then belong to both data sets.
 */
async function measureNodeLoads(
  datasets: readonly DataSet[],
  runs: number,
): Promise<Map<DataSetName, Partial<Record<LoadWay, number[]>>>> {
  const groups = new Map<'article' | number, DataSet[]>();
  for (const dataset of datasets) {
    const key = eventCount(dataset.name) ?? 'article';
    groups.set(key, [...(groups.get(key) ?? []), dataset]);
  }
  const nodeLoad = new Map<DataSetName, Partial<Record<LoadWay, number[]>>>();
  for (const [key, group] of groups) {
    const archive = group.find((dataset) => dataset.kind === 'archive');
    console.log(`load path in Node: ${key}${archive ? ', as one document and as an archive' : ''}…`);
    const times = await measureLoadPathInNode(
      { document: group[0]!.document, ...(archive ? { archive: archive.json } : {}) },
      runs,
    );
    for (const dataset of group) nodeLoad.set(dataset.name, times);
  }
  return nodeLoad;
}

/**
 * Fetches an archive's manifest, then every part relative to it and every part's source text
 * relative to the part, over HTTP from the bench server, as the widget would: a part served at
 * the wrong path would otherwise only show when a reader hovers an event.
 */
async function checkServed(server: StaticServer, dataset: DataSet): Promise<void> {
  const get = async (url: URL): Promise<Buffer> => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${dataset.name}: ${url.pathname} answered ${response.status}`);
    return Buffer.from(await response.arrayBuffer());
  };
  const manifestUrl = new URL(dataset.url, server.origin);
  const manifest = JSON.parse((await get(manifestUrl)).toString('utf8')) as { parts: { href: string }[] };
  for (const { href } of manifest.parts) {
    const partUrl = new URL(href, manifestUrl);
    const part = JSON.parse((await get(partUrl)).toString('utf8')) as { source: { text: string } };
    await get(new URL(part.source.text, partUrl));
  }
}

async function main(): Promise<void> {
  let options: Options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(2);
  }
  const startedAt = new Date();
  const loadAtStart = currentLoad();
  if (loadAtStart > cpus().length) {
    console.warn(
      `note: the machine is busy (load ${loadAtStart.toFixed(1)} on ${cpus().length} cores); figures will be noisy`,
    );
  }
  const ours = snapshotOurs(options.ours);
  const oursMissing = ours
    ? undefined
    : `\`${options.ours}\` does not exist yet (build the library first); only the baseline ran.`;
  const contenders: Contender[] = ours ? ['baseline', 'ours'] : ['baseline'];
  if (oursMissing) console.warn(`note: ${oursMissing}`);

  const datasets = loadDataSets(options.sizes, ROOT);
  // The warm-up loads the article even when it is not measured.
  const warmUp = datasets.find(({ name }) => name === 'article') ?? loadDataSet('article', ROOT);
  const memory = new Map<string, Buffer>();
  if (ours) memory.set(`/${OURS_SCRIPT}`, ours.bytes);
  for (const { files } of [warmUp, ...datasets]) for (const [path, body] of files) memory.set(path, body);
  const nodeLoad = await measureNodeLoads(datasets, Math.max(3, Math.min(options.runs, 5)));
  const server = await startServer(ROOT, memory);
  try {
    for (const dataset of datasets) if (dataset.kind === 'archive') await checkServed(server, dataset);
    const {
      cells,
      weights,
      browserVersion: browser,
    } = await measureAll(options, warmUp, datasets, contenders, server);
    const environment = describeEnvironment(ROOT, browser, loadAtStart);
    const report = renderReport({
      command: `tsx bench/run.ts ${process.argv.slice(2).join(' ')}`.trim(),
      startedAt,
      durationMs: Date.now() - startedAt.getTime(),
      runs: options.runs,
      timeoutMs: options.timeoutMs,
      hideScrollbars: options.hideScrollbars,
      setups: options.setups,
      environment,
      ...(oursMissing ? { oursMissing } : {}),
      ...(ours ? { oursBuild: ours.build } : {}),
      datasets,
      jsonBytes: new Map(datasets.map(({ name, json }) => [name, json.length])),
      cells,
      weights,
      nodeLoad,
    });
    const out = resolve(ROOT, options.out);
    mkdirSync(dirname(out), { recursive: true });
    // Formatted as `npm run lint` expects, so a committed RESULTS.md never fails it.
    writeFileSync(out, await format(report, { ...(await resolveConfig(out)), filepath: out }));
    // The raw loads, frame intervals included, for anyone who wants other statistics.
    const raw = resolve(ROOT, 'bench/.out/results.json');
    mkdirSync(dirname(raw), { recursive: true });
    writeFileSync(raw, JSON.stringify({ environment, options, cells: Object.fromEntries(cells) }, null, 1));
    console.log(`wrote ${relative(process.cwd(), out)}`);
    // Timeouts are results; a load that failed means the harness or a contender is broken.
    const outcomes = [...cells.values()].flatMap((setups) =>
      Object.values(setups).flatMap((cell) => [...cell.baseline.outcomes, ...cell.ours.outcomes]),
    );
    // So does a find step that failed (one that timed out is a result).
    const findFailed = outcomes.some(
      (outcome) => 'sample' in outcome && outcome.sample.find?.status === 'failed',
    );
    if (outcomes.some((outcome) => outcome.status === 'error') || findFailed) {
      console.error('some loads failed: see the notes in the results');
      process.exitCode = 1;
    }
  } finally {
    await server.close();
  }
}

await main();
