/**
 * Shareable views and take-away (issue #25): the view in the demo's URL, the embed's view
 * messages, Copy link, the Download menu's files and image, and the printed page.
 * Needs `npm run build`.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import type { Download, Page } from '@playwright/test';
import { violations } from './axe.ts';
import { article, datedEvents } from './article.ts';
import { DEMO, openDemo as open } from './openDemo.ts';

const item = (page: Page, id: string) => page.locator(`.dt-timeline [data-event-id="${id}"]`);
const toolbar = (page: Page) => page.locator('diplomatic-timeline [part="toolbar"]');
const query = (page: Page) => new URL(page.url()).searchParams;

async function downloadOf(page: Page, label: string | RegExp): Promise<{ file: Download; text: string }> {
  await toolbar(page).locator('.dt-menu-toggle').click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('diplomatic-timeline .dt-menu-list button', { hasText: label }).click(),
  ]);
  return { file, text: await readFile((await file.path())!, 'utf8') };
}

test.describe('the view in the demo page’s URL', () => {
  test('selecting an event and zooming put the view in the query, and a reload opens the same view', async ({
    page,
  }) => {
    await open(page);
    await item(page, 'zamir-washington-visit').click();
    await expect.poll(() => query(page).get('selected')).toBe('zamir-washington-visit');
    await toolbar(page).getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => query(page).get('start')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const { start, end } = Object.fromEntries(query(page));
    expect(start! <= end!).toBe(true);
    const view = await page.locator('diplomatic-timeline').evaluate((el) => {
      const { view } = el as HTMLElement & { view: { selected?: string } };
      return view.selected;
    });
    expect(view).toBe('zamir-washington-visit');

    const url = page.url();
    await page.reload();
    await page.waitForFunction(() => (window as { timelineReady?: boolean }).timelineReady === true);
    await expect(page.locator('.dt-details .dt-card')).toHaveAttribute(
      'data-event-id',
      'zamir-washington-visit',
    );
    const days = await page.locator('diplomatic-timeline').evaluate((el) => {
      const { window } = (el as HTMLElement & { view: { window?: object } }).view;
      return window;
    });
    const [y1, m1, d1] = start!.split('-').map(Number);
    const [y2, m2, d2] = end!.split('-').map(Number);
    expect(days).toEqual({ start: { year: y1, month: m1, day: d1 }, end: { year: y2, month: m2, day: d2 } });
    expect(page.url()).toBe(url);
  });

  test('Back and Forward move between views', async ({ page }) => {
    await open(page, `${DEMO}?selected=khamenei-tehran-speech`);
    const details = page.locator('.dt-details .dt-card');
    await expect(details).toHaveAttribute('data-event-id', 'khamenei-tehran-speech');
    await item(page, 'zamir-washington-visit').click();
    await expect.poll(() => query(page).get('selected')).toBe('zamir-washington-visit');
    await page.goBack();
    await expect(details).toHaveAttribute('data-event-id', 'khamenei-tehran-speech');
    expect(query(page).get('selected')).toBe('khamenei-tehran-speech');
    await page.goForward();
    await expect(details).toHaveAttribute('data-event-id', 'zamir-washington-visit');
  });

  test('an old #event= link opens its event, and becomes the query form', async ({ page }) => {
    await open(page, `${DEMO}#event=khamenei-tehran-speech`);
    await expect(page.locator('.dt-details .dt-card')).toHaveAttribute(
      'data-event-id',
      'khamenei-tehran-speech',
    );
    expect(query(page).get('selected')).toBe('khamenei-tehran-speech');
    expect(new URL(page.url()).hash).toBe('');
  });

  test('a view set by the page sends no timeline-view-change @zoneless', async ({ page }) => {
    await open(page);
    const changes = await page.locator('diplomatic-timeline').evaluate(async (el) => {
      let count = 0;
      el.addEventListener('timeline-view-change', () => count++);
      (el as HTMLElement & { view: object }).view = {
        selected: 'zamir-washington-visit',
        filters: {},
        window: { start: { year: 2026, month: 2, day: 1 }, end: { year: 2026, month: 2, day: 5 } },
      };
      await new Promise((resolve) => setTimeout(resolve, 800));
      return count;
    });
    expect(changes).toBe(0);
    await expect(page.locator('.dt-details .dt-card')).toHaveAttribute(
      'data-event-id',
      'zamir-washington-visit',
    );
  });
});

test.describe('Copy link', () => {
  test('puts the link to this view on the clipboard, and says so @zoneless', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page, `${DEMO}?lang=ar`);
    await item(page, 'zamir-washington-visit').click();
    await expect.poll(() => query(page).get('selected')).toBe('zamir-washington-visit');
    await toolbar(page).getByRole('button', { name: 'نسخ الرابط' }).click();
    await expect(toolbar(page).locator('.dt-share-status')).toHaveText('تم نسخ رابط هذا العرض');
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(copied.searchParams.get('selected')).toBe('zamir-washington-visit');
    expect(copied.searchParams.get('lang')).toBe('ar');
  });

  test('shows the link selected in a field where the clipboard is refused @zoneless', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('denied')) },
      });
    });
    await open(page, `${DEMO}?selected=zamir-washington-visit`);
    await toolbar(page).getByRole('button', { name: 'Copy link' }).click();
    const field = page.locator('diplomatic-timeline .dt-link-fallback input');
    await expect(field).toBeFocused();
    const link = new URL(await field.inputValue());
    expect(link.searchParams.get('selected')).toBe('zamir-washington-visit');
    const selected = await field.evaluate(
      (input: HTMLInputElement) => input.selectionEnd! - input.selectionStart!,
    );
    expect(selected).toBe(link.href.length);
  });
});

test.describe('the Download menu', () => {
  test('opens by keyboard, moves with the arrows, and Escape closes it back to its button @zoneless', async ({
    page,
  }) => {
    await open(page);
    const toggle = toolbar(page).locator('.dt-menu-toggle');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const buttons = page.locator('diplomatic-timeline .dt-menu-list button');
    await expect(buttons.first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(buttons.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(buttons.last()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator('diplomatic-timeline .dt-menu-list')).toBeHidden();
    await expect(toggle).toBeFocused();
  });

  test('opens towards the reading side in Arabic @zoneless', async ({ page }) => {
    await open(page, `${DEMO}?lang=ar`);
    await toolbar(page).locator('.dt-menu-toggle').click();
    const menu = page.locator('diplomatic-timeline .dt-menu-list');
    await expect(menu).toBeVisible();
    expect(await menu.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    const [toggleBox, menuBox] = [
      await toolbar(page).locator('.dt-menu-toggle').boundingBox(),
      await menu.boundingBox(),
    ];
    // Aligned on the toggle's end: its left edge, in Arabic.
    expect(Math.abs(menuBox!.x - toggleBox!.x)).toBeLessThan(2);
  });

  test('downloads the events as CSV, one row per event @zoneless', async ({ page }) => {
    await open(page);
    const { file, text } = await downloadOf(page, 'CSV');
    expect(file.suggestedFilename()).toMatch(/\.csv$/);
    const lines = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]!.split(',').slice(0, 3)).toEqual(['id', 'start', 'end']);
    for (const event of article.events) expect(text).toContain(event.id);
  });

  test('downloads the planned and proposed events as iCalendar', async ({ page }) => {
    await open(page);
    const { file, text } = await downloadOf(page, 'iCalendar');
    expect(file.suggestedFilename()).toMatch(/\.ics$/);
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    const planned = article.events.filter((e) => e.time.start && ['planned', 'proposed'].includes(e.status));
    expect(text.match(/BEGIN:VEVENT/g)?.length).toBe(planned.length);
  });

  test('downloads schema.org events with their quotes as JSON-LD @zoneless', async ({ page }) => {
    await open(page);
    const { file, text } = await downloadOf(page, 'JSON-LD');
    expect(file.suggestedFilename()).toMatch(/\.jsonld$/);
    const json = JSON.parse(text) as { '@context': unknown };
    expect(JSON.stringify(json['@context'])).toContain('schema.org');
    expect(text).toContain('TextQuoteSelector');
  });

  for (const lang of ['en', 'ar'] as const) {
    test(`downloads an SVG of the drawing with the events' titles as text (${lang}) @zoneless`, async ({
      page,
    }) => {
      await open(page, `${DEMO}?lang=${lang}`);
      const { file, text } = await downloadOf(page, 'SVG');
      expect(file.suggestedFilename()).toMatch(/\.svg$/);
      const texts = await page.evaluate((svg) => {
        const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
        return {
          error: doc.querySelector('parsererror') !== null,
          words: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
          rtl: [...doc.querySelectorAll('text')].every((t) => t.getAttribute('direction') === 'rtl'),
        };
      }, text);
      expect(texts.error).toBe(false);
      const shown = datedEvents.map((e) => e.title[lang] ?? e.title.en);
      // Every visible event's title, whole or cut short with an ellipsis.
      const found = shown.filter((title) =>
        texts.words.some((w) => w === title || (w.endsWith('…') && title.startsWith(w.slice(0, -1)))),
      );
      expect(found.length).toBeGreaterThan(0);
      expect(texts.rtl).toBe(lang === 'ar');
    });
  }

  test('downloads a PNG twice its size, not blank @zoneless', async ({ page }) => {
    await open(page);
    const { file } = await downloadOf(page, 'PNG');
    expect(file.suggestedFilename()).toMatch(/\.png$/);
    const bytes = await readFile((await file.path())!);
    const stats = await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 97)
        colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      return { width: image.naturalWidth, height: image.naturalHeight, colours: colours.size };
    }, bytes.toString('base64'));
    const cssWidth = await page.locator('diplomatic-timeline .dt-timeline').evaluate((el) => el.clientWidth);
    expect(stats.width).toBeGreaterThanOrEqual(Math.max(640, cssWidth) * 2);
    expect(stats.height).toBeGreaterThan(100);
    expect(stats.colours).toBeGreaterThan(5);
  });

  for (const lang of ['en', 'ar'] as const) {
    test(`passes axe with the menu open (${lang}) @zoneless`, async ({ page }) => {
      await open(page, `${DEMO}?lang=${lang}`);
      await toolbar(page).locator('.dt-menu-toggle').click();
      await expect(page.locator('diplomatic-timeline .dt-menu-list')).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  }
});

test.describe('the printed page', () => {
  test('hides the controls and shows the drawing, then every event with its quotes', async ({ page }) => {
    await open(page);
    await page.emulateMedia({ media: 'print' });
    await expect(toolbar(page)).toBeHidden();
    const printed = page.locator('diplomatic-timeline [part="print"]');
    await expect(printed.locator('svg')).toBeVisible();
    for (const event of article.events) {
      for (const quote of event.quotes)
        await expect(printed.getByText(quote.text, { exact: false }).first()).toBeVisible();
    }
    const box = await printed.locator('svg').boundingBox();
    const width = await page.evaluate(() => document.documentElement.clientWidth);
    expect(box!.width).toBeLessThanOrEqual(width);
    await page.screenshot({ path: test.info().outputPath('print.png'), fullPage: true });
    await page.pdf({ path: test.info().outputPath('print.pdf') });
  });
});

test.describe('the view of an embed in a sandboxed iframe', () => {
  const EMBED = '../dist/embed.html?src=events/ankara-talks.json';

  async function host(page: Page, src: string) {
    await page.goto('/examples/iframe.html');
    await page.evaluate((src) => {
      (window as unknown as { views: unknown[] }).views = [];
      window.addEventListener('message', (event) => {
        const data = event.data as { type?: string };
        if (data?.type === 'diplomatic-timeline:view')
          (window as unknown as { views: unknown[] }).views.push({ data, origin: event.origin });
      });
      document.querySelector('iframe')!.src = src;
    }, src);
    const frame = page.frameLocator('#ankara-frame');
    await expect(frame.locator('.dt-timeline [data-event-id]').first()).toBeVisible();
    return frame;
  }

  const post = (page: Page, view: string) =>
    page.evaluate((view) => {
      document
        .querySelector('iframe')!
        .contentWindow!.postMessage({ type: 'diplomatic-timeline:set-view', view }, '*');
    }, view);

  test('posts the reader’s view to its host, and shows a view the host sends', async ({ page }) => {
    const frame = await host(page, EMBED);
    await frame.locator('.dt-timeline [data-event-id="zamir-washington-visit"]').click();
    await expect
      .poll(() =>
        page.evaluate(
          () => (window as unknown as { views: { data: { view: string } }[] }).views.at(-1)?.data.view,
        ),
      )
      .toBe('selected=zamir-washington-visit');
    await post(page, 'selected=khamenei-tehran-speech&start=2026-01-30&end=2026-02-03');
    await expect(frame.locator('.dt-details .dt-card')).toHaveAttribute(
      'data-event-id',
      'khamenei-tehran-speech',
    );
    const window = await frame
      .locator('diplomatic-timeline')
      .evaluate((el) => (el as HTMLElement & { view: { window?: unknown } }).view.window);
    expect(window).toEqual({
      start: { year: 2026, month: 1, day: 30 },
      end: { year: 2026, month: 2, day: 3 },
    });
  });

  test('ignores a view sent from another origin than its host’s @zoneless', async ({ page, baseURL }) => {
    const other = new URL(baseURL!);
    other.hostname = other.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    const frame = await host(page, `${EMBED}&origin=${encodeURIComponent(other.origin)}`);
    await post(page, 'selected=khamenei-tehran-speech');
    // A message it takes is applied at once: give it the time one would need, then look.
    await page.waitForTimeout(500);
    await expect(frame.locator('.dt-details')).toBeHidden();
  });

  test('opens on the view its host page’s address names, and its Copy link leads to that page @zoneless', async ({
    page,
  }) => {
    // The sandboxed frame's clipboard is refused: the link is shown in a field, in every frame.
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('denied')) },
      });
    });
    await page.goto('/examples/iframe.html?selected=khamenei-tehran-speech&filter-status=occurred');
    const frame = page.frameLocator('#ankara-frame');
    await expect(frame.locator('.dt-timeline [data-event-id="khamenei-tehran-speech"]')).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(frame.locator('diplomatic-timeline')).toHaveAttribute('filter-status', 'occurred');
    await frame.locator('.dt-timeline [data-event-id="zamir-washington-visit"]').click();
    // The host keeps the frame's view in its own address.
    await expect.poll(() => new URL(page.url()).searchParams.get('selected')).toBe('zamir-washington-visit');
    await frame.getByRole('button', { name: 'نسخ الرابط' }).click();
    const link = new URL(await frame.locator('.dt-link-fallback input').inputValue());
    expect(link.pathname).toBe('/examples/iframe.html');
    expect(link.searchParams.get('selected')).toBe('zamir-washington-visit');
    expect(link.searchParams.get('filter-status')).toBe('occurred');
  });
});
