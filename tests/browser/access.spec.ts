import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { openDemo as open } from './openDemo.ts';
import { article, datedEvents } from './article.ts';

const tooltipId = (page: Page) =>
  page.locator('diplomatic-timeline [role="tooltip"] .dt-card').getAttribute('data-event-id');
type Box = { left: number; right: number; top: number; bottom: number };

/** Where an event's mark, the drawing's visible panel and the tooltip are on screen. */
const boxesOf = (page: Page, id: string) =>
  page.locator('diplomatic-timeline').evaluate((host, eventId) => {
    const root = host.shadowRoot!;
    const box = (element: Element | null | undefined): Box | null => {
      if (!element) return null;
      const { left, right, top, bottom } = element.getBoundingClientRect();
      return { left, right, top, bottom };
    };
    return {
      item: box(root.querySelector(`.dt-timeline [data-event-id="${eventId}"]`)?.closest('.vis-item')),
      panel: box(root.querySelector('.vis-panel.vis-center')),
      tooltip: box(root.querySelector('[role="tooltip"]:not([hidden])')),
    };
  }, id);

/** The tooltip is above, below or beside the item, never over it. */
const apart = (tooltip: Box, item: Box) =>
  tooltip.bottom <= item.top + 1 ||
  tooltip.top >= item.bottom - 1 ||
  tooltip.right <= item.left + 1 ||
  tooltip.left >= item.right - 1;

/** The gap between the tooltip and the item, on the side where they are apart. */
const gap = (tooltip: Box, item: Box) =>
  Math.max(
    item.top - tooltip.bottom,
    tooltip.top - item.bottom,
    item.left - tooltip.right,
    tooltip.left - item.right,
  );

const laneOf = (page: Page, id: string) =>
  page
    .locator(`.vis-item:has([data-event-id="${id}"])`)
    .evaluate((item) => item.closest('.vis-group')!.getBoundingClientRect().top);

