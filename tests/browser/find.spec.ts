import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { violations } from './axe.ts';
import { openDemo } from './openDemo.ts';

const timeline = (page: Page) => page.locator('diplomatic-timeline');
const field = (page: Page) => page.locator('diplomatic-timeline [part="search"]');
const count = (page: Page) => page.locator('diplomatic-timeline [part="search-results"] [role="status"]');
const summary = (page: Page) => page.locator('diplomatic-timeline .dt-summary');
const drawn = (page: Page, id: string) =>
  page.locator(`diplomatic-timeline .dt-timeline [data-event-id="${id}"]`);
const tooltipId = (page: Page) =>
  page.locator('diplomatic-timeline [role="tooltip"] .dt-card').getAttribute('data-event-id');
const setAttributes = (page: Page, attributes: Record<string, string>) =>
  timeline(page).evaluate((element, given) => {
    for (const [name, value] of Object.entries(given)) element.setAttribute(name, value);
  }, attributes);

/** The demo's events that mention Khamenei: in a title, a quote or its translation. */
const KHAMENEI = ['qatar-pm-meets-larijani', 'khamenei-tehran-speech', 'us-unsure-of-khamenei-mandate'];

test.describe('search', () => {
  for (const [query, url] of [
    ['خامنئي', '/dist/index.html?lang=ar'],
    ['الخامنئي', '/dist/index.html?lang=ar'],
    ['khamenei', '/dist/index.html'],
    ['KHAMENEÏ', '/dist/index.html'],
  ] as const) {
    test(`typing «${query}» finds every event that mentions Khamenei, in time order @zoneless`, async ({
      page,
    }) => {
      await openDemo(page, url);
      await field(page).fill(query);
      await expect(count(page)).toHaveText(url.includes('ar') ? '3 نتائج' : '3 matches');
      expect(
        await timeline(page).evaluate((el) => (el as unknown as { searchMatches: string[] }).searchMatches),
      ).toEqual(KHAMENEI);
      await expect(drawn(page, 'khamenei-tehran-speech')).toHaveClass(/dt-match/);
      await expect(drawn(page, 'araghchi-cnn-interview')).not.toHaveClass(/dt-match/);
      // The attribute reflects the field: a page can read the query back.
      await expect(timeline(page)).toHaveAttribute('search', query);
    });
  }

  test('the search attribute opens the timeline on its matches and fires timeline-search @zoneless', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      document.addEventListener('timeline-search', (event) => {
        (window as { searched?: unknown }).searched = (event as CustomEvent).detail;
      });
    });
    await openDemo(page);
    await setAttributes(page, { search: 'larijani' });
    await expect(field(page)).toHaveValue('larijani');
    const detail = await page.waitForFunction(() => (window as { searched?: unknown }).searched);
    const { query, ids } = (await detail.jsonValue()) as { query: string; ids: string[] };
    expect(query).toBe('larijani');
    expect(ids).toContain('larijani-post-on-x');
    expect(ids).not.toContain('khamenei-tehran-speech');
  });

  test('Enter and Shift+Enter walk the matches in time order, each brought into view and made active @zoneless', async ({
    page,
  }) => {
    await openDemo(page);
    await field(page).fill('khamenei');
    await expect(count(page)).toHaveText('3 matches');
    await field(page).press('Enter');
    await expect.poll(() => tooltipId(page)).toBe('qatar-pm-meets-larijani');
    await expect(drawn(page, 'qatar-pm-meets-larijani')).toHaveClass(/dt-active/);
    await expect(page.locator('diplomatic-timeline [aria-live="polite"]').last()).toContainText(
      'Match 1 of 3',
    );
    await field(page).press('Enter');
    await expect.poll(() => tooltipId(page)).toBe('khamenei-tehran-speech');
    await expect(drawn(page, 'khamenei-tehran-speech')).toHaveClass(/dt-active/);
    await field(page).press('Shift+Enter');
    await expect.poll(() => tooltipId(page)).toBe('qatar-pm-meets-larijani');
    // Focus stays in the field, so that the next Enter walks on.
    await expect(field(page)).toBeFocused();
  });

  test('a listed match brings its event into view and focuses the timeline on it @zoneless', async ({
    page,
  }) => {
    await openDemo(page);
    await field(page).fill('khamenei');
    await page
      .locator('diplomatic-timeline [part="search-results"] button', { hasText: 'regional war' })
      .click();
    await expect(page.locator('diplomatic-timeline .dt-timeline')).toBeFocused();
    await expect(drawn(page, 'khamenei-tehran-speech')).toHaveClass(/dt-active/);
  });

  test('hide-search removes the field from the toolbar @zoneless', async ({ page }) => {
    await openDemo(page);
    await expect(field(page)).toBeVisible();
    await setAttributes(page, { 'hide-search': '' });
    await expect(field(page)).toBeHidden();
  });
});

