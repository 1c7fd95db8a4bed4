import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { violations } from './axe.ts';

async function open(page: Page, url: string): Promise<void> {
  await page.addInitScript(() => {
    const mark = () => ((window as { timelineSettled?: boolean }).timelineSettled = true);
    document.addEventListener('timeline-ready', mark);
    document.addEventListener('timeline-error', mark);
  });
  await page.goto(url);
  await page.waitForFunction(() => (window as { timelineSettled?: boolean }).timelineSettled === true);
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
