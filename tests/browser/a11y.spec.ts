import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

async function open(page: Page, url: string): Promise<void> {
  await page.addInitScript(() => {
    const mark = () => ((window as { timelineSettled?: boolean }).timelineSettled = true);
    document.addEventListener('timeline-ready', mark);
    document.addEventListener('timeline-error', mark);
  });
  await page.goto(url);
  await page.waitForFunction(() => (window as { timelineSettled?: boolean }).timelineSettled === true);
}

/** Runs axe-core (WCAG 2.1 A and AA rules) on the page, shadow roots included, and lists what it finds. */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const results = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }>;
        };
      }
    ).axe;
    return axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
  });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

const states: [string, string, (page: Page) => Promise<void>][] = [
  ['the demo page', '/dist/index.html', async () => {}],
  ['the demo page in Arabic', '/dist/index.html?lang=ar', async () => {}],
  ['the embed page', '/dist/embed.html?src=events/ankara-talks.json', async () => {}],
  [
    'an open tooltip',
    '/dist/index.html',
    async (page) => {
      await page.locator('.dt-timeline [data-event-id="trump-air-force-one-remarks"]').hover();
      await expect(page.locator('diplomatic-timeline [role="tooltip"]')).toBeVisible();
    },
  ],
  [
    'the pinned details',
    '/dist/index.html#event=ankara-meeting-proposed',
    async (page) => {
      await expect(page.locator('.dt-details .dt-card')).toBeVisible();
    },
  ],
  [
    'the list view',
    '/dist/index.html',
    async (page) => {
      await page.locator('diplomatic-timeline [part="list-toggle"]').click();
      await expect(page.locator('.dt-list .dt-card').first()).toBeVisible();
    },
  ],
  [
    'the error state',
    '/dist/embed.html?src=events/missing.json',
    async (page) => {
      await expect(page.locator('.dt-notice')).toBeVisible();
    },
  ],
];

for (const [name, url, prepare] of states) {
  test(`axe finds no WCAG 2.1 AA violation on ${name}`, async ({ page }) => {
    await open(page, url);
    await prepare(page);
    expect(await violations(page)).toEqual([]);
  });

  test(`axe finds no WCAG 2.1 AA violation on ${name}, dark theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await open(page, url);
    await prepare(page);
    expect(await violations(page)).toEqual([]);
  });
}
