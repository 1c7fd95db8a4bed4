/**
 * Network faults when the widget loads `src`: each ends in the error state (the fatal notice,
 * with one line naming the URL and saying what went wrong) and one fatal `timeline-error`,
 * never a blank box, a spinner forever or an uncaught exception. And the last `src` wins,
 * and a slow one says how far it has come.
 */
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { expect, test } from '@playwright/test';
import type { Page, Request, Route } from '@playwright/test';
import { generateDocument } from '../../bench/generate.ts';
import { article } from './article.ts';
import { withServer } from './ownServer.ts';
import { noticeLines, waitForOutcome, widgetEvents, widgetUrl } from './pages/widgetPage.ts';

const BASELINE = '/tests/fixtures/hostile/baseline.json';
const BASELINE_IDS = ['sisi-calls-pezeshkian', 'fidan-hosts-araghchi', 'us-military-buildup-gulf'];
const baselineBytes = readFileSync(new URL('../fixtures/hostile/baseline.json', import.meta.url));
/** Routed URLs live next to the fixtures, so a document's relative source text resolves to the article. */
const ROUTED = '/tests/fixtures/hostile/network-';
const NETWORK_ERROR = 'could not be loaded (network error, refused by CORS, or too many redirects)';
/** For a slow src: 2,000 events from the benchmark's generator (seeded): enough to take a while to stream. */
const COUNT = 2_000;
const { document: doc, sourceText } = generateDocument(COUNT, 20260207);

let pageErrors: string[] = [];
test.beforeEach(({ page }) => {
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(`${error.name}: ${error.message}`));
});
test.afterEach(() => {
  expect(pageErrors, 'uncaught exceptions').toEqual([]);
});

/** The error state, with exactly this one line in the notice, after exactly one fatal timeline-error. */
async function expectErrorState(page: Page, line: string): Promise<void> {
  const events = await waitForOutcome(page);
  expect(events).toEqual([
    { type: 'timeline-error', fatal: true, problems: 1, problemsAreTheElements: true },
  ]);
  await expect(page.locator('#widget .dt-notice.dt-fatal')).toBeVisible();
  await expect(page.locator('#widget .dt-notice.dt-fatal > p')).toHaveText('The events could not be shown.');
  expect(await noticeLines(page)).toEqual([line]);
  await expect(page.locator('#widget [part="timeline"]')).toBeHidden();
  await expect(page.locator('#widget [data-event-id]')).toHaveCount(0);
  expect(await page.evaluate(() => document.querySelector('diplomatic-timeline')!.events)).toBeNull();
}

async function shownIds(page: Page): Promise<string[]> {
  return page.evaluate(
    () => document.querySelector('diplomatic-timeline')!.events?.events.map((e) => e.id) ?? [],
  );
}

