import type { Page } from '@playwright/test';

export const DEMO = '/dist/index.html';

/** Opens a page and waits until its timeline has shown its data. */
export async function openDemo(page: Page, url = DEMO): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener(
      'timeline-ready',
      () => ((window as { timelineReady?: boolean }).timelineReady = true),
    );
  });
  await page.goto(url);
  await page.waitForFunction(() => (window as { timelineReady?: boolean }).timelineReady === true);
}
