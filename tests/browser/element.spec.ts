/**
 * The element as a whole: what it shows is final once it says it is ready, and every string it
 * shows follows its `lang`, the error state's included.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { DEMO } from './openDemo.ts';
import { waitForOutcome, widgetUrl } from './pages/widgetPage.ts';

declare global {
  interface Window {
    /** What changed in the drawing in the second after `timeline-ready`. */
    drawingChanges?: string[];
  }
}

const SETUPS = [
  { name: 'in English', url: DEMO, width: 1280 },
  { name: 'in Arabic', url: `${DEMO}?lang=ar`, width: 1280 },
  { name: 'on a 360-pixel phone', url: DEMO, width: 360 },
];

for (const { name, url, width } of SETUPS) {
  test(
    `after timeline-ready, nothing in the article's drawing changes until the reader acts (${name})`,
    { tag: '@zoneless' },
    async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.addInitScript(() => {
        document.addEventListener('timeline-ready', (event) => {
          // The whole drawing, vis-timeline's own elements with ours: a late redraw rewrites the
          // axis and every box, a deferred pass our items' attributes.
          const drawing = (event.target as HTMLElement).shadowRoot!.querySelector('.dt-timeline')!;
          const changes: string[] = [];
          const observer = new MutationObserver((records) => {
            for (const record of records) {
              const target = record.target instanceof Element ? record.target : record.target.parentElement;
              changes.push(`${record.type} ${record.attributeName ?? ''} of ${target?.className ?? '?'}`);
            }
          });
          observer.observe(drawing, {
            subtree: true,
            childList: true,
            attributes: true,
            characterData: true,
          });
          setTimeout(() => {
            observer.disconnect();
            window.drawingChanges = changes;
          }, 1000);
        });
      });
      await page.goto(url);
      await page.waitForFunction(() => window.drawingChanges !== undefined, undefined, { timeout: 10_000 });
      // Drawn at all: otherwise an empty drawing would pass.
      expect(await page.locator('diplomatic-timeline .dt-timeline [data-event-id]').count()).toBeGreaterThan(
        0,
      );
      expect(await page.evaluate(() => window.drawingChanges)).toEqual([]);
    },
  );
}

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

test('a page changing the height redraws the drawing at it, and leaves the frame and the focus in it alone', async ({
  page,
}) => {
  await page.goto(widgetUrl({ src: '/events/ankara-talks.json' }));
  await waitForOutcome(page);
  const search = page.locator('#widget [part="search"]');
  await search.focus();
  // The same node afterwards, not a new frame's: a mark only the old one carries.
  await search.evaluate((input) => (input.dataset.before = 'yes'));
  await page.locator('#widget').evaluate((widget) => widget.setAttribute('height', '300px'));
  await expect(page.locator('#widget [part="timeline"]')).toHaveCSS('height', '300px');
  await expect(search).toHaveAttribute('data-before', 'yes');
  await expect(search).toBeFocused();
});

test('a new lang or height during a load keeps saying it is loading, in the new language', async ({
  page,
}) => {
  // The document is held back until the attributes have changed.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/events/ankara-talks.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(widgetUrl({ src: '/events/ankara-talks.json' }));
  const summary = page.locator('#widget .dt-summary');
  await expect(summary).toHaveText('Loading events…');
  const widget = page.locator('#widget');
  await widget.evaluate((element) => element.setAttribute('lang', 'ar'));
  await expect(summary).toHaveText('جارٍ تحميل الأحداث…');
  await widget.evaluate((element) => element.setAttribute('height', '300px'));
  await expect(summary).toHaveText('جارٍ تحميل الأحداث…');
  release();
  await waitForOutcome(page);
  await expect(summary).not.toHaveText('جارٍ تحميل الأحداث…');
  await expect(summary).toContainText('14');
});

/** Where the widget's User Timing measures of a load begin and end, by name, once these are taken. */
const measures = async (page: Page, ...awaited: string[]) => {
  await page.waitForFunction(
    (names) => names.every((name) => performance.getEntriesByName(`diplomatic-timeline:${name}`).length > 0),
    awaited,
  );
  return page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('measure')
        .filter(({ name }) => name.startsWith('diplomatic-timeline:'))
        .map(({ name, startTime, duration }) => [
          name.slice('diplomatic-timeline:'.length),
          { start: startTime, end: startTime + duration },
        ]),
    ),
  );
};

test('the search index waits for the drawing to be final, unless the reader is searching', async ({
  page,
}) => {
  await page.goto(widgetUrl({ src: '/events/ankara-talks.json' }));
  const idle = await measures(page, 'search-index', 'settle');
  expect(idle['search-index']!.start).toBeGreaterThanOrEqual(idle.settle!.end);

  // A query given with the data is searched as soon as it can be: its index does not wait.
  await page.goto(widgetUrl({ src: '/events/ankara-talks.json', search: 'Witkoff' }));
  await expect(page.locator('#widget .dt-search-count')).toContainText(/\d/);
  const searching = await measures(page, 'search-index', 'settle');
  expect(searching['search-index']!.start).toBeLessThan(searching.settle!.end);
});
