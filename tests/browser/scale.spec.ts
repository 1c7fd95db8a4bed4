/**
 * A timeline of thousands of events is drawn as a few hundred marks, dense stretches as
 * clusters with their counts; yet every event stays reachable: by zooming into a cluster,
 * by the keyboard (which zooms until the event it moves to is drawn on its own) and
 * through the list view, a page at a time.
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { generateDocument } from '../../bench/generate.ts';
import { waitForOutcome, widgetUrl } from './pages/widgetPage.ts';

const COUNT = 2_000;
/** The benchmark's generator: seeded, so every run draws the same document. */
const { document: doc, sourceText } = generateDocument(COUNT, 20260207);
const DOC_PATH = '/scale/generated.json';
const datedIds = doc.events.filter((event) => event.time.start !== undefined).map((event) => event.id);

async function open(page: Page, attributes: Record<string, string> = {}): Promise<void> {
  // Zooming jumps straight to its window: what is drawn can be read right after a click.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.route(`**${DOC_PATH}`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(doc) }),
  );
  await page.route(`**/scale/${doc.source.text}`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: sourceText }),
  );
  await page.goto(widgetUrl({ src: DOC_PATH, 'max-bytes': 64 * 1024 * 1024, ...attributes }));
  const outcome = await waitForOutcome(page);
  expect(outcome.filter((event) => event.type === 'timeline-error')).toEqual([]);
  expect(outcome.find((event) => event.type === 'timeline-ready')?.count).toBe(COUNT);
}

interface Drawing {
  /** Events drawn one by one on the axis. */
  ids: string[];
  /** The count of each cluster mark. */
  clusters: number[];
  /** The centre of the largest cluster inside the visible window, in viewport pixels. */
  largest?: { x: number; y: number; count: number };
}