test.describe('a src that fails', () => {
  test('404: the notice names the URL and the status', async ({ page, baseURL }) => {
    const src = '/tests/fixtures/hostile/no-such-document.json';
    await page.goto(widgetUrl({ src }));
    await expectErrorState(page, `document: ${baseURL}${src} answered 404 Not Found`);
  });

  test('500', async ({ page, baseURL }) => {
    const src = `${ROUTED}500.json`;
    await page.route(`**${src}`, (route) =>
      route.fulfill({ status: 500, contentType: 'application/json', body: '{"error":"boom"}' }),
    );
    await page.goto(widgetUrl({ src }));
    await expectErrorState(page, `document: ${baseURL}${src} answered 500 Internal Server Error`);
  });

  test('a server that never answers: given up after the timeout, and the request cancelled', async ({
    page,
    baseURL,
  }) => {
    const src = `${ROUTED}never.json`;
    let asked = false;
    // Never fulfilled: the request hangs until the widget gives up.
    await page.route(`**${src}`, () => {
      asked = true;
    });
    const cancelled = page.waitForEvent('requestfailed', (request) => request.url().endsWith(src));
    await page.goto(widgetUrl({ timeout: 500, src }));
    await expectErrorState(page, `document: ${baseURL}${src} did not answer within 500 ms`);
    expect(asked).toBe(true);
    expect((await cancelled).failure()?.errorText).toBe('net::ERR_ABORTED');
  });

  test('a server that sends the headers and then stalls the body: also given up after the timeout', async ({
    page,
  }) => {
    await withServer(
      (_request, response) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        // The start of a document, and then nothing: the connection stays open.
        response.write('{"version": 1, "source": {');
      },
      async (origin) => {
        const src = `${origin}/stalled.json`;
        await page.goto(widgetUrl({ timeout: 1500, src }));
        await expectErrorState(page, `document: ${src} did not answer within 1.5 s`);
      },
    );
  });

  test('a connection that fails (route.abort)', async ({ page, baseURL }) => {
    const src = `${ROUTED}aborted.json`;
    await page.route(`**${src}`, (route) => route.abort('connectionreset'));
    await page.goto(widgetUrl({ src }));
    await expectErrorState(page, `document: ${baseURL}${src} ${NETWORK_ERROR}`);
  });

  test('an HTML login page instead of JSON', async ({ page, baseURL }) => {
    const src = `${ROUTED}login.json`;
    await page.route(`**${src}`, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: '<!doctype html><title>Sign in</title><form method="post"><input name="user"></form>',
      }),
    );
    await page.goto(widgetUrl({ src }));
    await expectErrorState(
      page,
      `document: ${baseURL}${src} sent text/html, not JSON (a login or error page?)`,
    );
  });

  test('a redirect to an HTML login page', async ({ page }) => {
    await withServer(
      (request, response) => {
        if (request.url === '/events.json')
          response.writeHead(302, { location: '/login?next=/events.json' }).end();
        else
          response
            .writeHead(200, { 'content-type': 'text/html' })
            .end('<!doctype html><title>Sign in</title>');
      },
      async (origin) => {
        const src = `${origin}/events.json`;
        await page.goto(widgetUrl({ src }));
        await expectErrorState(page, `document: ${src} sent text/html, not JSON (a login or error page?)`);
      },
    );
  });

  test('a redirect loop', async ({ page }) => {
    let hops = 0;
    await withServer(
      (_request, response) => {
        hops += 1;
        response.writeHead(302, { location: '/loop.json' }).end();
      },
      async (origin) => {
        const src = `${origin}/loop.json`;
        await page.goto(widgetUrl({ src }));
        await expectErrorState(page, `document: ${src} ${NETWORK_ERROR}`);
      },
    );
    // The browser followed the redirects until it gave up (at 20), not just once.
    expect(hops).toBeGreaterThan(5);
  });

  test('another origin that does not allow CORS', async ({ page, baseURL }) => {
    // The page is on 127.0.0.1; localhost is the same server, but another origin.
    const src = `${baseURL!.replace('127.0.0.1', 'localhost')}/events/ankara-talks.json?cors=none`;
    const asked = page.waitForRequest(src);
    await page.goto(widgetUrl({ src }));
    await expectErrorState(page, `document: ${src} ${NETWORK_ERROR}`);
    expect((await asked).method()).toBe('GET');
  });

  test('another origin that allows CORS loads (the control of the test above)', async ({ page, baseURL }) => {
    const src = `${baseURL!.replace('127.0.0.1', 'localhost')}/events/ankara-talks.json`;
    await page.goto(widgetUrl({ src }));
    const events = await waitForOutcome(page);
    expect(events.map((e) => e.type)).toEqual(['timeline-ready']);
    expect((await shownIds(page)).length).toBeGreaterThan(5);
  });

  test('a body over max-bytes, sent without a length: refused while it streams in', async ({
    page,
    baseURL,
  }) => {
    // The test server streams files without a content-length.
    const src = '/events/ankara-talks.json';
    await page.goto(widgetUrl({ 'max-bytes': 1000, src }));
    await expectErrorState(
      page,
      `document: ${baseURL}${src} is larger than 1,000 bytes, the limit for one document`,
    );
  });

  test('a body over max-bytes, with its length declared: refused before it is read', async ({
    page,
    baseURL,
  }) => {
    const src = `${ROUTED}declared.json`;
    await page.route(`**${src}`, (route) =>
      route.fulfill({
        status: 200,
        headers: { 'content-type': 'application/json', 'content-length': String(baselineBytes.length) },
        body: baselineBytes,
      }),
    );
    await page.goto(widgetUrl({ 'max-bytes': 2048, src }));
    expect(baselineBytes.length).toBeGreaterThan(2048);
    await expectErrorState(
      page,
      `document: ${baseURL}${src} is larger than 2 KiB, the limit for one document`,
    );
  });

  test('a timeout and a max-bytes that are not positive numbers mean the defaults, not "refuse everything"', async ({
    page,
  }) => {
    await page.goto(widgetUrl({ timeout: -5, 'max-bytes': -1, src: BASELINE }));
    expect(await waitForOutcome(page)).toEqual([{ type: 'timeline-ready', count: 3 }]);
    await page.goto(widgetUrl({ timeout: 'soon', 'max-bytes': 0, src: BASELINE }));
    expect(await waitForOutcome(page)).toEqual([{ type: 'timeline-ready', count: 3 }]);
    expect(await shownIds(page)).toEqual(BASELINE_IDS);
  });

  test('a body of exactly max-bytes is accepted', async ({ page }) => {
    await page.goto(widgetUrl({ 'max-bytes': baselineBytes.length, src: BASELINE }));
    const events = await waitForOutcome(page);
    expect(events).toEqual([{ type: 'timeline-ready', count: 3 }]);
    expect(await shownIds(page)).toEqual(BASELINE_IDS);
  });
});

