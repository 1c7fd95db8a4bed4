/**
 * Lanes say who acted: nothing drawn for one event may cross another lane, and no box may be
 * crossed by another event's mark. vis-timeline hangs each box from a dot on the time axis by a
 * line through every lane above; these tests measure every part drawn for an item, its box, its
 * line, its dot and the notch that points to its moment, against the rows of the lanes.
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { generateDocument } from '../../bench/generate.ts';
import { DEMO, openDemo } from './openDemo.ts';
import { waitForOutcome, widgetUrl } from './pages/widgetPage.ts';

interface Stray {
  /** What was drawn: the item's event id (or cluster) and which part of it. */
  part: string;
  /** Why it is out of place. */
  problem: string;
}

/** Every part of every item that leaves its own lane's row, or crosses another item's box. */
function strayMarks(page: Page, host: string): Promise<Stray[]> {
  return page.evaluate((host) => {
    const root = document.querySelector(host)!.shadowRoot!;
    const itemset = root.querySelector('.vis-itemset')!;
    // vis-timeline draws a lane's items inside its row of the foreground, in the lanes' order.
    const rows = [...itemset.querySelectorAll<HTMLElement>('.vis-foreground > .vis-group')]
      .map((row) => ({ row, rect: row.getBoundingClientRect() }))
      .filter(({ rect }) => rect.height > 0);
    const half = 0.5;
    const within = (top: number, bottom: number, rect: DOMRect) =>
      top >= rect.top - half && bottom <= rect.bottom + half;
    const nameOf = (element: Element) => {
      const item = element.closest('.vis-item') ?? element;
      const id =
        item.querySelector('[data-event-id]')?.getAttribute('data-event-id') ??
        (item.querySelector('[data-cluster]') ? 'a cluster' : (item.getAttribute('data-id') ?? 'an item'));
      const kind = ['vis-box', 'vis-range', 'vis-line', 'vis-dot'].find((name) =>
        item.classList.contains(name),
      );
      return `${id} (${kind ?? 'item'})`;
    };
    const visible = (element: Element) => {
      const style = getComputedStyle(element);
      const rect = element.getBoundingClientRect();
      return style.display !== 'none' && style.visibility !== 'hidden' && rect.width > 0 && rect.height > 0;
    };
    const strays: { part: string; problem: string }[] = [];
    const boxes: { element: Element; rect: DOMRect }[] = [];

    // Boxes and bars, their cards and their notches: inside their own lane's row.
    for (const { row, rect: lane } of rows) {
      for (const item of row.querySelectorAll<HTMLElement>('.vis-item')) {
        if (!visible(item)) continue;
        const rect = item.getBoundingClientRect();
        boxes.push({ element: item, rect });
        const parts: [string, number, number][] = [['its box', rect.top, rect.bottom]];
        const card = item.querySelector('.dt-item-content');
        if (card) {
          const cardRect = card.getBoundingClientRect();
          parts.push(['its card', cardRect.top, cardRect.bottom]);
        }
        const notch = getComputedStyle(item, '::before');
        if (notch.content !== 'none' && notch.display !== 'none') {
          const height =
            parseFloat(notch.height) + parseFloat(notch.borderTopWidth) + parseFloat(notch.borderBottomWidth);
          // Set with `bottom: 100%` against the box's padding edge, inside its frame.
          const bottom =
            rect.top + parseFloat(getComputedStyle(item).borderTopWidth) - parseFloat(notch.marginBottom);
          parts.push(['its notch', bottom - height, bottom]);
        }
        for (const [part, top, bottom] of parts) {
          if (!within(top, bottom, lane)) {
            strays.push({
              part: `${nameOf(item)}: ${part}`,
              problem: `leaves its lane (${top}–${bottom} outside ${lane.top}–${lane.bottom})`,
            });
          }
        }
      }
    }
    // Lines and dots live outside the rows (the lane's background, the axis): each must still
    // lie within one lane, and cross no box.
    for (const mark of itemset.querySelectorAll('.vis-item.vis-line, .vis-item.vis-dot')) {
      if (!visible(mark)) continue;
      const rect = mark.getBoundingClientRect();
      if (!rows.some(({ rect: lane }) => within(rect.top, rect.bottom, lane))) {
        strays.push({ part: nameOf(mark), problem: `lies in no single lane (${rect.top}–${rect.bottom})` });
      }
      for (const box of boxes) {
        const crosses =
          rect.left < box.rect.right &&
          rect.right > box.rect.left &&
          rect.top < box.rect.bottom &&
          rect.bottom > box.rect.top;
        if (crosses)
          strays.push({ part: nameOf(mark), problem: `crosses the box of ${nameOf(box.element)}` });
      }
    }
    return strays;
  }, host);
}