test.describe('keyboard', () => {
  test('the timeline is one tab stop, after the toolbar', async ({ page }) => {
    await open(page);
    // The toolbar's last control (the search field): the timeline comes next.
    await page.locator('[part="toolbar"] :is(button, input):visible').last().focus();
    await page.keyboard.press('Tab');
    await expect(page.locator('.dt-timeline')).toBeFocused();
    await expect(page.locator('.dt-timeline')).toHaveAttribute('aria-activedescendant', /^dt-opt-/);
    await page.keyboard.press('Tab');
    await expect(page.locator('.dt-timeline')).not.toBeFocused();
  });

  test('Home and End go to the first and last events; Up and Down change lanes', async ({ page }) => {
    await open(page);
    await page.locator('.dt-timeline').focus();
    await page.keyboard.press('End');
    await expect.poll(() => tooltipId(page)).toBe('ankara-meeting-proposed');
    await page.keyboard.press('Home');
    const first = await tooltipId(page);
    expect(['fidan-hosts-araghchi', 'zamir-washington-visit']).toContain(first);
    const lane = await laneOf(page, first!);
    await page.keyboard.press(first === 'zamir-washington-visit' ? 'ArrowUp' : 'ArrowDown');
    await expect.poll(async () => laneOf(page, (await tooltipId(page))!)).not.toBe(lane);
  });

  test('+ and - zoom', async ({ page }) => {
    await open(page);
    const labels = () => page.locator('.vis-time-axis .vis-text.vis-minor').count();
    const before = await labels();
    await page.locator('.dt-timeline').focus();
    await page.keyboard.press('+');
    await expect.poll(labels).not.toBe(before);
  });

  test('+ zooms around the focused event: it stays in view, its tooltip by it', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await open(page);
    await page.locator('.dt-timeline').focus();
    // Home: the first event, which focus has already shown; End: the last, shown a frame later.
    for (const [key, last] of [
      ['Home', null],
      ['End', 'ankara-meeting-proposed'],
    ] as const) {
      await page.keyboard.press(key);
      if (last) await expect.poll(() => tooltipId(page)).toBe(last);
      const id = (await tooltipId(page))!;
      for (let press = 1; press <= 4; press++) {
        const axis = await page.locator('.vis-time-axis .vis-text.vis-minor').allTextContents();
        await page.keyboard.press('+');
        await expect
          .poll(() => page.locator('.vis-time-axis .vis-text.vis-minor').allTextContents())
          .not.toEqual(axis);
        await expect
          .poll(async () => {
            const { item, panel, tooltip } = await boxesOf(page, id);
            if (!item || !panel || !tooltip) return { item, tooltip };
            return {
              inView: item.left >= panel.left - 1 && item.left <= panel.right + 1,
              apart: apart(tooltip, item),
              near: gap(tooltip, item) < 16,
            };
          }, `${key}, then + ${press} time(s)`)
          .toEqual({ inView: true, apart: true, near: true });
        expect(await tooltipId(page)).toBe(id);
      }
    }
  });

  test(
    'the zoom buttons say when they can go no further, and then do nothing',
    { tag: '@zoneless' },
    async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await open(page);
      const axis = () => page.locator('.vis-time-axis .vis-text').allTextContents();
      for (const name of ['Zoom out', 'Zoom in']) {
        const button = page.locator('[part="toolbar"] button', { hasText: name });
        await expect(button).toHaveAttribute('aria-disabled', 'false');
        for (let i = 0; i < 20 && (await button.getAttribute('aria-disabled')) === 'false'; i++) {
          const before = await axis();
          await button.click();
          await expect.poll(axis).not.toEqual(before);
        }
        await expect(button).toHaveAttribute('aria-disabled', 'true');
        const before = await axis();
        // Still focusable, still clickable: it just does nothing.
        await button.click({ force: true });
        await page.waitForTimeout(300);
        expect(await axis()).toEqual(before);
      }
      await expect(page.locator('[part="toolbar"] button', { hasText: 'Zoom out' })).toHaveAttribute(
        'aria-disabled',
        'false',
      );
    },
  );

  test(
    'closing the details gives focus back to the timeline, by the close button or Escape',
    { tag: '@zoneless' },
    async ({ page }) => {
      await open(page);
      const timeline = page.locator('.dt-timeline');
      const close = page.locator('.dt-details button[aria-label="Close details"]');
      await timeline.focus();
      await page.keyboard.press('Home');
      await page.keyboard.press('Enter');
      await close.focus();
      await page.keyboard.press('Enter');
      await expect(page.locator('.dt-details')).toBeHidden();
      await expect(timeline).toBeFocused();

      await page.keyboard.press('Enter');
      await close.focus();
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await expect(page.locator('.dt-details')).toBeHidden();
      await expect(timeline).toBeFocused();
    },
  );

  test('Enter pins the details, the selection is announced, and Escape closes them', async ({ page }) => {
    await open(page);
    await page.locator('.dt-timeline').focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await expect(page.locator('.dt-details')).toBeVisible();
    await expect(page.locator('diplomatic-timeline [aria-live="polite"]')).toContainText('Selected:');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(page.locator('.dt-details')).toBeHidden();
  });

  test('in Arabic, Left moves later in time (time flows right to left)', async ({ page }) => {
    await open(page, '/dist/index.html?lang=ar');
    await page.locator('.dt-timeline').focus();
    await page.keyboard.press('Home');
    const first = await tooltipId(page);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => tooltipId(page)).not.toBe(first);
    const second = (await tooltipId(page))!;
    const day = (id: string) => article.events.find((event) => event.id === id)!.time.start!;
    expect(day(second) >= day(first!)).toBe(true);
  });
});

