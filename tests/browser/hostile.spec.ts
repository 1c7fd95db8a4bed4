/**
 * The hostile corpus in a real browser: each document of tests/fixtures/hostile, and each one
 * tests/hostile/generated.ts builds, is loaded into the widget, which must run none of its
 * payloads, touch no prototype, stay responsive, show exactly the expected problems and draw
 * (or list) exactly the expected events, with every text shown as text.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { register } from 'node:module';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { Problem } from '../../src/types.ts';
import { formatProblem } from '../../src/validate/formatProblem.ts';
import type { HostileExpectation } from '../hostile/expectation.ts';
import { problemLineMatches } from '../hostile/expectation.ts';
import type { GeneratedFixture } from '../hostile/generated.ts';
import { noticeLines, waitForOutcome, widgetUrl } from './pages/widgetPage.ts';
import type { WidgetEvent } from './pages/widgetPage.ts';

// generated.ts imports baseline.json without `with { type: 'json' }`: Vite (vitest) accepts that,
// Node's ESM loader (Playwright) does not. This hook adds the attribute to JSON imports; it is
// harmless once generated.ts says it itself.
const jsonHook = `export async function load(url, context, next) {
  if (!url.endsWith('.json')) return next(url, context);
  return next(url, { ...context, importAttributes: { ...context.importAttributes, type: 'json' } });
}`;
register(`data:text/javascript,${encodeURIComponent(jsonHook)}`);
const { generatedFixtures } = (await import('../hostile/generated.ts')) as {
  generatedFixtures: readonly GeneratedFixture[];
};

const DIR = new URL('../fixtures/hostile/', import.meta.url);
const FIXTURE_PATH = '/tests/fixtures/hostile/';
const expectations = JSON.parse(readFileSync(new URL('expected.json', DIR), 'utf8')) as Record<
  string,
  HostileExpectation
>;
const fixtureFiles = readdirSync(DIR)
  .filter((name) => name.endsWith('.json') && name !== 'expected.json')
  .sort();

/** The notice lists this many problems at most. */
const NOTICE_LIMIT = 200;
/** Big enough for every generated document (the 100,000-event one is about 30 MB). */
const GENEROUS_MAX_BYTES = 64 * 1024 * 1024;
/** Fixtures whose text fields carry markup: their titles must reach the tooltip character for character. */
const MARKUP_FIXTURE =
  /^(script|img-onerror|svg-onload|mxss-[a-z-]+|breakouts|templates|entities|links)-in-every-text-field\.json$/;

/** The only files a page may ask for: the host page, the widget's script, the fixtures and the article. */
const ALLOWED_PATHS = [
  /^\/tests\/browser\/pages\/(widget\.html|widget\.js|favicon\.svg)$/,
  /^\/dist\/lib\/diplomatic-timeline\.iife\.js$/,
  /^\/tests\/fixtures\/hostile\/[\w.-]+\.json$/,
  /^\/events\/sources\/ankara-talks\.ar\.txt$/,
];
/** Globals the page itself defines: widget.js, the IIFE, and the standalone vis-timeline inside it. */
const KNOWN_GLOBALS = new Set(['widgetEvents', 'hostError', 'giveByProperty', 'hostileBefore']);

/** The built-ins whose prototypes must come out of every load with the same keys. */
const PROTOTYPE_OWNERS = ['Object', 'Array', 'Function', 'String', 'Element', 'HTMLElement', 'EventTarget'];

interface Watch {
  dialogs: string[];
  pageErrors: string[];
  consoleErrors: string[];
  unexpectedRequests: string[];
}

interface Snapshot {
  prototypes: Record<string, string[]>;
  globals: string[];
}

declare global {
  interface Window {
    hostileBefore: Snapshot;
  }
}

