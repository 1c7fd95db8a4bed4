/**
 * The widget as a good citizen of someone else's page: examples/host-page.html embeds it
 * twice under hostile CSS. Needs `npm run build` (the page loads dist/lib's IIFE).
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { DiplomaticTimeline } from '../../src/element/DiplomaticTimeline.ts';
import { article, datedEvents, undatedEvents } from './article.ts';
import { HOST_PAGE, INSTANCES, openHostPage, recordEvents, waitForReady } from './hostPage.ts';
import { installTracker, snapshot } from './tracker.ts';

const widget = (page: Page, id: string) => page.locator(`#${id}`);
const item = (page: Page, id: string, event: string) =>
  widget(page, id).locator(`.dt-timeline [data-event-id="${event}"]`);
const tooltip = (page: Page, id: string) => widget(page, id).locator('[role="tooltip"]');
const recorded = (page: Page) => page.evaluate(() => window.recorded);

/** The host's own elements, and the properties its stylesheet sets on them. */
const HOST_ELEMENTS = ['html', 'body', 'article', 'h1', '.byline', '#lede', 'code'];
const PROPERTIES = [
  'font-family',
  'font-size',
  'line-height',
  'box-sizing',
  'display',
  'padding-top',
  'text-align',
  'color',
  'letter-spacing',
  'text-transform',
];

function hostStyles(page: Page): Promise<Record<string, string>> {
  return page.evaluate(
    ([selectors, properties]) => {
      const out: Record<string, string> = {};
      for (const selector of selectors) {
        const style = getComputedStyle(document.querySelector(selector)!);
        for (const property of properties) out[`${selector} ${property}`] = style.getPropertyValue(property);
      }
      return out;
    },
    [HOST_ELEMENTS, PROPERTIES] as const,
  );
}

test('both instances draw their events and show tooltips', async ({ page }) => {
  await openHostPage(page);
  for (const id of INSTANCES) {
    for (const event of datedEvents) await expect(item(page, id, event.id)).toHaveCount(1);
    for (const event of undatedEvents)
      await expect(widget(page, id).locator(`.dt-undated [data-event-id="${event.id}"]`)).toHaveCount(1);
    const first = datedEvents[0]!.id;
    await page.mouse.move(0, 0);
    await item(page, id, first).hover();
    await expect(tooltip(page, id)).toBeVisible();
    await expect(tooltip(page, id).locator('.dt-card')).toHaveAttribute('data-event-id', first);
  }
});

