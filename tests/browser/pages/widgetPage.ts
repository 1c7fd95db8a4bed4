/**
 * Driving tests/browser/pages/widget.html, the host page of one <diplomatic-timeline>
 * configured from its query string (see widget.js), and watching what the widget does.
 */
import type { Locator, Page } from '@playwright/test';

export const WIDGET_PAGE = '/tests/browser/pages/widget.html';

/** One event the widget dispatched, as widget.js records it on `document`. */
export interface WidgetEvent {
  type: 'timeline-ready' | 'timeline-select' | 'timeline-error';
  count?: number;
  id?: string | null;
  fatal?: boolean;
  /** How many problems `detail.problems` holds. */
  problems?: number;
  /** Whether `detail.problems` is the element's own `problems` list. */
  problemsAreTheElements?: boolean;
}

declare global {
  interface Window {
    widgetEvents: WidgetEvent[];
    hostError?: string;
  }
}

/** The host page's URL: each parameter becomes the attribute of that name (see widget.js). */
export function widgetUrl(params: Record<string, string | number> = {}): string {
  const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
  const text = query.toString();
  return text ? `${WIDGET_PAGE}?${text}` : WIDGET_PAGE;
}

export const widget = (page: Page): Locator => page.locator('#widget');
export const notice = (page: Page): Locator => page.locator('#widget [part="notice"]');
export const noticeLines = (page: Page): Promise<string[]> =>
  page.locator('#widget [part="notice"] li').allTextContents();

export const widgetEvents = (page: Page): Promise<WidgetEvent[]> => page.evaluate(() => window.widgetEvents);

/**
 * Waits until the widget has finished a load (`after` events already recorded are skipped):
 * `timeline-ready`, or a fatal `timeline-error`. Returns the events of that load. An uncaught
 * exception in the page meanwhile fails at once: the widget would never finish.
 */
export async function waitForOutcome(page: Page, after = 0): Promise<WidgetEvent[]> {
  const finished = page.waitForFunction(
    (skip) =>
      window.widgetEvents
        .slice(skip)
        .some((e) => e.type === 'timeline-ready' || (e.type === 'timeline-error' && e.fatal === true)),
    after,
    { timeout: 0 },
  );
  finished.catch(() => undefined);
  let onError: (error: Error) => void = () => undefined;
  const crashed = new Promise<never>((_, reject) => {
    onError = (error) =>
      reject(new Error(`uncaught in the page before the widget finished: ${error.name}: ${error.message}`));
  });
  page.on('pageerror', onError);
  try {
    await Promise.race([finished, crashed]);
  } finally {
    page.off('pageerror', onError);
  }
  return (await widgetEvents(page)).slice(after);
}
