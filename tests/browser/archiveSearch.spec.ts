/**
 * Search in an archive whose index holds its events' titles: events whose parts are not fetched
 * yet are found by their titles, said to be found so, and walked to as any match, which fetches
 * their part.
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { generateArchive } from '../../bench/generate.ts';
import { waitForOutcome, widget, widgetUrl } from './pages/widgetPage.ts';

const COUNT = 2_000;
const PER_PART = 500;
const ROOT = '/archive-search-test';
/** A word no generated title holds, one per part, in both languages. */
const WORDS = [
  ['alpha', 'ألف'],
  ['bravo', 'باء'],
  ['charlie', 'جيم'],
  ['delta', 'دال'],
] as const;

/**
 * A generated archive with titles in its index; the first event of each part that falls on a
 * day is renamed "Zanzibar talks <word>" in its index and its part alike.
 */
function titledArchive() {
  const generated = generateArchive(COUNT, 20260207, PER_PART, { titles: true });
  const { index } = generated.archive;
  const renamed = generated.parts.map((part, p) => {
    const event = part.document.events.find((candidate) => candidate.time.precision === 'day')!;
    const [en, ar] = WORDS[p]!;
    event.title = { en: `Zanzibar talks ${en}`, ar: `محادثات زنجبار ${ar}` };
    index.title![index.id.indexOf(event.id)] = [event.title.en, event.title.ar!];
    return { id: event.id, href: part.href, en, ar };
  });
  return { ...generated, renamed };
}

/** Opens the archive, served from memory; returns the part addresses the page asks for, as it asks. */
async function open(page: Page, lang: 'en' | 'ar' = 'en') {
  const { archive, parts, renamed } = titledArchive();
  const fetched: string[] = [];
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.route(`**${ROOT}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname.slice(ROOT.length + 1);
    const json = (body: unknown) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });
    if (path === 'archive.json') return json(archive);
    const part = parts.find((candidate) => candidate.href === path);
    if (part) {
      fetched.push(path);
      return json(part.document);
    }
    const text = parts.find((candidate) => path === `parts/${candidate.document.source.text}`);
    if (text)
      return route.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: text.sourceText });
    return route.fulfill({ status: 404, body: 'not found' });
  });
  await page.addInitScript(() => {
    document.addEventListener('timeline-search', (event) => {
      (window as { searched?: unknown }).searched = (event as CustomEvent).detail;
    });
  });
  await page.goto(widgetUrl({ src: `${ROOT}/archive.json`, 'max-bytes': 16 * 1024 * 1024, lang }));
  const outcome = await waitForOutcome(page);
  expect(outcome.find((event) => event.type === 'timeline-ready')?.count).toBe(COUNT);
  // The parts of the events first drawn are fetched by now, or on their way: search for another.
  await page.waitForLoadState('networkidle');
  const target = renamed.find((candidate) => !fetched.includes(candidate.href))!;
  expect(target).toBeDefined();
  return { fetched, target };
}

const field = (page: Page) => page.locator('#widget [part="search"]');
const status = (page: Page) => page.locator('#widget [part="search-results"] [role="status"]');
const matches = (page: Page) =>
  widget(page).evaluate((element) => (element as unknown as { searchMatches: string[] }).searchMatches);
const searched = (page: Page) =>
  page.evaluate(
    () =>
      (window as { searched?: { ids: string[]; byTitleOnly: string[]; titleOnlyCount: number } }).searched,
  );
/** How many events the index knows by their titles alone, as the status line says. */
const titleOnlyCount = async (page: Page) =>
  Number(
    /(\d[\d,]*) events not loaded yet: only their titles/
      .exec(await status(page).innerText())![1]!
      .replace(',', ''),
  );

test('typing a title word finds an event whose part is not fetched, says only titles were searched, and Enter brings it into view @zoneless', async ({
  page,
}) => {
  const { fetched, target } = await open(page);
  await field(page).fill(`zanzibar ${target.en}`);
  await expect(status(page)).toHaveText(
    /^1 match — [\d,]+ events not loaded yet: only their titles were searched\.$/,
  );
  await expect(status(page)).not.toContainText('were not searched');
  expect(await matches(page)).toEqual([target.id]);
  await expect.poll(() => searched(page)).toMatchObject({ ids: [target.id], byTitleOnly: [target.id] });
  const before = await titleOnlyCount(page);
  expect(before).toBeGreaterThanOrEqual(PER_PART);
  // Listed by the title the index gives, not by its id, before its part arrives.
  await expect(page.locator('#widget [part="search-results"] button')).toHaveText(
    new RegExp(`^Zanzibar talks ${target.en} — `),
  );
  expect(fetched).not.toContain(target.href);

  await field(page).press('Enter');
  const drawn = page.locator(`#widget .dt-timeline [data-event-id="${target.id}"]`);
  await expect(drawn).toHaveClass(/dt-active/);
  // Within the window the timeline shows (the page itself is never scrolled for it).
  // Polled: the part's arrival draws the item again, in its words.
  const within = async () => {
    const [item, frame] = await Promise.all([
      drawn.boundingBox(),
      page.locator('#widget .dt-timeline').boundingBox(),
    ]);
    return !!item && !!frame && item.x >= frame.x && item.x + item.width <= frame.x + frame.width;
  };
  await expect.poll(within).toBe(true);
  await expect(page.locator('#widget [aria-live="polite"]').last()).toContainText(
    `Match 1 of 1: Zanzibar talks ${target.en}`,
  );
  // Shown in words, so its part is fetched; its events are then searched in full, in place.
  await expect.poll(() => fetched.includes(target.href)).toBe(true);
  await expect(page.locator('#widget [role="tooltip"] .dt-card')).toContainText(
    `Zanzibar talks ${target.en}`,
  );
  await expect.poll(() => titleOnlyCount(page)).toBeLessThanOrEqual(before - PER_PART);
  await expect.poll(() => searched(page)).toMatchObject({ ids: [target.id], byTitleOnly: [] });
  await expect(field(page)).toBeFocused();
});

test('in Arabic, an Arabic title word finds the event, and the status line says only titles were searched @zoneless', async ({
  page,
}) => {
  const { target } = await open(page, 'ar');
  await field(page).fill(`زنجبار ${target.ar}`);
  await expect(status(page)).toHaveText(
    /^نتيجة واحدة — أحداث لم تُحمَّل بعد \([\d,]+\): بُحث في عناوينها فقط\.$/,
  );
  expect(await matches(page)).toEqual([target.id]);
  await expect(page.locator('#widget [part="search-results"] button')).toContainText(
    `محادثات زنجبار ${target.ar}`,
  );
});

test('Enter walks on from a title-only match after its part arrives, not back to the first @zoneless', async ({
  page,
}) => {
  const { fetched } = await open(page);
  await field(page).fill('zanzibar');
  await expect(status(page)).toContainText(`${WORDS.length} matches`);
  const [first, second] = await matches(page);
  const active = page.locator('#widget .dt-timeline .dt-active');
  await field(page).press('Enter');
  await expect(active).toHaveAttribute('data-event-id', first!);
  // The part arrives, the search runs again over its events: the walk keeps its place.
  await expect.poll(() => fetched.length).toBeGreaterThan(0);
  await expect.poll(() => searched(page)).toMatchObject({ byTitleOnly: expect.not.arrayContaining([first]) });
  await field(page).press('Enter');
  await expect(active).toHaveAttribute('data-event-id', second!);
  await expect(page.locator('#widget [aria-live="polite"]').last()).toContainText(
    `Match 2 of ${WORDS.length}`,
  );
});
