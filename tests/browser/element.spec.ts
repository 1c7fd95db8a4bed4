/**
 * The element as a whole: what it shows is final once it says it is ready, and every string it
 * shows follows its `lang`, the error state's included.
 */
import { expect, test } from '@playwright/test';
import { DEMO } from './openDemo.ts';
import { widgetUrl } from './pages/widgetPage.ts';

declare global {
  interface Window {
    /** What changed in the drawing's items in the second after `timeline-ready`. */
    itemChanges?: string[];
  }
}

test('after timeline-ready, no item of the drawing changes until the reader acts', async ({ page }) => {
  await page.addInitScript(() => {
    document.addEventListener('timeline-ready', (event) => {
      const drawing = (event.target as HTMLElement).shadowRoot!.querySelector('.dt-timeline')!;
      const items = () => [...drawing.querySelectorAll<HTMLElement>('[data-event-id]')];
      const atReady = new Set(items());
      const changes: string[] = [];
      // An item: the element we build for an event, and everything in it. (vis-timeline may move
      // an item's box within its own layers; the item itself must not change.)
      const observer = new MutationObserver((records) => {
        for (const record of records) {
          const target = record.target instanceof Element ? record.target : record.target.parentElement;
          const item = target?.closest<HTMLElement>('[data-event-id]');
          if (item) changes.push(`${record.type} ${record.attributeName ?? ''} of ${item.dataset.eventId}`);
        }
      });
      observer.observe(drawing, { subtree: true, childList: true, attributes: true, characterData: true });
      setTimeout(() => {
        observer.disconnect();
        for (const item of items())
          if (!atReady.has(item)) changes.push(`built again: ${item.dataset.eventId}`);
        window.itemChanges = changes;
      }, 1000);
    });
  });
  await page.goto(DEMO);
  await page.waitForFunction(() => window.itemChanges !== undefined, undefined, { timeout: 10_000 });
  // Drawn at all: otherwise an empty drawing would pass.
  expect(await page.locator('diplomatic-timeline .dt-timeline [data-event-id]').count()).toBeGreaterThan(0);
  expect(await page.evaluate(() => window.itemChanges)).toEqual([]);
});

test('a change of lang after an error shows the error state in the new language', async ({ page }) => {
  await page.goto(widgetUrl({ src: '/tests/fixtures/hostile/no-such-document.json' }));
  const heading = page.locator('#widget .dt-notice.dt-fatal > p');
  await expect(heading).toHaveText('The events could not be shown.');
  await page.locator('#widget').evaluate((widget) => widget.setAttribute('lang', 'ar'));
  await expect(heading).toHaveText('تعذّر عرض الأحداث.');
  await expect(page.locator('#widget [part="base"]')).toHaveAttribute('dir', 'rtl');
  await page.locator('#widget').evaluate((widget) => widget.setAttribute('lang', 'en'));
  await expect(heading).toHaveText('The events could not be shown.');
});
