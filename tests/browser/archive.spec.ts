/**
 * An archive: the timeline is drawn from its index alone, and each part (an ordinary events
 * document with its own source text) is fetched only when one of its events is shown in words,
 * checked in full and against the index. What fails its checks is not shown, and says why.
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { generateArchive } from '../../bench/generate.ts';
import type { ArchiveJson } from '../../src/archive/archive.ts';
import type { EventsDocumentJson, TimelineEventJson } from '../../src/types.ts';
import { noticeLines, waitForOutcome, widget, widgetEvents, widgetUrl } from './pages/widgetPage.ts';

const COUNT = 2_000;
const PER_PART = 500;
const ROOT = '/archive-test';

interface Serve {
  /** Changes the archive before it is served. */
  alterArchive?: (archive: ArchiveJson) => void;
  /** Events the page must report when ready. */
  count?: number;
  /** Changes a part's document before it is served. */
  alter?: (href: string, document: EventsDocumentJson) => void;
  /** Parts are answered this many milliseconds late. */
  delayMs?: number;
  /** Parts answered with 404. */
  missing?: string[];
}

/** Opens a generated archive, served from memory; returns the part addresses the page asks for, as it asks. */
async function open(
  page: Page,
  serve: Serve = {},
  attributes: Record<string, string> = {},
): Promise<string[]> {
  const { archive, parts } = generateArchive(COUNT, 20260207, PER_PART);
  const fetched: string[] = [];
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.route(`**${ROOT}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname.slice(ROOT.length + 1);
    if (path === 'archive.json') {
      serve.alterArchive?.(archive);
      return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(archive) });
    }
    const part = parts.find((candidate) => candidate.href === path);
    if (part) {
      fetched.push(path);
      if (serve.delayMs) await new Promise((resolve) => setTimeout(resolve, serve.delayMs));
      if (serve.missing?.includes(path)) return route.fulfill({ status: 404, body: 'not found' });
      const document = structuredClone(part.document);
      serve.alter?.(path, document);
      return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(document) });
    }
    const text = parts.find((candidate) => path === `parts/${candidate.document.source.text}`);
    if (text)
      return route.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: text.sourceText });
    return route.fulfill({ status: 404, body: 'not found' });
  });
  await page.goto(widgetUrl({ src: `${ROOT}/archive.json`, 'max-bytes': 16 * 1024 * 1024, ...attributes }));
  const outcome = await waitForOutcome(page);
  expect(outcome.find((event) => event.type === 'timeline-ready')?.count).toBe(serve.count ?? COUNT);
  return fetched;
}

const generated = generateArchive(COUNT, 20260207, PER_PART);
/** Every event of the archive, with the position and address of its part. */
const placed = generated.parts.flatMap((part, i) =>
  part.document.events.map((event) => ({ event, part: i, href: part.href })),
);
const partOf = new Map(placed.map(({ event, href }) => [event.id, href]));
/** The first event of a part that passes `test`. */
const inPart = (part: number, test: (event: TimelineEventJson) => boolean = () => true) =>
  placed.find((candidate) => candidate.part === part && test(candidate.event))!.event;
const eventById = new Map(
  generated.parts.flatMap((part) => part.document.events.map((event) => [event.id, event])),
);

/** Waits until the notice holds one problem, matching `line`. */
async function expectOneNotice(page: Page, line: RegExp): Promise<void> {
  await expect.poll(() => noticeLines(page)).toEqual([expect.stringMatching(line)]);
}

/** Selects an event by the element's own method, as a page would. */
async function select(page: Page, id: string): Promise<void> {
  await widget(page).evaluate(
    (element, selected) => (element as HTMLElement & { select(id: string): void }).select(selected),
    id,
  );
}

/** The events drawn one by one, with what they show: their title, or a placeholder. */
function drawn(page: Page): Promise<{ id: string; text: string; pending: boolean; rejected: boolean }[]> {
  return page.evaluate(() =>
    [
      ...document
        .querySelector('#widget')!
        .shadowRoot!.querySelectorAll<HTMLElement>('.dt-timeline [data-event-id]'),
    ].map((element) => ({
      id: element.dataset.eventId!,
      text: element.textContent!,
      pending: element.classList.contains('dt-pending'),
      rejected: element.classList.contains('dt-rejected'),
    })),
  );
}

/** Clicks the largest cluster in view until events are drawn one by one (or `times` clicks). */
async function zoomIntoClusters(page: Page, times = 6): Promise<void> {
  for (let i = 0; i < times; i++) {
    const target = await page.evaluate(() => {
      const root = document.querySelector('#widget')!.shadowRoot!;
      const panel = root.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
      let best: { x: number; y: number; count: number } | undefined;
      for (const element of root.querySelectorAll<HTMLElement>('.dt-timeline [data-cluster]')) {
        const box = element.closest('.vis-item')!.getBoundingClientRect();
        const left = Math.max(box.left, panel.left);
        const right = Math.min(box.right, panel.right);
        const count = Number(element.dataset.cluster);
        if (right - left > 8 && (!best || count > best.count))
          best = { x: (left + right) / 2, y: box.top + box.height / 2, count };
      }
      return best;
    });
    if (!target) return;
    await page.mouse.click(target.x, target.y);
    await page.waitForTimeout(300);
  }
}

test(
  'only the index is fetched at first; then only the parts of events drawn one by one',
  { tag: '@zoneless' },
  async ({ page }) => {
    // Every event ever drawn one by one, however briefly, from before the first drawing.
    await page.addInitScript(() => {
      const seen = new Set<string>();
      (window as unknown as { everDrawn: Set<string> }).everDrawn = seen;
      const watch = () => {
        const root = document.querySelector('#widget')?.shadowRoot;
        if (!root) return requestAnimationFrame(watch);
        new MutationObserver(() => {
          for (const element of root.querySelectorAll<HTMLElement>('.dt-timeline [data-event-id]'))
            seen.add(element.dataset.eventId!);
        }).observe(root, { childList: true, subtree: true });
      };
      watch();
    });
    const fetched = await open(page);
    const partsDrawn = async () => {
      const ids = await page.evaluate(() => [...(window as unknown as { everDrawn: Set<string> }).everDrawn]);
      return new Set(ids.map((id) => partOf.get(id)!));
    };
    await page.waitForTimeout(300);
    expect(new Set(fetched)).toEqual(await partsDrawn());
    await zoomIntoClusters(page);
    await expect.poll(async () => (await drawn(page)).filter((item) => item.pending).length).toBe(0);
    const shown = await drawn(page);
    expect(shown.length).toBeGreaterThan(5);
    for (const item of shown) expect(item.text).toContain(eventById.get(item.id)!.title.en);
    expect(new Set(fetched)).toEqual(await partsDrawn());
    expect(fetched.length, 'no part twice').toBe(new Set(fetched).size);
    expect(fetched.length, 'not every part').toBeLessThan(generated.parts.length);

    const first = shown[0]!;
    await page.locator(`#widget [data-event-id="${first.id}"]`).hover();
    const tooltip = page.locator('#widget [part="tooltip"]');
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText(eventById.get(first.id)!.quotes[0]!.text);
    expect((await widgetEvents(page)).filter((e) => e.type === 'timeline-error')).toEqual([]);
  },
);