test("the host page's elements keep their computed styles", async ({ page }) => {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  // Hold the widget's script back, to see the page as its own CSS alone makes it.
  await page.route('**/dist/lib/diplomatic-timeline.iife.js', async (route) => {
    await released;
    await route.continue();
  });
  await recordEvents(page);
  await page.goto(HOST_PAGE, { waitUntil: 'commit' });
  await page.waitForFunction(
    () =>
      document.readyState !== 'loading' &&
      [...document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')].every((link) => link.sheet),
  );
  expect(await page.evaluate(() => customElements.get('diplomatic-timeline'))).toBeUndefined();
  const before = await hostStyles(page);
  expect(before['#lede line-height']).toBe('72px');
  release();
  for (const id of INSTANCES) await waitForReady(page, id);
  await item(page, 'by-src', datedEvents[0]!.id).hover();
  await expect(tooltip(page, 'by-src')).toBeVisible();
  await widget(page, 'by-property').evaluate(
    (el: DiplomaticTimeline, id) => el.select(id),
    datedEvents[1]!.id,
  );
  await expect(widget(page, 'by-property').locator('.dt-details')).toBeVisible();
  expect(await hostStyles(page)).toEqual(before);
});

test("the page's inherited styles do not reach inside the widget", async ({ page }) => {
  await openHostPage(page);
  for (const id of INSTANCES) {
    const style = await widget(page, id).evaluate((el) => {
      const s = getComputedStyle(el.shadowRoot!.querySelector('.dt')!);
      return [s.fontSize, s.lineHeight, s.textTransform, s.letterSpacing, s.wordSpacing, s.cursor];
    });
    expect(style).toEqual(['15px', '21.75px', 'none', 'normal', '0px', 'auto']);
  }
});

test('spacing inside the widget does not follow the page root font size', async ({ page }) => {
  await openHostPage(page);
  const padding = () =>
    widget(page, 'by-src').evaluate(
      (el) => getComputedStyle(el.shadowRoot!.querySelector('.dt-toolbar button')!).paddingTop,
    );
  const atPageSize = await padding();
  await page.evaluate(() => (document.documentElement.style.fontSize = '16px'));
  expect(await padding()).toBe(atPageSize);
});

test('the events leave the shadow root with their details', async ({ page }) => {
  await openHostPage(page);
  const ready = (await recorded(page)).filter((r) => r.type === 'timeline-ready');
  expect(ready).toEqual(
    INSTANCES.map((target) => ({ type: 'timeline-ready', target, count: article.events.length })),
  );
  expect((await recorded(page)).filter((r) => r.type === 'timeline-error')).toEqual([]);

  await item(page, 'by-property', 'zamir-washington-visit').click();
  expect((await recorded(page)).filter((r) => r.type === 'timeline-select')).toEqual([
    { type: 'timeline-select', target: 'by-property', id: 'zamir-washington-visit' },
  ]);

  // A document that cannot be loaded, then one with a single bad event.
  await page.evaluate((doc) => {
    const missing = document.createElement('diplomatic-timeline');
    missing.id = 'missing';
    missing.src = '../events/missing.json';
    const partial = document.createElement('diplomatic-timeline');
    partial.id = 'partial';
    const broken = structuredClone(doc);
    broken.events[0]!.time.start = '2026-02-31';
    partial.events = broken;
    document.body.append(missing, partial);
  }, article);
  await expect
    .poll(async () => (await recorded(page)).filter((r) => r.type === 'timeline-error').length)
    .toBe(2);
  const errors = (await recorded(page)).filter((r) => r.type === 'timeline-error');
  const missing = errors.find((r) => r.target === 'missing')!;
  expect(missing.fatal).toBe(true);
  expect(missing.problems!.join('\n')).toContain('404');
  const partial = errors.find((r) => r.target === 'partial')!;
  expect(partial.fatal).toBe(false);
  expect(partial.problems!.join('\n')).toContain('2026-02-31');
  await waitForReady(page, 'partial');
  const partialReady = (await recorded(page)).find(
    (r) => r.type === 'timeline-ready' && r.target === 'partial',
  );
  expect(partialReady?.count).toBe(article.events.length - 1);
  expect((await recorded(page)).some((r) => r.type === 'timeline-ready' && r.target === 'missing')).toBe(
    false,
  );
});

test('select() works, and each instance keeps its own selection', async ({ page }) => {
  await openHostPage(page);
  const [a, b] = [datedEvents[0]!.id, datedEvents[1]!.id];
  await page.evaluate(
    ({ a, b }) => {
      document.querySelector<DiplomaticTimeline>('#by-src')!.select(a);
      document.querySelector<DiplomaticTimeline>('#by-property')!.select(b);
    },
    { a, b },
  );
  for (const [id, event] of [
    ['by-src', a],
    ['by-property', b],
  ] as const) {
    await expect(widget(page, id)).toHaveAttribute('selected', event);
    expect(await widget(page, id).evaluate((el: DiplomaticTimeline) => el.selected)).toBe(event);
    await expect(widget(page, id).locator('.dt-details .dt-card')).toHaveAttribute('data-event-id', event);
  }
  await widget(page, 'by-src').evaluate((el: DiplomaticTimeline) => el.select(null));
  await expect(widget(page, 'by-src').locator('.dt-details')).toBeHidden();
  await expect(widget(page, 'by-property')).toHaveAttribute('selected', b);
  expect(
    (await recorded(page)).filter((r) => r.type === 'timeline-select').map((r) => [r.target, r.id]),
  ).toEqual([
    ['by-src', a],
    ['by-property', b],
    ['by-src', null],
  ]);
});

test('a selection made before the data arrives is applied when it does', async ({ page }) => {
  await openHostPage(page);
  const id = datedEvents[1]!.id;
  const selected = await page.evaluate(async (id) => {
    const el = document.createElement('diplomatic-timeline');
    el.src = '../events/ankara-talks.json';
    el.selected = id;
    const ready = new Promise((resolve) => el.addEventListener('timeline-ready', resolve, { once: true }));
    document.body.append(el);
    await ready;
    return el.selected;
  }, id);
  expect(selected).toBe(id);
});

test('a vertical wheel over either widget scrolls the page', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 600 });
  await openHostPage(page);
  for (const id of INSTANCES) {
    const area = widget(page, id).locator('.dt-timeline .vis-center');
    await area.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    await area.hover();
    await page.mouse.wheel(0, 200);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
    // Leave, so that a tooltip the pointer opened (above the page, in the top layer) is gone
    // before the pointer goes to the other widget, which it may cover.
    await page.mouse.move(0, 0);
    await expect(widget(page, id).locator('[part="tooltip"]')).toBeHidden();
  }
});

test('the widget adds no keyboard listener to document, and leaves none on window', async ({ page }) => {
  await installTracker(page);
  await openHostPage(page);
  for (const id of INSTANCES) {
    await item(page, id, datedEvents[0]!.id).hover();
    await expect(tooltip(page, id)).toBeVisible();
    // The one outside listener, and only while a hovered tooltip shows: Escape must reach it.
    expect(Object.keys((await snapshot(page)).listeners)).toContain('window keydown capture');
    await page.keyboard.press('Escape');
    await expect(tooltip(page, id)).toBeHidden();
    await widget(page, id).locator('.dt-timeline').focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
  }
  await page.mouse.move(0, 0);
  await page.locator('#lede').click();
  for (const id of INSTANCES) await expect(tooltip(page, id)).toBeHidden();
  const after = await snapshot(page);
  expect(after.documentTypes.filter((type) => type.startsWith('key'))).toEqual([]);
  const keyListeners = (s: typeof after) => Object.keys(s.listeners).filter((k) => k.includes(' key'));
  expect(keyListeners(after)).toEqual([]);
});
