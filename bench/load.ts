import type { Browser, Page } from 'playwright-core';
import type { Asset } from './bytes.ts';
import { findAndFilter } from './find.ts';
import type { FindOutcome } from './find.ts';
import { installFindProbe } from './findProbe.ts';
import { zoomAndPan } from './interact.ts';
import type { BenchWindow, FrameReport, Settled } from './probe.ts';
import { installProbe } from './probe.ts';

export interface LoadSample {
  settled: Settled;
  heapBytes: number;
  domNodes: number;
  /** Absent when the interaction timed out. */
  interaction?: FrameReport;
  /** Finding and filtering, after the input; absent when not asked for. */
  find?: FindOutcome;
  assets: Asset[];
}

export type LoadOutcome =
  | { status: 'ok'; sample: LoadSample }
  | { status: 'timeout'; phase: 'render'; readyAt?: number }
  | { status: 'timeout'; phase: 'interaction'; sample: LoadSample }
  | { status: 'error'; message: string };

export const VIEWPORT = { width: 1280, height: 800 };

/**
 * tsx compiles with esbuild's keepNames, which wraps named inner functions in `__name(…)`;
 * functions Playwright serialises into the page would throw without this stand-in.
 */
const NAME_SHIM = 'globalThis.__name = (target) => target;';

const TIMED_OUT = Symbol('timed out');

async function within<T>(ms: number, work: Promise<T>): Promise<T | typeof TIMED_OUT> {
  // Once we stop waiting, closing the context rejects the work: nobody needs to hear it.
  work.catch(() => {});
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((done) => (timer = setTimeout(() => done(TIMED_OUT), ms)));
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Runs the find-and-filter step; its failure is its own, not the load's. */
async function measureFind(page: Page, timeoutMs: number): Promise<FindOutcome> {
  try {
    const sample = await within(timeoutMs, findAndFilter(page));
    return sample === TIMED_OUT ? { status: 'timeout' } : { status: 'ok', sample };
  } catch (error) {
    return {
      status: 'failed',
      message: (error instanceof Error ? error.message : String(error)).split('\n')[0]!,
    };
  }
}

/**
 * One fresh page load in a new browser context: render, then memory and DOM, then (if asked)
 * input, then (if asked, ours only) finding and filtering.
 */
export async function measureLoad(
  browser: Browser,
  url: string,
  timeoutMs: number,
  withInput: boolean,
  withFind = false,
): Promise<LoadOutcome> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    await context.addInitScript(NAME_SHIM);
    await context.addInitScript(installProbe);
    if (withFind) await context.addInitScript(installFindProbe);
    const page = await context.newPage();
    const assets: Asset[] = [];
    page.on('request', (request) => {
      const kind = request.resourceType();
      if (kind === 'script' || kind === 'stylesheet') assets.push({ url: request.url(), kind });
    });
    let readyAt: number | undefined;
    page.on('console', (message) => {
      const match = /^bench:ready-at ([\d.]+)$/.exec(message.text());
      if (match) readyAt = Number(match[1]);
    });

    const settled = await within(
      timeoutMs,
      page
        .goto(url, { waitUntil: 'commit' })
        .then(() => page.evaluate(() => (globalThis as BenchWindow).__bench.settled)),
    );
    if (settled === TIMED_OUT)
      return { status: 'timeout', phase: 'render', ...(readyAt === undefined ? {} : { readyAt }) };

    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const domNodes = await page.evaluate(() => (globalThis as BenchWindow).__bench.countNodes());
    const sample: LoadSample = { settled, heapBytes: usedSize, domNodes, assets };
    if (withInput) {
      const interaction = await within(timeoutMs, zoomAndPan(page));
      if (interaction === TIMED_OUT) return { status: 'timeout', phase: 'interaction', sample };
      sample.interaction = interaction;
    }
    if (withFind) sample.find = await measureFind(page, timeoutMs);
    return { status: 'ok', sample };
  } catch (error) {
    return {
      status: 'error',
      message: (error instanceof Error ? error.message : String(error)).split('\n')[0]!,
    };
  } finally {
    await within(15_000, context.close());
  }
}