test.describe('a source text that fails', () => {
  test('404: the events are shown, and the notice says why their quotes went unchecked', async ({
    page,
    baseURL,
  }) => {
    const text = '/events/sources/ankara-talks.ar.txt';
    await page.route(`**${text}`, (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.goto(widgetUrl({ src: BASELINE }));
    const events = await waitForOutcome(page);
    expect(events.at(-1)).toEqual({ type: 'timeline-ready', count: 3 });
    expect(await shownIds(page)).toEqual(BASELINE_IDS);
    expect(await noticeLines(page)).toEqual([
      `document › source.text: the source text was not available (${baseURL}${text} answered 404 Not Found), so no quote could be checked`,
    ]);
    // Not "the events affected are left out": none is.
    await expect(page.locator('#widget [part="notice"] > p')).toHaveText(
      '1 problem in the data; no event is left out:',
    );
  });

  test('a source text that is not an http address is not fetched, and the notice says so', async ({
    page,
  }) => {
    const src = `${ROUTED}data-text.json`;
    const document = JSON.parse(baselineBytes.toString('utf8'));
    document.source.text = 'data:text/plain,forged';
    await page.route(`**${src}`, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(document) }),
    );
    await page.goto(widgetUrl({ src }));
    expect((await waitForOutcome(page)).at(-1)).toEqual({ type: 'timeline-ready', count: 3 });
    expect(await noticeLines(page)).toEqual([
      'document › source.text: the source text was not available (only http and https addresses are fetched, not data:), so no quote could be checked',
    ]);
  });
});