test.describe('a tooltip too long for the screen', () => {
  test.use({ viewport: { width: 390, height: 600 } });

  test(
    'scrolls: Page Down and Page Up scroll it from the timeline, and Tab reaches it',
    { tag: '@zoneless' },
    async ({ page }) => {
      await open(page);
      const tooltip = page.locator('diplomatic-timeline [role="tooltip"]');
      await page.locator('.dt-timeline').focus();
      await page.keyboard.press('End');
      await expect.poll(() => tooltipId(page)).toBe('ankara-meeting-proposed');
      const overflow = await tooltip.evaluate((element) => element.scrollHeight - element.clientHeight);
      expect(overflow).toBeGreaterThan(50);
      await page.keyboard.press('PageDown');
      await expect.poll(() => tooltip.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
      await expect(page.locator('.dt-timeline')).toBeFocused();
      await page.keyboard.press('PageUp');
      await expect.poll(() => tooltip.evaluate((element) => element.scrollTop)).toBe(0);
      await page.keyboard.press('Tab');
      await expect(tooltip).toBeFocused();
      await expect(tooltip).toBeVisible();
    },
  );
});

test.describe('screen readers', () => {
  test('each event is an option whose name gives title, date and participants', async ({ page }) => {
    await open(page);
    await expect(page.locator('.dt-timeline')).toHaveAttribute('role', 'listbox');
    const option = page.locator('.dt-timeline [data-event-id="sisi-calls-pezeshkian"]');
    await expect(option).toHaveAttribute('role', 'option');
    await expect(option).toHaveAccessibleName(
      'Sisi calls Pezeshkian, urges him to agree to meet Trump officials; Saturday 31 January 2026; Abdel Fattah al-Sisi, Masoud Pezeshkian; occurred',
    );
  });

  test('the list view reads every event in order, with quotes and translations', async ({ page }) => {
    await open(page);
    await page.locator('diplomatic-timeline button', { hasText: 'List view' }).click();
    const cards = page.locator('.dt-list .dt-card');
    await expect(cards).toHaveCount(article.events.length);
    const ids = await cards.evaluateAll((all) => all.map((card) => card.getAttribute('data-event-id')));
    const dated = ids
      .slice(0, datedEvents.length)
      .map((id) => article.events.find((e) => e.id === id)!.time.start!);
    expect(dated).toEqual([...dated].sort());
    const text = await page.locator('.dt-list').innerText();
    for (const event of article.events) {
      for (const quote of event.quotes) expect(text).toContain(quote.translation);
    }
  });

  test(
    "the view switch is named for the view it opens, and claims no 'pressed' state",
    { tag: '@zoneless' },
    async ({ page }) => {
      await open(page);
      const toggle = page.locator('[part="list-toggle"]');
      await expect(toggle).toHaveAccessibleName('List view');
      await toggle.click();
      // "Timeline view, pressed" while the list shows would say the opposite of what is on screen.
      await expect(toggle).toHaveAccessibleName('Timeline view');
      await expect(toggle).not.toHaveAttribute('aria-pressed');
    },
  );

  test(
    "in the list view, only each event's card is boxed: its participants are plain lines",
    { tag: '@layout' },
    async ({ page }) => {
      await open(page);
      await page.locator('[part="list-toggle"]').click();
      const borders = (selector: string) =>
        page
          .locator(`.dt-list ${selector}`)
          .evaluateAll((all) => all.map((element) => getComputedStyle(element).borderTopWidth));
      const cards = await borders('ol > li:not(.dt-list-divider)');
      expect(cards.length).toBe(article.events.length);
      expect(new Set(cards)).toEqual(new Set(['1px']));
      const lines = await borders('.dt-participants li');
      expect(lines.length).toBeGreaterThan(article.events.length);
      expect(new Set(lines)).toEqual(new Set(['0px']));
      expect(await borders('.dt-list-divider')).toEqual(['0px']);
    },
  );

  test('the list view hides the zoom buttons, which act on the drawing alone', async ({ page }) => {
    await open(page);
    // By name: the toolbar holds other controls too (search, filters, share, download).
    const zoomButtons = page
      .locator('[part="toolbar"]')
      .getByRole('button', { name: /^(Zoom in|Zoom out|Fit all)$/, includeHidden: true });
    await expect(zoomButtons).toHaveCount(3);
    await expect(zoomButtons.first()).toBeVisible();
    await page.locator('[part="list-toggle"]').click();
    for (const zoomButton of await zoomButtons.all()) await expect(zoomButton).toBeHidden();
    await page.locator('[part="list-toggle"]').click();
    for (const zoomButton of await zoomButtons.all()) await expect(zoomButton).toBeVisible();
  });

  for (const lang of ['en', 'ar'] as const) {
    test(
      `the details say how each date was resolved, in the interface's language (${lang})`,
      { tag: '@zoneless' },
      async ({ page }) => {
        await open(page, `/dist/index.html?lang=${lang}`);
        await page.locator('[part="list-toggle"]').click();
        const rules = page.locator('.dt-list .dt-rule');
        await expect(rules).toHaveCount(article.events.length);
        const shown = await rules.evaluateAll((all) =>
          all.map((rule) => [rule.getAttribute('lang'), rule.textContent]),
        );
        const byText = new Map(shown.map(([ruleLang, text]) => [text, ruleLang]));
        for (const event of article.events) {
          const expected = lang === 'ar' ? event.time.ruleAr! : event.time.rule;
          expect(byText.get(expected), event.id).toBe(lang);
        }
      },
    );
  }

  test('in Arabic, an office follows its holder after an Arabic comma', async ({ page }) => {
    await open(page, '/dist/index.html?lang=ar');
    await page.locator('[part="list-toggle"]').click();
    const offices = await page.locator('.dt-list .dt-office').allTextContents();
    expect(offices.length).toBeGreaterThan(10);
    for (const office of offices) expect(office).toMatch(/^، \S/);
  });

  test('without JavaScript the demo page shows the list of every event', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/dist/index.html');
    await expect(page.locator('.dt-static-list .dt-card')).toHaveCount(article.events.length);
    await context.close();
  });
});