const LAYOUTS = [
  { lang: 'en', width: 1280 },
  { lang: 'ar', width: 1280 },
  { lang: 'en', width: 360 },
  { lang: 'ar', width: 360 },
] as const;

for (const { lang, width } of LAYOUTS) {
  test(
    `on the demo, every event's marks lie within its own lane (${lang}, ${width} px)`,
    { tag: '@layout' },
    async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await openDemo(page, lang === 'ar' ? `${DEMO}?lang=ar` : DEMO);
      // The test measures something: the demo has boxes in several lanes.
      await expect(page.locator('.dt-timeline .vis-foreground .vis-group .vis-item.vis-box')).not.toHaveCount(
        0,
      );
      expect(await strayMarks(page, 'diplomatic-timeline')).toEqual([]);
      // Zoomed out, boxes stack deeper: still each in its lane.
      await page.getByRole('button', { name: lang === 'ar' ? 'تصغير' : 'Zoom out' }).click();
      await page.waitForTimeout(600);
      expect(await strayMarks(page, 'diplomatic-timeline')).toEqual([]);
    },
  );
}

test(
  "in the dark theme, every event's marks lie within its own lane",
  { tag: '@layout' },
  async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openDemo(page);
    expect(await strayMarks(page, 'diplomatic-timeline')).toEqual([]);
  },
);

test('a moment points to its day and part of the day to the pixel', async ({ page }) => {
  await openDemo(page);
  // The notch's tip is at the box's centre; vis-timeline centres a box on its moment.
  const offsets = await page.evaluate(() => {
    const root = document.querySelector('diplomatic-timeline')!.shadowRoot!;
    return [...root.querySelectorAll<HTMLElement>('.vis-foreground .vis-item.vis-box')].map((box) => {
      const rect = box.getBoundingClientRect();
      const notch = getComputedStyle(box, '::before');
      const left = rect.left + parseFloat(notch.left) + parseFloat(getComputedStyle(box).borderLeftWidth);
      const width =
        parseFloat(notch.borderLeftWidth) + parseFloat(notch.borderRightWidth) + parseFloat(notch.width);
      return Math.abs(left + width / 2 - (rect.left + rect.width / 2));
    });
  });
  expect(offsets.length).toBeGreaterThan(0);
  for (const offset of offsets) expect(offset).toBeLessThanOrEqual(1);
});

test(
  'at archive scale, clusters and single events stay in their lanes',
  { tag: '@layout' },
  async ({ page }) => {
    const { document: doc, sourceText } = generateDocument(2_000, 20260207);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.route('**/lanes/generated.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(doc) }),
    );
    await page.route(`**/lanes/${doc.source.text}`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: sourceText }),
    );
    await page.goto(widgetUrl({ src: '/lanes/generated.json', 'max-bytes': 64 * 1024 * 1024 }));
    await waitForOutcome(page);
    await expect(page.locator('#widget [data-cluster]').first()).toBeAttached();
    expect(await strayMarks(page, '#widget')).toEqual([]);
  },
);