test.describe('filters', () => {
  test('filter-status="occurred" hides the proposed Ankara meeting and says how many are shown @zoneless', async ({
    page,
  }) => {
    await openDemo(page);
    await expect(drawn(page, 'ankara-meeting-proposed')).toBeVisible();
    await expect(summary(page)).toHaveText('14 events');
    await setAttributes(page, { 'filter-status': 'occurred' });
    // Eight dated events that occurred, and two undated: one occurred, one ongoing.
    await expect(summary(page)).toHaveText('10 of 14 shown');
    await expect(drawn(page, 'ankara-meeting-proposed')).toHaveCount(0);
    await expect(drawn(page, 'khamenei-tehran-speech')).toBeVisible();
  });

  test('filter-from and filter-to keep the events of those days, the same days in every time zone', async ({
    page,
  }) => {
    await openDemo(page);
    await setAttributes(page, { 'filter-from': '2026-02-01', 'filter-to': '2026-02-01' });
    await expect(summary(page)).toHaveText('2 of 14 shown');
    await expect(drawn(page, 'khamenei-tehran-speech')).toBeVisible();
    await expect(drawn(page, 'araghchi-cnn-interview')).toBeVisible();
    await expect(drawn(page, 'larijani-post-on-x')).toHaveCount(0);
  });

  test('the count says how many are shown in Arabic too @zoneless', async ({ page }) => {
    await openDemo(page, '/dist/index.html?lang=ar');
    await setAttributes(page, { 'filter-status': 'occurred' });
    await expect(summary(page)).toHaveText('يُعرض 10 من 14');
  });

  test('filter-mode="dim" keeps filtered-out events drawn, dimmed and out of the keyboard order @zoneless', async ({
    page,
  }) => {
    await openDemo(page);
    await setAttributes(page, { 'filter-status': 'occurred', 'filter-mode': 'dim' });
    await expect(drawn(page, 'ankara-meeting-proposed')).toHaveClass(/dt-dimmed/);
    await expect(drawn(page, 'khamenei-tehran-speech')).not.toHaveClass(/dt-dimmed/);
    await page.locator('diplomatic-timeline .dt-timeline').focus();
    await page.keyboard.press('End');
    // The Ankara window is the latest event drawn, but dimmed: End stops at the last one shown.
    await expect.poll(() => tooltipId(page)).toBe('khamenei-tehran-speech');
  });

  test('the list view follows the same filter @zoneless', async ({ page }) => {
    await openDemo(page);
    await setAttributes(page, { 'filter-status': 'planned' });
    await page.locator('diplomatic-timeline [part="list-toggle"]').click();
    const cards = page.locator('diplomatic-timeline .dt-list .dt-card');
    await expect(cards).toHaveCount(1);
    await expect(cards.first()).toHaveAttribute('data-event-id', 'ankara-meeting-proposed');
  });

  test('a bad filter value is reported in timeline-error, naming its attribute, and the others still apply @zoneless', async ({
    page,
  }) => {
    await openDemo(page);
    const reported = timeline(page).evaluate(
      (element) =>
        new Promise<{ fatal: boolean; problems: { path: string; message: string }[] }>((resolve) =>
          element.addEventListener('timeline-error', (event) => resolve((event as CustomEvent).detail), {
            once: true,
          }),
        ),
    );
    await setAttributes(page, { 'filter-status': 'occured', 'filter-lanes': 'iran' });
    const detail = await reported;
    expect(detail.fatal).toBe(false);
    expect(detail.problems).toHaveLength(1);
    expect(detail.problems[0]!.path).toBe('filter-status');
    expect(detail.problems[0]!.message).toContain('invalid filter-status: "occured"');
    await expect(drawn(page, 'khamenei-tehran-speech')).toBeVisible();
    await expect(drawn(page, 'ankara-meeting-proposed')).toHaveCount(0);
  });

  test('the filter panel works by keyboard alone, and Escape closes it back to its button @zoneless', async ({
    page,
  }) => {
    await openDemo(page);
    const toggle = page.locator('diplomatic-timeline [part="filter-toggle"]');
    await toggle.focus();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const occurred = page.locator('diplomatic-timeline [part="filters"] input[value="occurred"]');
    await expect(occurred).toBeFocused();
    await page.keyboard.press('Space');
    await expect(summary(page)).toHaveText('10 of 14 shown');
    await expect(timeline(page)).toHaveAttribute('filter-status', 'occurred');
    // Drawn again with the filter, the panel keeps focus where it was.
    await expect(occurred).toBeFocused();
    await expect(occurred).toBeChecked();
    await page.keyboard.press('Escape');
    await expect(page.locator('diplomatic-timeline [part="filters"]')).toBeHidden();
    await expect(toggle).toBeFocused();
  });

  test('the filters property writes the filter attributes @zoneless', async ({ page }) => {
    await openDemo(page);
    await timeline(page).evaluate((element) => {
      (element as unknown as { filters: object }).filters = { lanes: ['mediators'], status: ['planned'] };
    });
    await expect(timeline(page)).toHaveAttribute('filter-lanes', 'mediators');
    await expect(summary(page)).toHaveText('1 of 14 shown');
  });
});

for (const [lang, url] of [
  ['English', '/dist/index.html'],
  ['Arabic', '/dist/index.html?lang=ar'],
] as const) {
  test(`axe finds no violation with the search results and the filter panel open, in ${lang} @zoneless`, async ({
    page,
  }) => {
    await openDemo(page, url);
    await field(page).fill(lang === 'Arabic' ? 'خامنئي' : 'khamenei');
    await expect(count(page)).not.toBeEmpty();
    await field(page).press('Enter');
    await page.locator('diplomatic-timeline [part="filter-toggle"]').click();
    await page.locator('diplomatic-timeline [part="filters"] input[value="occurred"]').check();
    await setAttributes(page, { 'filter-mode': 'dim' });
    await expect(drawn(page, 'ankara-meeting-proposed')).toHaveClass(/dt-dimmed/);
    await expect(page.locator('diplomatic-timeline [part="filters"]')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
}