test.describe('changing src while a request is in flight', () => {
  /** The baseline with its ids renamed, so that none of its events can pass for another document's. */
  const stale = JSON.stringify({
    ...(JSON.parse(baselineBytes.toString('utf8')) as Record<string, unknown>),
    events: (JSON.parse(baselineBytes.toString('utf8')) as { events: { id: string }[] }).events.map((e) => ({
      ...e,
      id: `stale-${e.id}`,
    })),
  });

  /** Holds a request until released, then answers with the stale document (if it is still wanted). */
  function held(): { handler: (route: Route) => void; release: () => void; fulfilled: Promise<string> } {
    let release = () => undefined as void;
    const released = new Promise<void>((done) => (release = done));
    let settle: (outcome: string) => void = () => undefined;
    const fulfilled = new Promise<string>((done) => (settle = done));
    const handler = (route: Route) => {
      void released
        .then(() => route.fulfill({ status: 200, contentType: 'application/json', body: stale }))
        .then(
          () => settle('fulfilled'),
          (error: unknown) => settle(`not fulfilled: ${String(error).split('\n')[0]}`),
        );
    };
    return { handler, release, fulfilled };
  }

  test('the last src wins: the slow first document never appears, and its request is cancelled', async ({
    page,
  }) => {
    const first = `${ROUTED}slow-first.json`;
    const slow = held();
    await page.route(`**${first}`, slow.handler);
    const failed: Request[] = [];
    page.on('requestfailed', (request) => failed.push(request));
    const asked = page.waitForRequest((request) => request.url().endsWith(first));
    await page.goto(widgetUrl({ src: first }));
    await asked;

    await page.evaluate(
      (src) => document.querySelector('diplomatic-timeline')!.setAttribute('src', src),
      BASELINE,
    );
    const events = await waitForOutcome(page);
    expect(events).toEqual([{ type: 'timeline-ready', count: 3 }]);
    expect(await shownIds(page)).toEqual(BASELINE_IDS);

    // Now let the first answer arrive: it was cancelled, so it changes nothing.
    slow.release();
    expect(await slow.fulfilled).toMatch(/^not fulfilled|^fulfilled$/);
    await expect
      .poll(() =>
        failed.filter((request) => request.url().endsWith(first)).map((r) => r.failure()?.errorText),
      )
      .toEqual(['net::ERR_ABORTED']);
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    expect(await shownIds(page)).toEqual(BASELINE_IDS);
    await expect(page.locator('#widget [data-event-id^="stale-"]')).toHaveCount(0);
    await page.locator('#widget [part="list-toggle"]').click();
    await expect(page.locator('#widget .dt-list [data-event-id]')).toHaveCount(3);
    await expect(page.locator('#widget [data-event-id^="stale-"]')).toHaveCount(0);
    expect(await widgetEvents(page)).toEqual([{ type: 'timeline-ready', count: 3 }]);
  });

  test('the last src wins even when it fails: the error of the last one is shown, not the first document', async ({
    page,
    baseURL,
  }) => {
    const first = `${ROUTED}slow-first-again.json`;
    const slow = held();
    await page.route(`**${first}`, slow.handler);
    const asked = page.waitForRequest((request) => request.url().endsWith(first));
    await page.goto(widgetUrl({ src: first }));
    await asked;
    const missing = '/tests/fixtures/hostile/no-such-document.json';
    await page.evaluate(
      (src) => document.querySelector('diplomatic-timeline')!.setAttribute('src', src),
      missing,
    );
    await expectErrorState(page, `document: ${baseURL}${missing} answered 404 Not Found`);
    slow.release();
    await slow.fulfilled;
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    await expect(page.locator('#widget .dt-notice.dt-fatal')).toBeVisible();
    await expect(page.locator('#widget [data-event-id^="stale-"]')).toHaveCount(0);
    expect((await widgetEvents(page)).length).toBe(1);
  });

  test('removing the element cancels its request, and it reports nothing', async ({ page }) => {
    const first = `${ROUTED}slow-removed.json`;
    const slow = held();
    await page.route(`**${first}`, slow.handler);
    const asked = page.waitForRequest((request) => request.url().endsWith(first));
    const cancelled = page.waitForEvent('requestfailed', (request) => request.url().endsWith(first));
    await page.goto(widgetUrl({ src: first }));
    await asked;
    await page.evaluate(() => document.querySelector('diplomatic-timeline')!.remove());
    expect((await cancelled).failure()?.errorText).toBe('net::ERR_ABORTED');
    slow.release();
    await slow.fulfilled;
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    expect(await widgetEvents(page)).toEqual([]);
  });
});

