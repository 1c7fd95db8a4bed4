import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { DEMO, openDemo as open } from './openDemo.ts';
import { article, datedEvents, undatedEvents } from './article.ts';
import { waitForOutcome, widgetUrl } from './pages/widgetPage.ts';

const item = (page: Page, id: string) => page.locator(`.dt-timeline [data-event-id="${id}"]`);
const tooltip = (page: Page) => page.locator('diplomatic-timeline [role="tooltip"]');

test.describe('the demo page', () => {
  test('draws every dated event once, and lists the undated ones apart from the axis', async ({ page }) => {
    await open(page);
    for (const event of datedEvents) await expect(item(page, event.id)).toHaveCount(1);
    for (const event of undatedEvents) {
      await expect(page.locator(`.dt-undated [data-event-id="${event.id}"]`)).toHaveCount(1);
      await expect(item(page, event.id)).toHaveCount(0);
    }
  });

  test('hovering each event shows its own quotes and translations', async ({ page }) => {
    await open(page);
    for (const event of article.events) {
      const dated = event.time.start !== undefined;
      const target = dated ? item(page, event.id) : page.locator(`.dt-undated [data-event-id="${event.id}"]`);
      // Leave the previous tooltip first: it may cover the next item, as it would for a reader.
      await page.mouse.move(0, 0);
      await expect(tooltip(page)).toBeHidden();
      await target.hover();
      await expect(tooltip(page)).toBeVisible();
      await expect(tooltip(page).locator('.dt-card')).toHaveAttribute('data-event-id', event.id);
      for (const quote of event.quotes) {
        await expect(
          tooltip(page).locator('blockquote[lang="ar"][dir="rtl"]', { hasText: quote.text }),
        ).toHaveCount(1);
        await expect(tooltip(page).locator('figcaption', { hasText: quote.translation! })).toHaveCount(1);
      }
      await expect(tooltip(page)).toContainText(event.time.phrase);
    }
  });

  for (const [lang, trumpNote, khameneiNote] of [
    [
      'en',
      'Said in English; translated here from the Arabic report',
      'Said in Persian; translated here from the Arabic report',
    ],
    [
      'ar',
      'قيلت بالإنجليزية؛ والترجمة هنا عن نص التقرير العربي',
      'قيلت بالفارسية؛ والترجمة هنا عن نص التقرير العربي',
    ],
  ] as const) {
    test(`a back-translated quote says the language it was said in, in the tooltip and the details (${lang}) @zoneless`, async ({
      page,
    }) => {
      await open(page, lang === 'ar' ? `${DEMO}?lang=ar` : DEMO);
      const note = (scope: ReturnType<typeof tooltip>) => scope.locator('.dt-quote .dt-spoken-in');
      await item(page, 'trump-air-force-one-remarks').hover();
      await expect(tooltip(page)).toBeVisible();
      await expect(note(tooltip(page))).toHaveText([trumpNote]);
      await expect(note(tooltip(page))).toHaveAttribute('lang', lang);

      await page.mouse.move(0, 0);
      await item(page, 'khamenei-tehran-speech').hover();
      await expect(tooltip(page).locator('.dt-card')).toHaveAttribute(
        'data-event-id',
        'khamenei-tehran-speech',
      );
      await expect(note(tooltip(page))).toHaveText([khameneiNote, khameneiNote]);

      // The report's own narration, quoted as the article wrote it, carries no such note.
      await page.mouse.move(0, 0);
      await item(page, 'sisi-calls-pezeshkian').hover();
      await expect(tooltip(page).locator('.dt-card')).toHaveAttribute(
        'data-event-id',
        'sisi-calls-pezeshkian',
      );
      await expect(note(tooltip(page))).toHaveCount(0);

      await item(page, 'trump-air-force-one-remarks').click();
      const details = page.locator('.dt-details .dt-card');
      await expect(details.locator('.dt-spoken-in')).toHaveText([trumpNote]);
    });
  }

  for (const lang of ['en', 'ar'] as const) {
    test(`a quote's words keep clear of the bar beside them (${lang})`, async ({ page }) => {
      await open(page, lang === 'ar' ? `${DEMO}?lang=ar` : DEMO);
      await item(page, 'araghchi-cnn-interview').hover();
      await expect(tooltip(page)).toBeVisible();
      // Pixels between each quote's bar (its inline-start border) and the boxes of its texts.
      const gaps = await tooltip(page)
        .locator('.dt-quote')
        .evaluateAll(
          (figures, rtl) =>
            figures.flatMap((figure) => {
              const outer = figure.getBoundingClientRect();
              const bar = parseFloat(getComputedStyle(figure).borderInlineStartWidth);
              return [...figure.children].map((text) => {
                const box = text.getBoundingClientRect();
                return rtl ? outer.right - bar - box.right : box.left - (outer.left + bar);
              });
            }),
          lang === 'ar',
        );
      // Two quotes, each its Arabic, the note that it was said in English, and its translation.
      expect(gaps).toHaveLength(6);
      for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(6);
    });
  }

  test('the tooltip stays open while hovered, and Escape closes it', async ({ page }) => {
    await open(page);
    await item(page, 'sisi-calls-pezeshkian').hover();
    await expect(tooltip(page)).toBeVisible();
    await tooltip(page).hover();
    await page.waitForTimeout(600);
    await expect(tooltip(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(tooltip(page)).toBeHidden();
  });

  test('switching to the list view closes the tooltip, whose event is no longer on screen', async ({
    page,
  }) => {
    await open(page, `${DEMO}?lang=ar`);
    await item(page, 'araghchi-cnn-interview').hover();
    await expect(tooltip(page)).toBeVisible();
    await page.locator('diplomatic-timeline [part="list-toggle"]').click();
    await expect(page.locator('diplomatic-timeline [part="list"]')).toBeVisible();
    await page.waitForTimeout(600);
    await expect(tooltip(page)).toBeHidden();
  });

  test('the tooltip stays inside the viewport', async ({ page }) => {
    await page.setViewportSize({ width: 700, height: 600 });
    await open(page);
    for (const id of ['fidan-hosts-araghchi', 'ankara-meeting-proposed', 'zamir-washington-visit']) {
      // Leave the previous tooltip first: in a small viewport it may cover the next item.
      await page.mouse.move(0, 0);
      await expect(tooltip(page)).toBeHidden();
      await item(page, id).hover();
      await expect(tooltip(page)).toBeVisible();
      const box = (await tooltip(page).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(700);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(600);
    }
  });

  for (const lang of ['en', 'ar'] as const) {
    test(`narrowed, it measures its items again and cuts no line off (${lang})`, async ({ page }) => {
      await open(page, lang === 'ar' ? `${DEMO}?lang=ar` : DEMO);
      // The events whose box sticks out of its lane or out of the drawing, where it is cut off.
      const cutOff = () =>
        page.evaluate(() => {
          const root = document.querySelector('diplomatic-timeline')!.shadowRoot!;
          const drawing = root.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
          return [...root.querySelectorAll('.vis-foreground .vis-item.dt-item')].flatMap((item) => {
            const box = item.getBoundingClientRect();
            const lane = item.closest('.vis-group')!.getBoundingClientRect();
            const inside = (outer: DOMRect) => box.top >= outer.top - 0.5 && box.bottom <= outer.bottom + 0.5;
            return inside(lane) && inside(drawing)
              ? []
              : [item.querySelector<HTMLElement>('[data-event-id]')!.dataset.eventId];
          });
        });
      // Polled: the page's scrollbar may appear after the first draw, and the items are measured again a frame later.
      await expect.poll(cutOff).toEqual([]);
      // Narrower, titles wrap onto more lines: a browser whose scrollbar takes 15 pixels is enough in Arabic.
      for (const width of [1100, 900]) {
        await page.setViewportSize({ width, height: 900 });
        await expect.poll(cutOff).toEqual([]);
      }
    });
  }

  test('the keyboard reaches every dated event in time order, showing its tooltip', async ({ page }) => {
    await open(page);
    await page.locator('.dt-timeline').focus();
    await page.keyboard.press('Home');
    const order = [...datedEvents].sort((a, b) =>
      a.time.start! < b.time.start! ? -1 : a.time.start! > b.time.start! ? 1 : 0,
    );
    const seen: string[] = [];
    const shown = () => tooltip(page).locator('.dt-card').getAttribute('data-event-id');
    for (let i = 0; i < datedEvents.length; i++) {
      await expect(tooltip(page)).toBeVisible();
      if (i > 0) await expect.poll(shown).not.toBe(seen.at(-1));
      seen.push((await shown())!);
      await page.keyboard.press('ArrowRight');
    }
    expect(new Set(seen).size).toBe(datedEvents.length);
    const days = seen.map((id) => order.find((event) => event.id === id)!.time.start!);
    expect(days).toEqual([...days].sort());
    await page.keyboard.press('Enter');
    await expect(page.locator('.dt-details .dt-card')).toHaveAttribute('data-event-id', seen.at(-1)!);
  });

  test('an old #event=<id> link selects an event, and back and forward move between selections', async ({
    page,
  }) => {
    await open(page, `${DEMO}#event=khamenei-tehran-speech`);
    const details = page.locator('.dt-details .dt-card');
    await expect(details).toHaveAttribute('data-event-id', 'khamenei-tehran-speech');
    await expect(page.locator('.dt-article mark.dt-current')).toHaveCount(2);
    await item(page, 'zamir-washington-visit').click();
    await expect(details).toHaveAttribute('data-event-id', 'zamir-washington-visit');
    // The view lives in the query now (tests/browser/share.spec.ts).
    await expect.poll(() => new URL(page.url()).searchParams.get('selected')).toBe('zamir-washington-visit');
    await page.goBack();
    await expect(details).toHaveAttribute('data-event-id', 'khamenei-tehran-speech');
    await page.goForward();
    await expect(details).toHaveAttribute('data-event-id', 'zamir-washington-visit');
  });

  test("a selected event's words stay readable on its card, a box's or a range's", async ({ page }) => {
    for (const id of ['sisi-calls-pezeshkian', 'zamir-washington-visit', 'ankara-meeting-proposed']) {
      await open(page, `${DEMO}#event=${id}`);
      // WCAG contrast between the words and the first solid background behind them.
      const contrast = await item(page, id).evaluate((words) => {
        const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
        const luminance = (color: string) => {
          const [r, g, b] = rgb(color).map((c) => {
            const v = c / 255;
            return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
        };
        let element: Element | null = words;
        let background = 'rgb(255, 255, 255)';
        for (; element; element = element.parentElement) {
          const color = getComputedStyle(element).backgroundColor;
          if ((rgb(color)[3] ?? 1) > 0) {
            background = color;
            break;
          }
        }
        const [light, dark] = [luminance(getComputedStyle(words).color), luminance(background)].sort(
          (a, b) => b - a,
        );
        return (light! + 0.05) / (dark! + 0.05);
      });
      expect(contrast, id).toBeGreaterThanOrEqual(4.5);
    }
  });

  test('a vertical wheel over the timeline scrolls the page, not the timeline', async ({ page }) => {
    await page.setViewportSize({ width: 1000, height: 500 });
    await open(page);
    const labels = () => page.locator('.vis-time-axis .vis-text.vis-minor').allTextContents();
    // The pointer first, then whatever it opens; then wait until the first layout has settled
    // (the window is fitted again when the fonts arrive, which on a busy machine, as CI's with
    // a load of 10 on 2 cores, can be well after the ready event): the same labels 1 s apart.
    await page.locator('.dt-timeline').hover();
    let before: string[] = [];
    await expect
      .poll(
        async () => {
          const previous = before;
          before = await labels();
          return previous.join() === before.join();
        },
        { intervals: [1000], timeout: 15_000 },
      )
      .toBe(true);
    await page.mouse.wheel(0, 400);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await labels()).toEqual(before);
  });

  test('Ctrl + wheel zooms the timeline', async ({ page }) => {
    await open(page);
    const count = () => page.locator('.vis-time-axis .vis-text.vis-minor').count();
    const before = await count();
    await page.locator('.dt-timeline .vis-center').hover();
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -600);
    await page.keyboard.up('Control');
    await expect.poll(count).not.toBe(before);
  });
});

test.describe("the widget's own box", () => {
  /** The host's overflow: what it would scroll by, and how wide a scrollbar it shows. */
  const overflow = (page: Page) =>
    page.evaluate(() => {
      const host = document.querySelector('diplomatic-timeline')!;
      return {
        scroll: host.scrollHeight - host.clientHeight,
        scrollbar: host.offsetWidth - host.clientWidth,
      };
    });

  test(
    'a tooltip taller than the room left in the widget is shown whole, over the page',
    { tag: '@layout' },
    async ({ page }) => {
      // One event: the widget ends soon below it, and its tooltip (two quotes) does not fit above.
      const trump = article.events.find((event) => event.id === 'trump-air-force-one-remarks')!;
      const oneEvent = {
        ...article,
        source: { ...article.source, text: '/events/sources/ankara-talks.ar.txt' },
        events: [trump],
      };
      await page.route('**/one-event.json', (route) => route.fulfill({ json: oneEvent }));
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(widgetUrl({ src: '/one-event.json' }));
      await waitForOutcome(page);
      await item(page, trump.id).hover();
      await expect(tooltip(page)).toBeVisible();
      const seen = await page.evaluate(() => {
        const host = document.querySelector('diplomatic-timeline')!;
        const tip = host.shadowRoot!.querySelector('[part="tooltip"]')!;
        const box = tip.getBoundingClientRect();
        // What a pointer finds just inside each corner of the tooltip: the tooltip, unless it is cut off there.
        const corners = [box.top + 4, box.bottom - 4].flatMap((y) =>
          [box.left + 4, box.right - 4].map((x) => tip.contains(host.shadowRoot!.elementFromPoint(x, y))),
        );
        return { past: box.bottom - host.getBoundingClientRect().bottom, corners };
      });
      // The case this test is about: the tooltip reaches past the bottom of the widget.
      expect(seen.past).toBeGreaterThan(20);
      expect(seen.corners).toEqual([true, true, true, true]);
    },
  );

  test(
    'a page that gives it a height can scroll to every part of it, and nothing is cut off',
    { tag: '@layout' },
    async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(widgetUrl({ src: '/events/ankara-talks.json' }));
      await waitForOutcome(page);
      await page.evaluate(() => (document.querySelector<HTMLElement>('#widget')!.style.height = '420px'));
      expect((await overflow(page)).scroll).toBeGreaterThan(400);
      // The lowest lane's event, below the 420 pixels: scrolled to within the widget, and hovered.
      await item(page, 'zamir-washington-visit').hover({ timeout: 5_000 });
      await expect(tooltip(page)).toBeVisible();
      // And the end of the article, at the very bottom.
      const last = page.locator('#widget [part="article"] p').last();
      await last.scrollIntoViewIfNeeded({ timeout: 5_000 });
      await expect(last).toBeInViewport();
    },
  );

  for (const lang of ['en', 'ar'] as const) {
    test(
      `in the height of its content, it never scrolls within itself (${lang})`,
      { tag: '@layout' },
      async ({ page }) => {
        for (const width of [1280, 390]) {
          await page.setViewportSize({ width, height: 800 });
          await open(page, lang === 'ar' ? `${DEMO}?lang=ar` : DEMO);
          expect(await overflow(page), `drawn, ${width} pixels`).toEqual({ scroll: 0, scrollbar: 0 });
          await item(page, 'sisi-calls-pezeshkian').click();
          await expect(page.locator('diplomatic-timeline [part="details"]')).toBeVisible();
          expect(await overflow(page), `details, ${width} pixels`).toEqual({ scroll: 0, scrollbar: 0 });
          await page.locator('diplomatic-timeline [part="list-toggle"]').click();
          await expect(page.locator('diplomatic-timeline [part="list"]')).toBeVisible();
          expect(await overflow(page), `list, ${width} pixels`).toEqual({ scroll: 0, scrollbar: 0 });
        }
      },
    );
  }
});

test.describe('on a narrow screen', () => {
  for (const lang of ['en', 'ar'] as const) {
    test(
      `no card, box or dateline label is cut off, at first and after "Fit all" (${lang})`,
      { tag: '@layout' },
      async ({ page }) => {
        // A phone: the drawing is about 270 pixels wide, and a week of boxes cannot sit side by side.
        await page.setViewportSize({ width: 390, height: 844 });
        await open(page, lang === 'ar' ? `${DEMO}?lang=ar` : DEMO);
        // What is drawn, and the events whose words reach past the drawing's edges or past their own box.
        const drawn = () =>
          page.evaluate(() => {
            const root = document.querySelector('diplomatic-timeline')!.shadowRoot!;
            const drawing = root.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
            const parts = [...root.querySelectorAll<HTMLElement>('.dt-item-content, .dt-dateline-label')];
            const cut = parts.flatMap((part) => {
              const box = part.getBoundingClientRect();
              const whole =
                box.left >= drawing.left - 0.5 &&
                box.right <= drawing.right + 0.5 &&
                part.scrollWidth <= part.clientWidth + 1;
              return whole ? [] : [part.dataset.eventId ?? 'dateline'];
            });
            return { parts: parts.length, cut };
          });
        const whole = { parts: datedEvents.length + 1, cut: [] };
        await expect.poll(drawn).toEqual(whole);
        const toolbar = page.locator('[part="toolbar"] button');
        // Zoomed in, boxes run off the edges: the check sees them.
        await toolbar.nth(0).click();
        await expect.poll(async () => (await drawn()).cut.length).toBeGreaterThan(0);
        await toolbar.nth(2).click();
        await expect.poll(drawn).toEqual(whole);
      },
    );
  }
});

test.describe('the axis', () => {
  for (const [lang, width] of [
    ['en', 360],
    ['ar', 360],
    ['en', 320],
    ['ar', 320],
  ] as const) {
    test(
      `shows no label cut by the drawing's edges: "25 Jan" would read "5 Jan", "February 2026" "February 202" (${lang}, ${width} pixels)`,
      { tag: '@layout' },
      async ({ page }) => {
        // Small phones, where a week's step is about as wide as its label.
        await page.setViewportSize({ width, height: 800 });
        await open(page, lang === 'ar' ? `${DEMO}?lang=ar` : DEMO);
        // The shown labels whose words begin before the drawing does or end after it (right to left: mirrored).
        const cut = () =>
          page.evaluate((rtl) => {
            const root = document.querySelector('diplomatic-timeline')!.shadowRoot!;
            const drawing = root.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
            return [
              ...root.querySelectorAll(
                '.vis-time-axis .vis-text.vis-minor, .vis-time-axis .vis-text.vis-major',
              ),
            ]
              .filter((label) => getComputedStyle(label).visibility !== 'hidden' && label.textContent!.trim())
              .filter((label) => {
                const words = document.createRange();
                words.selectNodeContents(label);
                const box = words.getBoundingClientRect();
                const [before, after] = rtl
                  ? [box.right > drawing.right + 0.5, box.left < drawing.left - 0.5]
                  : [box.left < drawing.left - 0.5, box.right > drawing.right + 0.5];
                return before || after;
              })
              .map((label) => label.textContent);
          }, lang === 'ar');
        const labels = page.locator('.vis-time-axis .vis-text.vis-minor');
        const shown = () =>
          labels.evaluateAll(
            (all) => all.filter((label) => getComputedStyle(label).visibility !== 'hidden').length,
          );
        await expect.poll(cut).toEqual([]);
        // A label is hidden only when cut: at first, the fitted window shows at least two days' labels.
        expect(await shown()).toBeGreaterThanOrEqual(2);
        // Dragged a little each way, so that some step begins just before the window or ends past it.
        const drawing = (await page.locator('.vis-panel.vis-center').boundingBox())!;
        for (const shift of [23, 41, 67, -90, -37, -15]) {
          await page.mouse.move(drawing.x + drawing.width / 2, drawing.y + 20);
          await page.mouse.down();
          await page.mouse.move(drawing.x + drawing.width / 2 + shift, drawing.y + 20, { steps: 4 });
          await page.mouse.up();
          await expect.poll(cut).toEqual([]);
        }
        expect(await shown()).toBeGreaterThanOrEqual(1);
      },
    );
  }
});

test.describe('the dateline', () => {
  for (const [lang, width] of [
    ['en', 360],
    ['ar', 360],
    ['en', 390],
    ['en', 1280],
    ['ar', 1280],
  ] as const) {
    test(
      `its label is covered by no event, ${width} pixels wide (${lang})`,
      { tag: '@layout' },
      async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await open(page, lang === 'ar' ? `${DEMO}?lang=ar` : DEMO);
        // The events drawn over the label's words.
        const covering = () =>
          page.evaluate(() => {
            const root = document.querySelector('diplomatic-timeline')!.shadowRoot!;
            const label = root.querySelector('.dt-dateline-label')!.getBoundingClientRect();
            return [...root.querySelectorAll<HTMLElement>('.vis-item.dt-item')]
              .filter((item) => {
                const box = item.getBoundingClientRect();
                return (
                  box.left < label.right &&
                  box.right > label.left &&
                  box.top < label.bottom &&
                  box.bottom > label.top
                );
              })
              .map((item) => item.querySelector<HTMLElement>('[data-event-id]')?.dataset.eventId);
          });
        await expect(page.locator('.dt-dateline-label')).toBeVisible();
        await expect.poll(covering).toEqual([]);
        // Zoomed and panned, the label still keeps its place above the first lane's events.
        await page.locator('[part="toolbar"] button').nth(0).click();
        await expect.poll(covering).toEqual([]);
      },
    );
  }
});

test.describe('calendar days', () => {
  test('each dated event sits on its own day column, in every time zone', async ({ page }) => {
    await open(page);
    const columns = await page.locator('.vis-time-axis .vis-text.vis-minor').evaluateAll((labels) =>
      // Labels read "30" or "Fri 30" depending on the zoom: keep the day number.
      labels.map((label) => ({
        text: /(\d+)$/.exec(label.textContent!.trim())?.[1],
        left: label.getBoundingClientRect().left,
      })),
    );
    const dayAt = (x: number) => columns.filter((c) => c.left <= x).sort((a, b) => b.left - a.left)[0]?.text;
    for (const event of datedEvents) {
      const box = (await page.locator(`.vis-item:has([data-event-id="${event.id}"])`).boundingBox())!;
      const [first, last] = [event.time.start!, event.time.end ?? event.time.start!];
      if (event.time.end) {
        expect(dayAt(box.x + 2), `${event.id} starts on its first day`).toBe(String(Number(first.slice(8))));
        expect(dayAt(box.x + box.width - 2), `${event.id} ends on its last day`).toBe(
          String(Number(last.slice(8))),
        );
      } else {
        expect(dayAt(box.x + box.width / 2), `${event.id} is on its day`).toBe(
          String(Number(first.slice(8))),
        );
      }
    }
    const dateline = (await page.locator('.vis-item.dt-dateline').boundingBox())!;
    expect(dayAt(dateline.x + dateline.width / 2)).toBe('7');
  });
});

test.describe('the article', () => {
  test('shows the source text untouched, paragraph by paragraph', async ({ page }) => {
    await open(page);
    const { readFileSync } = await import('node:fs');
    const source = readFileSync(new URL('../../events/sources/ankara-talks.ar.txt', import.meta.url), 'utf8');
    const paragraphs = await page.locator('.dt-article-text p').allTextContents();
    expect(paragraphs.join('\n\n')).toBe(source.replace(/\n{2,}/g, '\n\n').replace(/\n+$/, ''));
  });

  test("marks each event's quotes, and only those, when it is selected", async ({ page }) => {
    await open(page, `${DEMO}#event=araghchi-cnn-interview`);
    const marked = await page.locator('.dt-article mark.dt-current').allTextContents();
    const quotes = article.events
      .find((event) => event.id === 'araghchi-cnn-interview')!
      .quotes.map((q) => q.text);
    expect(marked.join('')).toBe(quotes.join(''));
  });
});

test.describe('the start, end and height attributes', () => {
  /** Whether each event's mark lies within the visible part of the drawing, by id. */
  const inView = (page: Page) =>
    page.locator('diplomatic-timeline').evaluate((host) => {
      const root = host.shadowRoot!;
      const panel = root.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
      const seen: Record<string, boolean> = {};
      for (const mark of root.querySelectorAll<HTMLElement>('.dt-timeline .vis-item [data-event-id]')) {
        const box = mark.closest('.vis-item')!.getBoundingClientRect();
        seen[mark.dataset.eventId!] = box.right > panel.left && box.left < panel.right;
      }
      return seen;
    });

  test('start and end set the first window, and it stays', async ({ page }) => {
    await page.goto(widgetUrl({ src: '/events/ankara-talks.json', start: '2026-01-31', end: '2026-02-01' }));
    await waitForOutcome(page);
    // vis-timeline applies its own first window a moment after the first draw: past that.
    await page.waitForTimeout(1500);
    const seen = await inView(page);
    expect(seen['sisi-calls-pezeshkian']).toBe(true);
    expect(seen['khamenei-tehran-speech']).toBe(true);
    expect(seen['fidan-hosts-araghchi'] ?? false).toBe(false);
    expect(seen['ankara-meeting-proposed'] ?? false).toBe(false);

    // Set later, they move the window too.
    await page.locator('diplomatic-timeline').evaluate((host) => {
      host.setAttribute('start', '2026-01-30');
      host.setAttribute('end', '2026-01-30');
    });
    // Drawn again the same way as at first, which the wait above has shown to last.
    await expect
      .poll(async () => {
        const later = await inView(page);
        return [later['fidan-hosts-araghchi'], later['khamenei-tehran-speech'] ?? false];
      })
      .toEqual([true, false]);
  });

  test(
    'a height shorter than the drawing: it scrolls within it, over nothing below',
    { tag: '@layout' },
    async ({ page }) => {
      await page.goto(widgetUrl({ src: '/events/ankara-talks.json', height: '200px' }));
      await waitForOutcome(page);
      const timeline = page.locator('.dt-timeline');
      const box = await timeline.evaluate((element) => ({
        height: element.clientHeight,
        content: element.scrollHeight,
        bottom: element.getBoundingClientRect().bottom,
      }));
      expect(box.height).toBe(200);
      expect(box.content).toBeGreaterThan(300);
      // The undated list below is where it seems: a click there reaches it.
      const chip = page.locator('.dt-undated [data-event-id]').first();
      expect((await chip.boundingBox())!.y).toBeGreaterThanOrEqual(box.bottom);
      await chip.click();
      await expect(page.locator('.dt-details .dt-card')).toHaveAttribute(
        'data-event-id',
        (await chip.getAttribute('data-event-id'))!,
      );
      // The keyboard brings the last lane's event into the scrolled view.
      await timeline.focus();
      await page.keyboard.press('Home');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await expect
        .poll(() =>
          timeline.evaluate((element) => {
            const active = element.querySelector('.dt-active')?.closest('.vis-item')?.getBoundingClientRect();
            const view = element.getBoundingClientRect();
            return active !== undefined && active.top >= view.top - 1 && active.bottom <= view.bottom + 1;
          }),
        )
        .toBe(true);
      expect(await timeline.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
    },
  );
});