test(
  'selecting an event fetches its part: the details and the article of that part show',
  { tag: '@zoneless' },
  async ({ page }) => {
    await open(page);
    const { id } = inPart(2, (event) => event.time.start !== undefined);
    await select(page, id);
    const details = page.locator('#widget [part="details"]');
    await expect(details).toContainText(eventById.get(id)!.title.en);
    await expect(details).toContainText(eventById.get(id)!.quotes[0]!.translation!);
    const article = page.locator('#widget [part="article"]');
    await expect(article).toBeVisible();
    await expect(article.locator('mark.dt-current').first()).toHaveText(eventById.get(id)!.quotes[0]!.text);
  },
);

test(
  'an event whose part disagrees with the index is not shown, and the problem names it and the field',
  { tag: '@zoneless' },
  async ({ page }) => {
    const { id } = inPart(1, (event) => event.time.precision === 'day');
    await open(page, {
      alter: (href, document) => {
        if (href !== generated.archive.parts[1]!.href) return;
        const event = document.events.find((candidate) => candidate.id === id)!;
        event.status = event.status === 'occurred' ? 'ongoing' : 'occurred';
      },
    });
    await select(page, id);
    await expect(page.locator('#widget [part="details"]')).toContainText('Not shown');
    await expectOneNotice(
      page,
      new RegExp(
        `^parts/0002\\.json: event "${id}" \\(events\\[\\d+\\]\\) › status: the archive's index says status`,
      ),
    );
    const errors = (await widgetEvents(page)).filter((event) => event.type === 'timeline-error');
    expect(errors.map((event) => event.fatal)).toEqual([false]);
    // The other events of that part are shown.
    const other = inPart(1, (event) => event.id !== id).id;
    await select(page, other);
    await expect(page.locator('#widget [part="details"]')).toContainText(eventById.get(other)!.title.en);
  },
);

