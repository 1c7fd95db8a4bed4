import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { violations } from './axe.ts';
import { openDemo } from './openDemo.ts';

const timeline = (page: Page) => page.locator('diplomatic-timeline');
const panel = (page: Page) => page.locator('diplomatic-timeline [part="filters"]');
const toggle = (page: Page) => page.locator('diplomatic-timeline [part="filter-toggle"]');
const summary = (page: Page) => page.locator('diplomatic-timeline .dt-summary');
const drawn = (page: Page, id: string) =>
  page.locator(`diplomatic-timeline .dt-timeline [data-event-id="${id}"]`);
const control = (page: Page, name: string, value?: string) =>
  panel(page).locator(
    value === undefined ? `input[name="${name}"]` : `input[name="${name}"][value="${value}"]`,
  );
const findActor = (page: Page) => panel(page).locator('.dt-find-actor');

/** Presses Tab until the control has focus: the way a keyboard reader gets there. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 40; presses++) {
    if (
      await target.evaluate(
        (element) =>
          element.getRootNode() instanceof ShadowRoot &&
          (element.getRootNode() as ShadowRoot).activeElement === element,
      )
    )
      return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the control');
}

async function openPanel(page: Page): Promise<void> {
  await toggle(page).click();
  await expect(control(page, 'status', 'occurred')).toBeFocused();
}

test.describe('the filter panel', () => {
  test('filters by an actor by keyboard alone: the count, the drawing and the list follow @zoneless', async ({
    page,
  }) => {
    await openDemo(page);
    await toggle(page).focus();
    await page.keyboard.press('Enter');
    await expect(control(page, 'status', 'occurred')).toBeFocused();
    // Nineteen actors: a box narrows their list by name.
    await tabTo(page, findActor(page));
    await page.keyboard.type('araghchi');
    await expect(panel(page).locator('.dt-actor-list label:visible')).toHaveCount(1);
    await page.keyboard.press('Tab');
    await expect(control(page, 'actor', 'araghchi')).toBeFocused();
    await page.keyboard.press('Space');
    await expect(timeline(page)).toHaveAttribute('filter-actors', 'araghchi');
    await expect(summary(page)).toHaveText('2 of 14 shown');
    await expect(drawn(page, 'araghchi-cnn-interview')).toBeVisible();
    await expect(drawn(page, 'fidan-hosts-araghchi')).toBeVisible();
    await expect(drawn(page, 'khamenei-tehran-speech')).toHaveCount(0);
    // The panel keeps focus where it was, checked.
    await expect(control(page, 'actor', 'araghchi')).toBeFocused();
    await expect(control(page, 'actor', 'araghchi')).toBeChecked();
    await page.keyboard.press('Escape');
    await expect(toggle(page)).toBeFocused();
    await tabTo(page, page.locator('diplomatic-timeline [part="list-toggle"]'));
    await page.keyboard.press('Enter');
    const cards = page.locator('diplomatic-timeline .dt-list .dt-card');
    await expect(cards).toHaveCount(2);
  });

  test('lists the actors with most events first, named in the interface language @zoneless', async ({
    page,
  }) => {
    await openDemo(page, '/dist/index.html?lang=ar');
    await openPanel(page);
    const actors = panel(page).locator('.dt-actor-list input');
    expect(
      (await actors.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))).slice(
        0,
        2,
      ),
    ).toEqual(['iran', 'us']);
    await expect(panel(page).locator('.dt-actor-list label:has(input[value="araghchi"])')).toContainText(
      'عباس عراقجي',
    );
  });

  test('a date range bounded by the data hides the events outside it, the same days in every time zone', async ({
    page,
  }) => {
    await openDemo(page);
    await openPanel(page);
    await expect(control(page, 'from')).toHaveAttribute('min', '2026-01-30');
    await expect(control(page, 'to')).toHaveAttribute('max', '2026-02-07');
    await control(page, 'from').fill('2026-02-01');
    await control(page, 'to').fill('2026-02-02');
    await expect(timeline(page)).toHaveAttribute('filter-from', '2026-02-01');
    await expect(timeline(page)).toHaveAttribute('filter-to', '2026-02-02');
    // The two events of 1 February, and the Ankara window that begins on the 2nd.
    await expect(summary(page)).toHaveText('3 of 14 shown');
    await expect(drawn(page, 'ankara-meeting-proposed')).toBeVisible();
    await expect(drawn(page, 'larijani-post-on-x')).toHaveCount(0);
  });

  test('the dim option keeps filtered-out events drawn, dimmed @zoneless', async ({ page }) => {
    await openDemo(page);
    await openPanel(page);
    await control(page, 'actor', 'araghchi').check();
    await expect(drawn(page, 'khamenei-tehran-speech')).toHaveCount(0);
    await control(page, 'mode', 'dim').check();
    await expect(timeline(page)).toHaveAttribute('filter-mode', 'dim');
    await expect(drawn(page, 'khamenei-tehran-speech')).toHaveClass(/dt-dimmed/);
    await expect(drawn(page, 'araghchi-cnn-interview')).not.toHaveClass(/dt-dimmed/);
  });

  test('Clear filters clears the actors, lanes, statuses and days @zoneless', async ({ page }) => {
    await openDemo(page);
    await openPanel(page);
    await control(page, 'status', 'occurred').check();
    await control(page, 'lane').first().check();
    await control(page, 'actor', 'trump').check();
    await control(page, 'from').fill('2026-01-31');
    await expect(timeline(page)).toHaveAttribute('filter-from', '2026-01-31');
    await panel(page).getByRole('button', { name: 'Clear filters' }).click();
    await expect(summary(page)).toHaveText('14 events');
    for (const name of ['filter-lanes', 'filter-actors', 'filter-status', 'filter-from', 'filter-to'])
      await expect(timeline(page)).not.toHaveAttribute(name);
    await expect(panel(page).locator('input[type="checkbox"]:checked')).toHaveCount(0);
    await expect(control(page, 'from')).toHaveValue('');
  });

  test('a page’s filter attributes show in the panel @zoneless', async ({ page }) => {
    await openDemo(page);
    await timeline(page).evaluate((element) => {
      element.setAttribute('filter-actors', 'trump,fidan');
      element.setAttribute('filter-to', '2026-01-31');
    });
    await openPanel(page);
    await expect(control(page, 'actor', 'trump')).toBeChecked();
    await expect(control(page, 'actor', 'fidan')).toBeChecked();
    await expect(control(page, 'actor', 'araghchi')).not.toBeChecked();
    await expect(control(page, 'to')).toHaveValue('2026-01-31');
  });

  test('in Arabic the panel is right to left, and filtering by an actor says how many are shown @zoneless', async ({
    page,
  }) => {
    await openDemo(page, '/dist/index.html?lang=ar');
    await openPanel(page);
    expect(await panel(page).evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    await expect(panel(page).locator('legend')).toContainText(['الحالة', 'المسارات', 'الأطراف', 'الأيام']);
    await findActor(page).fill('عراقجي');
    await expect(panel(page).locator('.dt-actor-list label:visible')).toHaveCount(1);
    await control(page, 'actor', 'araghchi').press('Space');
    await expect(summary(page)).toHaveText('يُعرض 2 من 14');
    await panel(page).getByRole('button', { name: 'إلغاء التصفية' }).click();
    await expect(timeline(page)).not.toHaveAttribute('filter-actors');
  });

  test('in Arabic the actor box finds a name typed another way: without its hamza, with ha for ta marbuta, with harakat or tatweel @zoneless', async ({
    page,
  }) => {
    await openDemo(page, '/dist/index.html?lang=ar');
    await openPanel(page);
    const shown = panel(page).locator('.dt-actor-list label:visible');
    for (const [typed, id] of [
      ['اول ايال', 'zamir'],
      ['الولايات المتحده', 'us'],
      ['عَبّاس عراقـــجي', 'araghchi'],
      ['خامنيي', 'khamenei'],
    ] as const) {
      await findActor(page).fill(typed);
      await expect(shown).toHaveCount(1);
      await expect(shown.locator('input')).toHaveValue(id);
    }
  });
});

for (const [lang, url] of [
  ['English', '/dist/index.html'],
  ['Arabic', '/dist/index.html?lang=ar'],
] as const) {
  test(`axe finds no violation with the filter panel open and set, in ${lang} @zoneless`, async ({
    page,
  }) => {
    await openDemo(page, url);
    await openPanel(page);
    await control(page, 'actor', 'trump').check();
    await control(page, 'from').fill('2026-01-31');
    await findActor(page).fill('a');
    await expect(timeline(page)).toHaveAttribute('filter-from', '2026-01-31');
    expect(await violations(page)).toEqual([]);
  });
}

test('a view’s bad values are reported in timeline-error, naming each, and the rest applied @zoneless', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const reports: unknown[] = [];
    (window as { reports?: unknown[] }).reports = reports;
    document.addEventListener('timeline-error', (event) => reports.push((event as CustomEvent).detail));
  });
  await openDemo(
    page,
    '/dist/index.html?selected=no-such-event&start=2026-13-01&end=2026-02-02&filter-status=occured&filter-actors=trump',
  );
  await expect(summary(page)).toHaveText('4 of 14 shown');
  const reports = () =>
    page.evaluate(
      () =>
        (
          window as unknown as {
            reports: { fatal: boolean; problems: { path: string; message: string }[] }[];
          }
        ).reports,
    );
  await expect
    .poll(async () =>
      (await reports()).flatMap((report) => report.problems.map((problem) => problem.path)).sort(),
    )
    .toEqual(['filter-status', 'selected', 'start']);
  const all = await reports();
  expect(all.every((report) => !report.fatal)).toBe(true);
  const messages = all.flatMap((report) => report.problems.map((problem) => problem.message));
  expect(messages).toContainEqual(expect.stringContaining('invalid selected: "no-such-event"'));
  expect(messages).toContainEqual(expect.stringContaining('invalid filter-status: "occured"'));
  await expect(drawn(page, 'trump-air-force-one-remarks')).toBeVisible();
});

test('a page opening on a filtered view narrows the events in turns before drawing them, not in the drawing’s task @zoneless', async ({
  page,
}) => {
  await openDemo(page, '/dist/index.html?filter-actors=trump');
  await expect(summary(page)).toHaveText(/ of 14 shown/);
  const [narrow, draw] = await page.evaluate(() =>
    ['narrow', 'draw'].map((name) => {
      const [measure] = performance.getEntriesByName(`diplomatic-timeline:${name}`);
      return measure && { start: measure.startTime, end: measure.startTime + measure.duration };
    }),
  );
  expect(narrow, 'a narrowing step of its own').toBeDefined();
  expect(narrow!.end).toBeLessThanOrEqual(draw!.start);
});