function drawing(page: Page): Promise<Drawing> {
  return page.evaluate(() => {
    const root = document.querySelector('#widget')!.shadowRoot!;
    const panel = root.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
    const ids = [...root.querySelectorAll<HTMLElement>('.dt-timeline [data-event-id]')].map(
      (element) => element.dataset.eventId!,
    );
    let largest: Drawing['largest'];
    const clusters: number[] = [];
    for (const element of root.querySelectorAll<HTMLElement>('.dt-timeline [data-cluster]')) {
      const count = Number(element.dataset.cluster);
      clusters.push(count);
      // The part of the mark inside the visible window (a range may reach past its edges).
      const box = element.closest('.vis-item')!.getBoundingClientRect();
      const left = Math.max(box.left, panel.left);
      const right = Math.min(box.right, panel.right);
      if (right - left < 8 || (largest && largest.count >= count)) continue;
      largest = { x: (left + right) / 2, y: box.top + box.height / 2, count };
    }
    return { ids, clusters, ...(largest ? { largest } : {}) };
  });
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

test('thousands of events are drawn as a few hundred marks, each dated event drawn or counted', async ({
  page,
}) => {
  await open(page);
  const { ids, clusters } = await drawing(page);
  expect(clusters.length, 'dense stretches are clustered').toBeGreaterThan(0);
  expect(ids.length + clusters.length).toBeLessThan(400);
  expect(new Set(ids).size, 'no event drawn twice').toBe(ids.length);
  expect(ids.filter((id) => !datedIds.includes(id))).toEqual([]);
  expect(ids.length + sum(clusters), 'dated events drawn or clustered').toBe(datedIds.length);
  await expect(page.locator('#widget [part="legend"] li', { hasText: 'click to zoom in' })).toBeVisible();
});

test('narrower or wider, the marks are counted again: each dated event still drawn or counted', async ({
  page,
}) => {
  await open(page);
  const counted = async () => {
    const { ids, clusters } = await drawing(page);
    return ids.length + sum(clusters);
  };
  for (const width of [1000, 1100, 1280]) {
    await page.setViewportSize({ width, height: 720 });
    await expect.poll(counted, `at ${width} pixels`).toBe(datedIds.length);
    // Drawn again for the same window, the marks must not keep counts made for the old width.
    await page.getByRole('button', { name: 'Fit all' }).click();
    await expect.poll(counted, `at ${width} pixels, after "Fit all"`).toBe(datedIds.length);
  }
});

for (const [lang, width] of [
  ['en', 1280],
  ['en', 390],
  ['ar', 1280],
  ['ar', 390],
] as const) {
  test(
    `no words are shown cut by an edge: axis labels, the dateline's label, counts (${lang}, ${width} pixels)`,
    { tag: '@layout' },
    async ({ page }) => {
      await page.setViewportSize({ width, height: 720 });
      await open(page, { lang });
      // The words shown that reach past the drawing, or (a count) past its own bar.
      const cut = () =>
        page.evaluate(() => {
          const root = document.querySelector('#widget')!.shadowRoot!;
          const panel = root.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
          const parts = root.querySelectorAll<HTMLElement>(
            '.vis-time-axis .vis-text.vis-minor, .dt-dateline-label, .dt-cluster-content',
          );
          return [...parts]
            .filter((part) => {
              const style = getComputedStyle(part);
              if (style.visibility === 'hidden' || style.opacity === '0' || !part.textContent!.trim())
                return false;
              const words = document.createRange();
              words.selectNodeContents(part);
              const box = words.getBoundingClientRect();
              const bar = part.matches('.dt-cluster-content')
                ? part.closest('.vis-item')!.getBoundingClientRect()
                : panel;
              const left = Math.max(panel.left, bar.left) - 0.5;
              const right = Math.min(panel.right, bar.right) + 0.5;
              return box.left < left || box.right > right;
            })
            .map((part) => part.textContent!.trim());
        });
      const label = page.locator('#widget .dt-dateline-label');
      await expect.poll(cut).toEqual([]);
      // At first the window shows every day, the dateline's too: its label is read whole.
      await expect(label).toBeVisible();
      expect(await label.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
      // Hidden only while cut: counts are shown.
      const shown = () =>
        page
          .locator('#widget .dt-cluster-content')
          .evaluateAll((counts) => counts.filter((count) => getComputedStyle(count).opacity === '1').length);
      expect(await shown()).toBeGreaterThan(0);
      // Dragged each way by the axis (a press on a count could be taken for a click, which zooms
      // into it), words come near the edges; the shown ones stay whole.
      const axis = (await page.locator('#widget .vis-panel.vis-top').boundingBox())!;
      const [x, y] = [axis.x + axis.width / 2, axis.y + axis.height / 2];
      for (const shift of [-40, 75, -130, 210, -20]) {
        await page.mouse.move(x, y);
        await page.mouse.down();
        await page.mouse.move(x + shift, y, { steps: 4 });
        await page.mouse.up();
        await expect.poll(cut).toEqual([]);
      }
      expect(await shown()).toBeGreaterThan(0);
    },
  );
}

test('the legend explains counted marks only where there can be some', async ({ page }) => {
  await page.goto(widgetUrl({ src: '/events/ankara-talks.json' }));
  await waitForOutcome(page);
  await expect(page.locator('#widget [part="legend"] li').first()).toBeVisible();
  await expect(page.locator('#widget [part="legend"] li', { hasText: 'click to zoom in' })).toBeHidden();
});

test('a click on a cluster zooms into it, until its events are drawn one by one', async ({ page }) => {
  await open(page);
  // Hovered, a count says what it is and what a click does.
  const count = page.locator('#widget .dt-cluster-content').first();
  const n = Number(await count.getAttribute('data-cluster'));
  await expect(count).toHaveAttribute('title', `${n.toLocaleString('en')} events; zoom in to see them`);
  let current = await drawing(page);
  const first = current.ids.length;
  let clicks = 0;
  while (current.largest) {
    expect(clicks, 'a few clicks open any cluster').toBeLessThan(6);
    const before = current;
    await page.mouse.click(current.largest.x, current.largest.y);
    clicks += 1;
    await expect.poll(async () => (current = await drawing(page))).not.toEqual(before);
    // Zooming in splits the cluster: nothing in view is larger than what was clicked.
    expect(current.largest?.count ?? 0).toBeLessThanOrEqual(before.largest!.count);
  }
  expect(clicks).toBeGreaterThan(0);
  expect(current.ids.length, 'the zoomed-in window draws events one by one').toBeGreaterThan(first);
});

test('the keyboard reaches events inside clusters: each one it moves to is drawn on its own', async ({
  page,
}) => {
  await open(page);
  const initially = new Set((await drawing(page)).ids);
  const hidden = new Set(datedIds.filter((id) => !initially.has(id)));
  expect(hidden.size, 'most events start inside clusters').toBeGreaterThan(COUNT / 2);

  const active = () =>
    page
      .locator('#widget')
      .evaluate((element) =>
        element.shadowRoot!.querySelector('.dt-timeline')!.getAttribute('aria-activedescendant'),
      );
  await page.locator('#widget .dt-timeline').focus();
  await page.keyboard.press('Home');
  const reached: string[] = [];
  for (let step = 0; step < 6; step++) {
    await expect.poll(active).toMatch(/^dt-opt-/);
    const id = (await active())!.slice('dt-opt-'.length);
    await expect(page.locator(`#widget .dt-timeline [data-event-id="${id}"]`)).toBeVisible();
    reached.push(id);
    await page.keyboard.press('ArrowRight');
  }
  expect(new Set(reached).size, 'each press moves to another event').toBe(reached.length);
  expect(
    reached.some((id) => hidden.has(id)),
    'at least one started inside a cluster',
  ).toBe(true);
});

test('select() brings an event out of its cluster', async ({ page }) => {
  await open(page);
  const initially = new Set((await drawing(page)).ids);
  // One from the middle of the story, deep inside a cluster at the first zoom.
  const id = datedIds.slice(datedIds.length / 2).find((candidate) => !initially.has(candidate))!;
  await page
    .locator('#widget')
    .evaluate(
      (element, target) => (element as HTMLElementTagNameMap['diplomatic-timeline']).select(target),
      id,
    );
  await expect(page.locator(`#widget .dt-timeline [data-event-id="${id}"]`)).toBeVisible();
});

test('the list view pages through every event, dated ones in time order, then the undated', async ({
  page,
}) => {
  await open(page);
  const undatedChips = page.locator('#widget [part="undated"]');
  await expect(undatedChips).toBeVisible();
  await page.locator('#widget [part="list-toggle"]').click();
  // The list ends with the undated events: the chips above it would say the same twice.
  await expect(undatedChips).toBeHidden();
  const list = page.locator('#widget [part="list"]');
  await expect(list.locator('nav').first()).toContainText(`Events 1–100 of ${COUNT.toLocaleString('en')}`);
  const seen: string[] = [];
  for (let pageNumber = 1; ; pageNumber++) {
    expect(pageNumber, 'at most 20 pages of 100').toBeLessThanOrEqual(20);
    const first = seen.length + 1;
    await expect(list.locator('nav').first()).toContainText(`Events ${first.toLocaleString('en')}–`);
    seen.push(
      ...(await list
        .locator('.dt-card')
        .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-event-id')!))),
    );
    const next = list.locator('nav').first().getByRole('button', { name: 'Next' });
    if (await next.isDisabled()) break;
    await next.click();
  }
  expect(seen).toHaveLength(COUNT);
  expect(new Set(seen).size).toBe(COUNT);
  // The generator writes events in time order, undated ones mixed in; the list puts the undated last.
  const undated = doc.events.filter((event) => event.time.start === undefined).map((event) => event.id);
  expect(seen.slice(datedIds.length).sort()).toEqual([...undated].sort());
  await page.locator('#widget [part="list-toggle"]').click();
  await expect(undatedChips).toBeVisible();
});

test("a long article's text comes when its box nears the screen, or an event is selected, in a box as tall as it will be", async ({
  page,
}) => {
  expect(sourceText.length, 'laid out when it nears the screen, not with the drawing').toBeGreaterThan(
    20_000,
  );
  await page.setViewportSize({ width: 1280, height: 600 });
  await open(page);
  const box = page.locator('#widget .dt-article-text');
  const paragraphs = box.locator('p');
  // Below the drawing, out of sight: an empty box, as tall as the text's will be.
  const before = (await box.boundingBox())!;
  expect(before.y, 'the article starts out of sight').toBeGreaterThan(600 * 2);
  await expect(paragraphs).toHaveCount(0);
  await box.scrollIntoViewIfNeeded();
  await expect(paragraphs.first()).toBeVisible();
  expect((await box.boundingBox())!.height, 'nothing moves when the text comes').toBeCloseTo(
    before.height,
    0,
  );

  // Selected before it was scrolled to, an event's quote is marked in the text.
  await page.reload();
  await page.setViewportSize({ width: 1280, height: 600 });
  await open(page);
  await expect(paragraphs).toHaveCount(0);
  const quoted = doc.events.find((event) => event.time.start !== undefined && event.quotes.length > 0)!;
  await page
    .locator('#widget')
    .evaluate(
      (element, id) => (element as HTMLElementTagNameMap['diplomatic-timeline']).select(id),
      quoted.id,
    );
  await expect(box.locator('mark.dt-current').first()).toHaveText(quoted.quotes[0]!.text);
});