test.describe('a slow src', () => {
  test('a long load says how far it has come, and is busy for screen readers until drawn', async ({
    page,
  }) => {
    const body = Buffer.from(JSON.stringify(doc));
    const half = Math.floor(body.length / 2);
    let release!: () => void;
    const released = new Promise<void>((done) => (release = done));
    const sendSlowly = async (response: ServerResponse) => {
      // The first half in pieces over most of a second, the rest once the test has looked.
      for (let at = 0; at < half; at += 64 * 1024) {
        response.write(body.subarray(at, Math.min(at + 64 * 1024, half)));
        await new Promise((done) => setTimeout(done, 40));
      }
      await released;
      response.end(body.subarray(half));
    };
    await withServer(
      (request, response) => {
        if (request.url === `/${doc.source.text}`) {
          response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(sourceText);
          return;
        }
        response.writeHead(200, { 'content-type': 'application/json' });
        void sendSlowly(response);
      },
      async (origin) => {
        await page.goto(widgetUrl({ src: `${origin}/generated.json`, 'max-bytes': 64 * 1024 * 1024 }));
        const summary = page.locator('#widget .dt-summary');
        const base = page.locator('#widget [part="base"]');
        await expect(summary).toHaveText(/^Loading events… [\d,]+ so far$/);
        await expect(base).toHaveAttribute('aria-busy', 'true');
        const soFar = Number(/[\d,]+/.exec((await summary.textContent())!)![0].replaceAll(',', ''));
        expect(soFar).toBeGreaterThan(0);
        expect(soFar).toBeLessThan(COUNT);
        await expect(page.locator('#widget [data-event-id]')).toHaveCount(0);
        // Every text the summary shows from here on, even one replaced before a frame is painted.
        await summary.evaluate((element) => {
          const texts: string[] = [];
          (window as unknown as { summaryTexts: string[] }).summaryTexts = texts;
          new MutationObserver(() => texts.push(element.textContent!)).observe(element, { childList: true });
        });

        release();
        const outcome = await waitForOutcome(page);
        expect(outcome).toEqual([{ type: 'timeline-ready', count: COUNT }]);
        await expect(summary).toHaveText(`${COUNT.toLocaleString('en')} events`);
        // Then the next step is named, once every event has been read.
        const texts = await page.evaluate(
          () => (window as unknown as { summaryTexts: string[] }).summaryTexts,
        );
        expect(texts.slice(-2)).toEqual([
          `Checking ${COUNT.toLocaleString('en')} events…`,
          `${COUNT.toLocaleString('en')} events`,
        ]);
        await expect(base).not.toHaveAttribute('aria-busy');
      },
    );
  });
});

// Not a network fault, but what a load ends in, like the rest of this file: checked once, in UTC.
test('a document none of whose events is valid is an error, not an empty axis', async ({ page }) => {
  await page.goto(widgetUrl());
  await page.evaluate(async () => {
    const doc = (await (await fetch('/events/ankara-talks.json')).json()) as {
      events: { title?: unknown }[];
    };
    for (const event of doc.events) delete event.title;
    const host = document.querySelector('diplomatic-timeline')!;
    host.sourceText = await (await fetch('/events/sources/ankara-talks.ar.txt')).text();
    host.events = doc;
  });
  const outcome = await waitForOutcome(page);
  expect(outcome.map(({ type, fatal }) => ({ type, fatal }))).toEqual([
    { type: 'timeline-error', fatal: true },
  ]);
  await expect(page.locator('.dt-notice.dt-fatal > p')).toHaveText('The events could not be shown.');
  await expect(page.locator('.dt-notice li')).toHaveCount(article.events.length);
  await expect(page.locator('.dt-timeline')).toBeHidden();
  expect(await page.evaluate(() => document.querySelector('diplomatic-timeline')!.events)).toBeNull();
});

test('a document with no dated event draws no axis (none around today): its events are listed', async ({
  page,
}) => {
  await page.goto(widgetUrl());
  await page.evaluate(async () => {
    const doc = (await (await fetch('/events/ankara-talks.json')).json()) as {
      events: { time: { start?: string } }[];
    };
    doc.events = doc.events.filter((event) => event.time.start === undefined);
    const host = document.querySelector('diplomatic-timeline')!;
    host.sourceText = await (await fetch('/events/sources/ankara-talks.ar.txt')).text();
    host.events = doc;
  });
  const undated = article.events.filter((event) => event.time.start === undefined);
  expect((await waitForOutcome(page)).map(({ type, count }) => ({ type, count }))).toEqual([
    { type: 'timeline-ready', count: undated.length },
  ]);
  await expect(page.locator('.dt-undated [data-event-id]')).toHaveCount(undated.length);
  await expect(page.locator('.dt-timeline')).toBeHidden();
  await expect(page.locator('.vis-timeline')).toHaveCount(0);
  await expect(page.locator('[part="toolbar"] button', { hasText: 'Zoom in' })).toBeHidden();
  await page.locator('[part="list-toggle"]').click();
  await expect(page.locator('.dt-list .dt-card')).toHaveCount(undated.length);
  await page.locator('[part="list-toggle"]').click();
  await expect(page.locator('.dt-timeline')).toBeHidden();
});