test(
  'a part that cannot be fetched: its events are not shown, and the notice says which part and why',
  { tag: '@zoneless' },
  async ({ page }) => {
    const href = generated.archive.parts[3]!.href;
    await open(page, { missing: [href] });
    const { id } = inPart(3);
    await select(page, id);
    await expect(page.locator('#widget [part="details"]')).toContainText('Not shown');
    await expectOneNotice(
      page,
      new RegExp(
        `^${href.replace('.', '\\.')}: document: could not be loaded, so its \\d+ event\\(s\\) are not shown: .*404`,
      ),
    );
  },
);

test(
  'the list view shows a page of cards once their parts arrive, undated events last',
  { tag: '@zoneless' },
  async ({ page }) => {
    await open(page);
    await page.getByRole('button', { name: 'List view' }).click();
    const list = page.locator('#widget [part="list"]');
    await expect(list.locator('li[data-pending]')).toHaveCount(0);
    const first = placed
      .map(({ event }) => event.time.start)
      .filter((start) => start !== undefined)
      .sort()[0]!;
    await expect(list.locator('ol > li').first()).toContainText(first.slice(0, 4));
    await expect(list.locator('ol > li article, ol > li h3').first()).toBeVisible();
    await expect(page.locator('#widget [part="undated"]')).toBeHidden();
    await page.getByRole('button', { name: 'Timeline view' }).click();
    await expect(page.locator('#widget [part="undated"]')).toContainText(
      'with no date: the list view shows them, last',
    );
  },
);

test(
  'an event the index itself gets wrong is left out at load, named with its column; the rest is drawn',
  { tag: '@zoneless' },
  async ({ page }) => {
    const at = 5;
    const id = generated.archive.index.id[at]!;
    await open(page, {
      alterArchive: (archive) => void (archive.index.status[at] = 99),
      count: COUNT - 1,
    });
    await expect
      .poll(() => noticeLines(page))
      .toEqual([
        `document › index.status[${at}]: event "${id}": status must be a position in [occurred, planned, proposed, ongoing, background], got number 99`,
      ]);
    await expect(page.locator('#widget .dt-summary')).toHaveText(
      `${(COUNT - 1).toLocaleString('en')} events`,
    );
    // Something could be drawn: the problem is not fatal.
    const errors = (await widgetEvents(page)).filter((event) => event.type === 'timeline-error');
    expect(errors.map((event) => event.fatal)).toEqual([false]);
  },
);

test(
  'removed while a part is on its way: the part is not waited for, and its arrival changes nothing',
  { tag: '@zoneless' },
  async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const fetched = await open(page, { delayMs: 1_500 });
    const before = (await widgetEvents(page)).length;
    await select(page, inPart(2).id);
    await expect.poll(() => fetched.includes(generated.parts[2]!.href)).toBe(true);
    const aborted = page.waitForEvent('requestfailed', (request) =>
      request.url().endsWith(generated.parts[2]!.href),
    );
    await widget(page).evaluate((element) => element.remove());
    // The element's fetch is aborted, not left to finish.
    expect((await aborted).failure()?.errorText).toMatch(/abort/i);
    await page.waitForTimeout(2_000);
    expect((await widgetEvents(page)).slice(before).map((event) => event.type)).toEqual(['timeline-select']);
    expect(errors).toEqual([]);
  },
);

test('search looks in the events fetched so far, and says how many it could not search @zoneless', async ({
  page,
}) => {
  await open(page);
  // The list view fetches the parts of its first page: those events can be searched in full.
  await page.locator('diplomatic-timeline [part="list-toggle"]').click();
  const card = page.locator('diplomatic-timeline .dt-list .dt-card').first();
  await expect(card).toBeVisible();
  const id = (await card.getAttribute('data-event-id'))!;
  await page.locator('diplomatic-timeline [part="search"]').fill(eventById.get(id)!.title.en);
  const count = page.locator('diplomatic-timeline [part="search-results"] [role="status"]');
  await expect(count).toContainText(/events not loaded yet were not searched/);
  const matches = () =>
    widget(page).evaluate((element) => (element as unknown as { searchMatches: string[] }).searchMatches);
  await expect.poll(matches).toContain(id);
});
