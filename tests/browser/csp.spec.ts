/**
 * The widget under a strict Content-Security-Policy (no inline script or style, no eval,
 * nothing from another origin): it draws, shows tooltips, details, the article and the list
 * without a single violation. Violations are collected by an init script, which the page's
 * policy does not govern.
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { waitForOutcome, widgetUrl } from './pages/widgetPage.ts';

const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}

declare global {
  interface Window {
    cspViolations: Violation[];
  }
}

/** Collects the page's CSP violations and its console's CSP complaints from before its first script. */
async function watchCsp(page: Page): Promise<{ console: string[] }> {
  const seen = { console: [] as string[] };
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content.Security.Policy|Refused to/i.test(message.text()))
      seen.console.push(message.text());
  });
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (event) =>
        window.cspViolations.push({
          directive: event.effectiveDirective,
          blocked: event.blockedURI,
          sample: event.sample,
          source: `${event.sourceFile}:${event.lineNumber}`,
        }),
      true,
    );
  });
  return seen;
}

const violations = (page: Page): Promise<Violation[]> => page.evaluate(() => window.cspViolations);

/** Violations are reported asynchronously: give them a couple of frames to arrive. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))),
  );
}

test.describe('under a strict CSP', () => {
  test('the widget from the IIFE draws, shows tooltips, details, the article and the list, with no violation', async ({
    page,
  }) => {
    const seen = await watchCsp(page);
    const response = await page.goto(`${widgetUrl({ src: '/events/ankara-talks.json' })}&csp=strict`);
    expect(response!.headers()['content-security-policy']).toBe(STRICT_CSP);
    const events = await waitForOutcome(page);
    expect(events.map((e) => e.type)).toEqual(['timeline-ready']);

    const items = page.locator('#widget .dt-timeline [data-event-id]');
    await expect(items.first()).toBeVisible();
    expect(await items.count()).toBeGreaterThan(3);
    // Styled: the adopted style sheets apply (the notice of an all-valid document is hidden by CSS, the tooltip positioned).
    await expect(page.locator('#widget .dt-toolbar')).toHaveCSS('display', 'flex');
    const first = items.first();
    const id = (await first.getAttribute('data-event-id'))!;
    await first.hover();
    const tooltip = page.locator('#widget [part="tooltip"]');
    await expect(tooltip).toBeVisible();
    await expect(tooltip.locator('.dt-card')).toHaveAttribute('data-event-id', id);
    await expect.poll(() => tooltip.evaluate((e) => (e as HTMLElement).style.transform)).toMatch(/translate/);
    await first.click();
    await expect(page.locator('#widget [part="details"] .dt-card')).toHaveAttribute('data-event-id', id);
    await expect(page.locator('#widget [part="article"] mark.dt-current').first()).toBeVisible();
    // Leave the item, so the tooltip no longer covers the toolbar.
    await page.mouse.move(0, 0);
    await expect(tooltip).toBeHidden();
    await page.locator('#widget [part="toolbar"] button', { hasText: 'Zoom in' }).click();
    await page.locator('#widget [part="list-toggle"]').click();
    await expect(page.locator('#widget [part="list"] .dt-card').first()).toBeVisible();

    await settle(page);
    expect(await violations(page)).toEqual([]);
    expect(seen.console).toEqual([]);
  });

  test('the widget in Arabic, given its document through the events property, with no violation', async ({
    page,
  }) => {
    const seen = await watchCsp(page);
    await page.goto(
      `${widgetUrl({ lang: 'ar', events: '/events/ankara-talks.json', source: '/events/sources/ankara-talks.ar.txt' })}&csp=strict`,
    );
    await waitForOutcome(page);
    const item = page.locator('#widget .dt-timeline [data-event-id]').first();
    await item.hover();
    await expect(page.locator('#widget [part="tooltip"]')).toBeVisible();
    await settle(page);
    expect(await violations(page)).toEqual([]);
    expect(seen.console).toEqual([]);
  });

  test('the violation watch works: an inline style and an inline script on the same page are caught', async ({
    page,
  }) => {
    const seen = await watchCsp(page);
    await page.goto(`${widgetUrl({ src: '/events/ankara-talks.json' })}&csp=strict`);
    await waitForOutcome(page);
    await settle(page);
    const before = (await violations(page)).length;
    const complaints = seen.console.length;
    await page.evaluate(() => {
      document.body.setAttribute('style', 'outline: 1px solid red');
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
    });
    await settle(page);
    const caused = (await violations(page)).slice(before);
    expect(caused.map((v) => v.directive).sort()).toEqual(['script-src-elem', 'style-src-attr']);
    expect(await page.evaluate(() => 'inlineRan' in window)).toBe(false);
    expect(seen.console.length).toBeGreaterThan(complaints);
  });

  test('the demo page (dist/index.html, built by Vite) with no violation', async ({ page }) => {
    const seen = await watchCsp(page);
    const response = await page.goto('/dist/index.html?csp=strict');
    expect(response!.headers()['content-security-policy']).toBe(STRICT_CSP);
    const item = page.locator('.dt-timeline [data-event-id]').first();
    await expect(item).toBeVisible();
    await item.hover();
    await expect(page.locator('diplomatic-timeline [part="tooltip"]')).toBeVisible();
    await settle(page);
    expect(await violations(page)).toEqual([]);
    expect(seen.console).toEqual([]);
  });
});

test.describe('under Trusted Types enforcement', () => {
  /** The host page, served with `require-trusted-types-for 'script'` (no policy of its own). */
  async function openWithTrustedTypes(page: Page, src: string): Promise<void> {
    await page.route(/\/tests\/browser\/pages\/widget\.html/, async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': "require-trusted-types-for 'script'" },
      });
    });
    const response = await page.goto(widgetUrl({ src }));
    expect(response!.headers()['content-security-policy']).toBe("require-trusted-types-for 'script'");
  }

  test('the widget draws its events, or shows a clear error state, without an uncaught exception', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await openWithTrustedTypes(page, '/events/ankara-talks.json');
    const events = await waitForOutcome(page);
    const drawn = await page.locator('#widget .dt-timeline [data-event-id]').count();
    const fatal = await page.locator('#widget .dt-notice.dt-fatal').count();
    expect(drawn > 0 || fatal === 1).toBe(true);
    expect(events.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  test('with a default policy of the host page, the widget draws, and vis-timeline passes it no markup and no data', async ({
    page,
  }) => {
    // The host's policy lets through what it is given, and writes it down.
    await page.addInitScript(() => {
      const w = window as unknown as {
        trustedTypes: { createPolicy(name: string, rules: { createHTML(html: string): string }): unknown };
        htmlAssigned: string[];
      };
      w.htmlAssigned = [];
      w.trustedTypes.createPolicy('default', {
        createHTML: (html) => {
          w.htmlAssigned.push(html);
          return html;
        },
      });
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await openWithTrustedTypes(page, '/events/ankara-talks.json');
    const events = await waitForOutcome(page);
    expect(events.map((e) => e.type)).toEqual(['timeline-ready']);
    await expect(page.locator('#widget .dt-timeline [data-event-id]').first()).toBeVisible();
    await page.locator('#widget .dt-timeline [data-event-id]').first().hover();
    await expect(page.locator('#widget [part="tooltip"]')).toBeVisible();
    const { assigned, titles } = await page.evaluate(() => ({
      assigned: (window as unknown as { htmlAssigned: string[] }).htmlAssigned,
      titles: document.querySelector('diplomatic-timeline')!.events!.events.map((e) => e.title.en),
    }));
    // What goes through innerHTML: empty strings (before our elements are appended) and axis labels.
    expect(assigned).toContain('');
    expect(assigned.filter((html) => /[<>&]/.test(html))).toEqual([]);
    expect(assigned.filter((html) => titles.some((title) => html.includes(title)))).toEqual([]);
    expect(errors).toEqual([]);
  });
});
