/**
 * Removing the widget must take everything it started with it: its vis-timeline, its
 * listeners outside itself, its timers and observers, its memory. Needs `npm run build`.
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { DiplomaticTimeline } from '../../src/element/DiplomaticTimeline.ts';
import { datedEvents } from './article.ts';
import { INSTANCES, openHostPage, waitForReady } from './hostPage.ts';
import type { Snapshot } from './tracker.ts';
import { installTracker, snapshot } from './tracker.ts';

declare global {
  interface Window {
    detached: [element: Element, parent: Node, next: Node | null][];
    mountTimes(n: number): Promise<void>;
  }
}

const tooltip = (page: Page, id: string) => page.locator(`#${id} [role="tooltip"]`);

/** What is running now, without the history of what was ever added. */
const running = ({ documentTypes: _, ...rest }: Snapshot) => rest;

/** Opens a tooltip (floating-ui's autoUpdate, the window Escape listener) and pins an event. */
async function exercise(page: Page, id: string): Promise<void> {
  await page.mouse.move(0, 0);
  await page.locator(`#${id} .dt-timeline [data-event-id="${datedEvents[0]!.id}"]`).hover();
  await expect(tooltip(page, id)).toBeVisible();
  await page
    .locator(`#${id}`)
    .evaluate((el: DiplomaticTimeline, event) => el.select(event), datedEvents[1]!.id);
}

async function removeAll(page: Page): Promise<{ children: number; vis: number }[]> {
  return page.evaluate(() => {
    const elements = [...document.querySelectorAll('diplomatic-timeline')];
    window.detached = elements.map((el) => [el, el.parentNode!, el.nextSibling]);
    for (const el of elements) el.remove();
    return elements.map((el) => ({
      children: el.shadowRoot!.childElementCount,
      vis: el.shadowRoot!.querySelectorAll('[class*="vis-"]').length,
    }));
  });
}

test('removing the widget destroys its timeline; putting it back draws it again', async ({ page }) => {
  await installTracker(page);
  await openHostPage(page);
  const before = await page.evaluate(() => window.tracker.atDefine);
  expect(before).not.toBeNull();

  for (const id of INSTANCES) await exercise(page, id);
  // The tooltip of the last one is still open, its listeners running, as the widgets go.
  expect(running(await snapshot(page))).not.toEqual(running(before!));
  expect(await removeAll(page)).toEqual(INSTANCES.map(() => ({ children: 0, vis: 0 })));
  await expect(page.locator('[class*="vis-"]')).toHaveCount(0);
  // Pending timeouts and frames run out; nothing else may be left running.
  await expect.poll(async () => running(await snapshot(page))).toEqual(running(before!));

  await page.evaluate(() => {
    for (const [element, parent, next] of window.detached) parent.insertBefore(element, next);
  });
  for (const id of INSTANCES) {
    await waitForReady(page, id, 2);
    await expect(page.locator(`#${id} .dt-timeline [data-event-id]`)).toHaveCount(datedEvents.length);
    await exercise(page, id);
    await expect(page.locator(`#${id} .dt-details .dt-card`)).toHaveAttribute(
      'data-event-id',
      datedEvents[1]!.id,
    );
  }
  await removeAll(page);
  await expect.poll(async () => running(await snapshot(page))).toEqual(running(before!));
});

test('mounting and removing the widget 200 times leaves the heap flat', async ({ page }) => {
  test.setTimeout(120_000);
  await openHostPage(page);
  await page.evaluate(async () => {
    const url = new URL('../events/ankara-talks.json', document.baseURI);
    const doc = (await (await fetch(url)).json()) as { events: { id: string }[]; source: { text: string } };
    const text = await (await fetch(new URL(doc.source.text, url))).text();
    window.mountTimes = async (n) => {
      for (let i = 0; i < n; i++) {
        const el = document.createElement('diplomatic-timeline');
        const ready = new Promise((resolve) =>
          el.addEventListener('timeline-ready', resolve, { once: true }),
        );
        el.sourceText = text;
        el.events = doc;
        document.body.append(el);
        await ready;
        el.select(doc.events[1]!.id);
        await new Promise(requestAnimationFrame);
        el.remove();
      }
    };
  });
  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = (await cdp.send('Runtime.getHeapUsage')) as {
      usedSize: number;
      embedderHeapUsedSize?: number;
    };
    // DOM nodes live in Blink's heap, reported apart from V8's where the browser can.
    return usage.usedSize + (usage.embedderHeapUsedSize ?? 0);
  };
  await page.evaluate(() => window.mountTimes(20));
  const at20 = await heap();
  await page.evaluate(() => window.mountTimes(180));
  const at200 = await heap();
  const growth = (at200 - at20) / 1024 / 1024;
  console.log(`heap growth between mount 20 and mount 200: ${growth.toFixed(2)} MB`);
  expect(growth).toBeLessThan(5);
});