/** Listens for what must never happen, from before the page's first script. */
async function watch(page: Page, baseURL: string): Promise<Watch> {
  const seen: Watch = { dialogs: [], pageErrors: [], consoleErrors: [], unexpectedRequests: [] };
  const origin = new URL(baseURL).origin;
  page.on('dialog', (dialog) => {
    seen.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => undefined);
  });
  page.on('pageerror', (error) => seen.pageErrors.push(`${error.name}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') seen.consoleErrors.push(message.text());
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin || !ALLOWED_PATHS.some((path) => path.test(url.pathname)))
      seen.unexpectedRequests.push(request.url());
  });
  await page.addInitScript((owners) => {
    const global = globalThis as unknown as Record<string, { prototype: object }>;
    window.hostileBefore = {
      prototypes: Object.fromEntries(
        owners.map((name) => [name, Reflect.ownKeys(global[name]!.prototype).map(String)]),
      ),
      globals: Object.getOwnPropertyNames(window),
    };
  }, PROTOTYPE_OWNERS);
  return seen;
}

/** No payload ran and nothing leaked: no dialog, error or stray request, no new prototype key or global. */
async function expectNothingRan(page: Page, seen: Watch): Promise<void> {
  // A round trip first: a payload firing late (an image error, a timer) has had its chance.
  expect(await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(1))))).toBe(1);
  expect(seen.dialogs, 'dialogs opened').toEqual([]);
  expect(seen.pageErrors, 'uncaught exceptions').toEqual([]);
  expect(seen.consoleErrors, 'console errors').toEqual([]);
  expect(seen.unexpectedRequests, 'requests outside the test files').toEqual([]);
  const state = await page.evaluate((owners) => {
    const before = window.hostileBefore;
    const global = globalThis as unknown as Record<string, { prototype: object }>;
    const added = owners.flatMap((name) =>
      Reflect.ownKeys(global[name]!.prototype)
        .map(String)
        .filter((key) => !before.prototypes[name]!.includes(key))
        .map((key) => `${name}.prototype.${key}`),
    );
    const probe = {} as Record<string, unknown>;
    return {
      added,
      probe: [probe.polluted, probe.isAdmin, probe.id, probe.en, probe.__proto__ === Object.prototype],
      globals: Object.getOwnPropertyNames(window).filter((name) => !before.globals.includes(name)),
      natives: [window.alert, window.confirm, window.prompt, window.fetch, Object.prototype.toString].every(
        (f) => /\[native code\]/.test(Function.prototype.toString.call(f)),
      ),
    };
  }, PROTOTYPE_OWNERS);
  // Nothing at all: vis-timeline is bundled from its esnext build, without core-js polyfills.
  expect(state.added, 'keys added to built-in prototypes').toEqual([]);
  expect(state.probe).toEqual([undefined, undefined, undefined, undefined, true]);
  // Not even js-xss's filterXSS and filterCSS, which it sets on window when it loads (our builds leave it out).
  expect(state.globals.filter((name) => !KNOWN_GLOBALS.has(name)).sort(), 'new globals').toEqual([]);
  expect(state.natives, 'alert, confirm, prompt, fetch, toString untouched').toBe(true);
  // Everything the widget drew is text: no element a payload could have smuggled in.
  const smuggled = await page.evaluate(() => {
    const root = document.querySelector('diplomatic-timeline')!.shadowRoot!;
    const tags =
      'img, svg, math, script, style, link, iframe, frame, object, embed, template, noscript, form, ' +
      'input, textarea, select, a, area, base, meta, video, audio, source, picture, canvas';
    // The widget's own controls (the search field, the filter panel's form) are not data.
    const own = '[part~="search"], [part~="filters"]';
    const elements = [...root.querySelectorAll(tags)]
      .filter((element) => !element.closest(own))
      .map((element) => element.tagName.toLowerCase());
    const attributes = [...root.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes]
        .filter(
          (a) => /^on/i.test(a.name) || /^(href|src|srcdoc|xlink:href|formaction|action)$/i.test(a.name),
        )
        .map((a) => `${element.tagName.toLowerCase()}[${a.name}]`),
    );
    return [...elements, ...attributes];
  });
  expect(smuggled, 'markup elements or URL/handler attributes in the shadow root').toEqual([]);
}

/**
 * Parse failures of a document fetched by `src` name its URL, resolved as every other load
 * error names it: the expectation says "document: is not…".
 */
function forSrc(line: string, src: string | undefined): string {
  if (src === undefined || !/^document: is not (valid JSON|UTF-8 text)/.test(line)) return line;
  return line.replace('document: ', `document: ${src} `);
}

function expectLines(actual: readonly string[], expected: readonly string[], what: string): void {
  // Lines matching an expected prefix are shown as that prefix, so a mismatch reads as a plain diff.
  const comparable = actual.map((line, i) => {
    const wanted = expected[i];
    return wanted !== undefined && problemLineMatches(line, wanted) ? wanted : line;
  });
  if (comparable.length === expected.length && comparable.every((line, i) => line === expected[i])) return;
  expect(comparable, what).toEqual(expected);
}

/** The element's problems, formatted: all of them, or the first and last 200 of a long list. */
async function elementProblems(page: Page): Promise<{ count: number; head: string[]; tail: string[] }> {
  const raw = await page.evaluate((keep) => {
    const list = document.querySelector('diplomatic-timeline')!.problems as Problem[];
    const plain = (p: Problem) => ({ ...p });
    return list.length <= keep * 2
      ? { count: list.length, head: list.map(plain), tail: [] }
      : { count: list.length, head: list.slice(0, keep).map(plain), tail: list.slice(-keep).map(plain) };
  }, NOTICE_LIMIT);
  return { count: raw.count, head: raw.head.map(formatProblem), tail: raw.tail.map(formatProblem) };
}

async function expectProblems(page: Page, expected: HostileExpectation, src?: string): Promise<void> {
  const wanted = expected.problems.map((line) => forSrc(line, src));
  const shown = await noticeLines(page);
  if (wanted.length === 0) {
    await expect(page.locator('#widget [part="notice"]')).toBeHidden();
  } else {
    await expect(page.locator('#widget [part="notice"]')).toBeVisible();
  }
  expectLines(shown, wanted.slice(0, NOTICE_LIMIT), 'the notice');
  const { count, head, tail } = await elementProblems(page);
  expect(count, 'how many problems the element reports').toBe(wanted.length);
  expectLines(head, wanted.slice(0, head.length), 'the element’s problems');
  if (tail.length > 0) expectLines(tail, wanted.slice(-tail.length), 'the element’s last problems');
}

function expectEvents(events: readonly WidgetEvent[], expected: HostileExpectation): void {
  const error = (fatal: boolean): WidgetEvent => ({
    type: 'timeline-error',
    fatal,
    problems: expected.problems.length,
    problemsAreTheElements: true,
  });
  if (expected.kind === 'error-state') {
    expect(events).toEqual([error(true)]);
  } else {
    expect(events).toEqual([
      ...(expected.problems.length > 0 ? [error(false)] : []),
      { type: 'timeline-ready', count: expected.validIds.length },
    ]);
  }
}

/** The valid events are drawn: dated ones on the axis (or in a cluster), undated ones as chips. */
async function expectDrawn(page: Page, expected: HostileExpectation): Promise<void> {
  const shown = await page.evaluate(() => {
    const element = document.querySelector('diplomatic-timeline')!;
    const root = element.shadowRoot!;
    const ids = (selector: string) =>
      [...root.querySelectorAll<HTMLElement>(selector)].map((e) => e.dataset.eventId!);
    const events = element.events?.events ?? [];
    return {
      all: events.map((event) => event.id),
      dated: events.filter((event) => event.time.start !== undefined).map((event) => event.id),
      undated: events.filter((event) => event.time.start === undefined).map((event) => event.id),
      onAxis: ids('.dt-timeline [data-event-id]'),
      clustered: [...root.querySelectorAll<HTMLElement>('.dt-timeline [data-cluster]')].reduce(
        (sum, e) => sum + Number(e.dataset.cluster),
        0,
      ),
      chips: ids('.dt-undated [data-event-id]'),
    };
  });
  if (shown.all.length !== expected.validIds.length || shown.all.some((id, i) => id !== expected.validIds[i]))
    expect(shown.all, 'the valid events, in order').toEqual(expected.validIds);
  expect(new Set(shown.onAxis).size, 'no event drawn twice').toBe(shown.onAxis.length);
  expect(shown.onAxis.filter((id) => !shown.dated.includes(id))).toEqual([]);
  expect(shown.onAxis.length + shown.clustered, 'dated events drawn or clustered').toBe(shown.dated.length);
  expect(shown.chips).toEqual(shown.undated.slice(0, 40));
}

/** Each listed card shows its event's texts exactly, as text. Returns the ids listed on the page. */
async function listedPage(page: Page): Promise<{ ids: string[]; mismatches: string[] }> {
  return page.evaluate(() => {
    const element = document.querySelector('diplomatic-timeline')!;
    const byId = new Map((element.events?.events ?? []).map((event) => [event.id, event]));
    const cards = [...element.shadowRoot!.querySelectorAll<HTMLElement>('.dt-list .dt-card[data-event-id]')];
    const mismatches: string[] = [];
    const same = (id: string, field: string, shown: string | null | undefined, given: string) => {
      if (shown !== given) mismatches.push(`${id} ${field}`);
    };
    for (const card of cards) {
      const id = card.dataset.eventId!;
      const event = byId.get(id);
      if (!event) {
        mismatches.push(`${id}: not a valid event`);
        continue;
      }
      same(id, 'title', card.querySelector('.dt-card-title')?.textContent, event.title.en);
      same(id, 'subtitle', card.querySelector('.dt-card-subtitle')?.textContent, event.title.ar!);
      same(id, 'phrase', card.querySelector('.dt-phrase bdi')?.textContent, event.time.phrase);
      same(id, 'rule', card.querySelector('.dt-rule')?.textContent, event.time.rule);
      const quotes = [...card.querySelectorAll('.dt-quote')];
      same(id, 'quote count', String(quotes.length), String(event.quotes.length));
      event.quotes.forEach((quote, i) => {
        same(id, `quotes[${i}].text`, quotes[i]?.querySelector('blockquote')?.textContent, quote.text);
        same(
          id,
          `quotes[${i}].translation`,
          quotes[i]?.querySelector('figcaption')?.textContent,
          quote.translation!,
        );
      });
    }
    return { ids: cards.map((card) => card.dataset.eventId!), mismatches };
  });
}

/** The list view lists every valid event (100 a page), each card's texts as given. */
async function expectListed(page: Page, expected: HostileExpectation): Promise<void> {
  const toggle = page.locator('#widget [part="list-toggle"]');
  await toggle.click();
  await expect(toggle).toHaveText('Timeline view');
  const list = page.locator('#widget [part="list"]');
  await expect(list).toBeVisible();
  const pages = Math.max(1, Math.ceil(expected.validIds.length / 100));
  // Every page of a short list; the first two of a long one.
  const visit = Math.min(pages, 10);
  const listed: string[] = [];
  for (let i = 0; i < visit; i++) {
    if (i > 0) {
      await list.locator('nav').first().getByRole('button', { name: 'Next' }).click();
      await expect(list.locator('ol')).toHaveAttribute('start', String(i * 100 + 1));
    }
    const { ids, mismatches } = await listedPage(page);
    expect(mismatches, `texts of list page ${i + 1}`).toEqual([]);
    expect(ids.length).toBe(Math.min(100, expected.validIds.length - i * 100));
    listed.push(...ids);
  }
  expect(new Set(listed).size, 'no event listed twice').toBe(listed.length);
  if (visit === pages) expect([...listed].sort()).toEqual([...expected.validIds].sort());
  else expect(listed.filter((id) => !expected.validIds.includes(id))).toEqual([]);
  await toggle.click();
  await expect(toggle).toHaveText('List view');
}

/** Hovering the first drawn event shows a tooltip whose title is the event's title, as text. */
async function expectTooltip(page: Page, file: string): Promise<void> {
  const first = page.locator('#widget .dt-timeline [data-event-id]').first();
  if ((await first.count()) === 0) return;
  const id = (await first.getAttribute('data-event-id'))!;
  await first.hover();
  const tooltip = page.locator('#widget [part="tooltip"]');
  await expect(tooltip).toBeVisible();
  await expect(tooltip.locator('.dt-card')).toHaveAttribute('data-event-id', id);
  const same = await page.evaluate((eventId) => {
    const element = document.querySelector('diplomatic-timeline')!;
    const event = element.events!.events.find((e) => e.id === eventId)!;
    const shown = element.shadowRoot!.querySelector('[part="tooltip"] .dt-card-title')!.textContent;
    return shown === event.title.en;
  }, id);
  expect(same, 'the tooltip shows the title as given').toBe(true);
  if (MARKUP_FIXTURE.test(file)) {
    // The markup is there, character for character, as text.
    const raw = JSON.parse(readFileSync(new URL(file, DIR), 'utf8')) as {
      events: { id: string; title: { en: string } }[];
    };
    const title = raw.events.find((event) => event.id === id)!.title.en;
    expect(title).toMatch(/<|\{\{|&|\/\//);
    expect(await tooltip.locator('.dt-card-title').textContent()).toBe(title);
  }
  await page.mouse.move(0, 0);
  await expect(tooltip).toBeHidden();
}

/** The error state: the fatal notice, no drawing, and a toolbar that still answers. */
async function expectErrorState(page: Page): Promise<void> {
  await expect(page.locator('#widget .dt-notice.dt-fatal')).toBeVisible();
  await expect(page.locator('#widget .dt-notice.dt-fatal > p')).toHaveText('The events could not be shown.');
  await expect(page.locator('#widget [part="timeline"]')).toBeHidden();
  expect(await page.evaluate(() => document.querySelector('diplomatic-timeline')!.events)).toBeNull();
  const toggle = page.locator('#widget [part="list-toggle"]');
  await toggle.click();
  await expect(toggle).toHaveText('Timeline view');
}

/** How many elements the document's events array has (0 when it is not JSON or has none). */
function eventCount(bytes: Uint8Array): number {
  try {
    const events = (JSON.parse(new TextDecoder().decode(bytes)) as { events?: unknown } | null)?.events;
    return Array.isArray(events) ? events.length : 0;
  } catch {
    return 0;
  }
}

/**
 * The notice's heading names how many events the problems keep off the timeline: all of the
 * document's events but those that come through, so none can go missing without a word.
 */
async function expectHeading(page: Page, expected: HostileExpectation, events: number): Promise<void> {
  if (expected.problems.length === 0) return;
  const n = expected.problems.length;
  const out = events - expected.validIds.length;
  const left =
    out === 0 ? 'no event is' : out === 1 ? '1 event is' : `${out.toLocaleString('en')} events are`;
  await expect(page.locator('#widget [part="notice"] > p')).toHaveText(
    `${n.toLocaleString('en')} problem${n === 1 ? '' : 's'} in the data; ${left} left out:`,
  );
}

async function check(
  page: Page,
  seen: Watch,
  expected: HostileExpectation,
  file: string,
  src: string | undefined,
  bytes: Uint8Array,
) {
  const events = await waitForOutcome(page);
  expectEvents(events, expected);
  await expectProblems(page, expected, src);
  if (expected.kind === 'document') {
    await expect(page.locator('#widget .dt-notice.dt-fatal')).toHaveCount(0);
    await expectHeading(page, expected, eventCount(bytes));
    await expectDrawn(page, expected);
    await expectTooltip(page, file);
    await expectListed(page, expected);
  } else {
    await expectErrorState(page);
  }
  expect(await page.evaluate(() => 1)).toBe(1);
  await expectNothingRan(page, seen);
}

test.describe('the hostile corpus, loaded by src', () => {
  for (const file of fixtureFiles) {
    const expected = expectations[file];
    test(`${file}: ${expected?.kind ?? 'no expectation'}`, async ({ page, baseURL }) => {
      if (!expected) throw new Error(`${file} has no expectation in expected.json`);
      const seen = await watch(page, baseURL!);
      const src = `${FIXTURE_PATH}${file}`;
      await page.goto(widgetUrl({ src }));
      const bytes = readFileSync(new URL(file, DIR));
      await check(page, seen, expected, file, new URL(src, baseURL).href, bytes);
    });
  }
});

test.describe('the generated hostile documents, served by page.route', () => {
  for (const fixture of generatedFixtures) {
    const big = /100000/.test(fixture.name);
    test(`${fixture.name}: ${fixture.about}`, async ({ page, baseURL }) => {
      if (big) test.slow();
      const { bytes, expected } = fixture.generate();
      const src = `${FIXTURE_PATH}${fixture.name.replace(':', '-')}.json`;
      const seen = await watch(page, baseURL!);
      await page.route(`**${src}`, (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: Buffer.from(bytes) }),
      );
      await page.goto(widgetUrl({ 'max-bytes': GENEROUS_MAX_BYTES, timeout: 170_000, src }));
      await check(page, seen, expected, fixture.name, new URL(src, baseURL).href, bytes);
    });
  }
});

test('every fixture that parses as JSON, given through the events property, one after another', async ({
  page,
  baseURL,
}) => {
  test.slow();
  const seen = await watch(page, baseURL!);
  await page.goto(widgetUrl());
  const sourceText = readFileSync(
    new URL('../../events/sources/ankara-talks.ar.txt', import.meta.url),
    'utf8',
  );
  const failures: string[] = [];
  let tried = 0;
  for (const file of fixtureFiles) {
    const expected = expectations[file]!;
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(new URL(file, DIR)));
      JSON.parse(text);
    } catch {
      continue; // Not UTF-8 JSON: nothing a page could hand over as a parsed document.
    }
    if (text.startsWith('\ufeff')) continue;
    tried += 1;
    const after = await page.evaluate(() => window.widgetEvents.length);
    // Parsed in the page, so "__proto__" keys arrive as the own properties JSON.parse makes.
    await page.evaluate(
      ([json, source]) => {
        const element = document.querySelector('diplomatic-timeline')!;
        element.sourceText = source;
        element.events = JSON.parse(json) as unknown;
      },
      [text, sourceText] as const,
    );
    try {
      expectEvents(await waitForOutcome(page, after), expected);
      await expectProblems(page, expected);
      if (expected.kind === 'document') await expectDrawn(page, expected);
      else await expect(page.locator('#widget .dt-notice.dt-fatal')).toBeVisible();
    } catch (error) {
      // One document's failure is reported with the others', not instead of them.
      failures.push(`${file}: ${String(error).split('\n').slice(0, 12).join(' / ')}`);
      seen.pageErrors.length = 0;
      // A fresh widget for the next document, so one failure does not spill into the rest.
      await page.goto(widgetUrl());
    }
  }
  expect(failures, 'fixtures that failed').toEqual([]);
  expect(tried).toBeGreaterThanOrEqual(60);
  await expectNothingRan(page, seen);
});