test.describe('touch and small screens', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('a tap opens the details and the tooltip', async ({ page }) => {
    await open(page);
    await page.locator('.dt-timeline [data-event-id="khamenei-tehran-speech"]').tap();
    await expect(page.locator('.dt-details .dt-card')).toHaveAttribute(
      'data-event-id',
      'khamenei-tehran-speech',
    );
    await expect(page.locator('diplomatic-timeline [role="tooltip"]')).toBeVisible();
  });

  test(
    'the tooltip of a tapped event is above or below it, never over it',
    { tag: '@layout' },
    async ({ page }) => {
      await open(page);
      for (const event of datedEvents) {
        const mark = page.locator(`.dt-timeline [data-event-id="${event.id}"]`);
        await mark.scrollIntoViewIfNeeded();
        await mark.tap();
        await expect.poll(() => tooltipId(page)).toBe(event.id);
        await expect
          .poll(async () => {
            const { item, tooltip } = await boxesOf(page, event.id);
            // On a phone, no room beside it: above or below.
            return item && tooltip && (tooltip.bottom <= item.top + 1 || tooltip.top >= item.bottom - 1);
          }, event.id)
          .toBe(true);
      }
    },
  );

  test('fits a 360 px screen without horizontal page scroll', async ({ page }) => {
    await open(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  test('a vertical swipe is left to the page, a horizontal one to the timeline', async ({ page }) => {
    await open(page);
    await expect(page.locator('.dt-timeline')).toHaveCSS('touch-action', 'pan-y');
  });
});

test.describe('preferences', () => {
  test('forced colours (high contrast): every legend swatch still shows, drawn with borders', async ({
    page,
  }) => {
    // Forced colours drop backgrounds and keep borders: a swatch drawn with a background alone vanishes.
    await page.emulateMedia({ forcedColors: 'active' });
    await open(page);
    const swatches = await page.locator('.dt-legend li:not([hidden]) .dt-swatch').evaluateAll((all) =>
      all.map((swatch) => {
        const style = getComputedStyle(swatch);
        const sides = ['top', 'right', 'bottom', 'left'].filter(
          (side) =>
            style.getPropertyValue(`border-${side}-style`) !== 'none' &&
            parseFloat(style.getPropertyValue(`border-${side}-width`)) >= 2,
        );
        return { swatch: swatch.className, bordered: sides.length > 0 };
      }),
    );
    expect(swatches.length).toBeGreaterThanOrEqual(4);
    expect(swatches.filter((swatch) => !swatch.bordered)).toEqual([]);
  });

  /** How many different axis layouts the frames show in the 800 ms after "Zoom in" is clicked. */
  async function zoomStates(page: Page): Promise<number> {
    // vis-timeline finishes its first layout over a few frames after the data is shown.
    await page.waitForTimeout(1000);
    await page.locator('diplomatic-timeline').evaluate((host) => {
      const button = [...host.shadowRoot!.querySelectorAll('button')].find(
        (b) => b.textContent === 'Zoom in',
      )!;
      button.addEventListener(
        'click',
        () => {
          const states = new Set<string>();
          const until = performance.now() + 800;
          const sample = () => {
            const labels = [...host.shadowRoot!.querySelectorAll('.vis-time-axis .vis-text.vis-minor')];
            states.add(
              labels.map((l) => `${l.textContent}@${Math.round(l.getBoundingClientRect().left)}`).join(),
            );
            if (performance.now() < until) requestAnimationFrame(sample);
            else (window as { zoomStates?: number }).zoomStates = states.size;
          };
          requestAnimationFrame(sample);
        },
        { once: true },
      );
    });
    await page.locator('diplomatic-timeline button', { hasText: 'Zoom in' }).click();
    return (
      await page.waitForFunction(() => (window as { zoomStates?: number }).zoomStates)
    ).jsonValue() as Promise<number>;
  }

  test('reduced motion: zooming jumps straight to the new window', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await open(page);
    expect(await zoomStates(page)).toBeLessThanOrEqual(2);
  });

  test('otherwise zooming is animated (so the check above can tell the difference)', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await open(page);
    expect(await zoomStates(page)).toBeGreaterThan(2);
  });
});
