/** Shared by examples.spec.ts and teardown.spec.ts: the article-like example page. */
import type { Page } from '@playwright/test';

export const HOST_PAGE = '/examples/host-page.html';
export const INSTANCES = ['by-src', 'by-property'] as const;

/** What the widget dispatched, as seen on `document`: proof the events leave the shadow root. */
export interface Recorded {
  type: string;
  target: string;
  id?: string | null;
  count?: number;
  fatal?: boolean;
  problems?: string[];
}

declare global {
  interface Window {
    recorded: Recorded[];
  }
}

/** Records the widget's events on `document` from before any script of the page runs. */
export async function recordEvents(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.recorded = [];
    for (const type of ['timeline-ready', 'timeline-select', 'timeline-error']) {
      document.addEventListener(type, (event) => {
        const e = event as Event & {
          count?: number;
          detail?: { id?: string | null; fatal?: boolean; problems?: { message: string }[] };
        };
        window.recorded.push({
          type,
          target: (event.target as Element).id,
          ...(e.count === undefined ? {} : { count: e.count }),
          ...(e.detail?.id === undefined ? {} : { id: e.detail.id }),
          ...(e.detail?.fatal === undefined ? {} : { fatal: e.detail.fatal }),
          ...(e.detail?.problems ? { problems: e.detail.problems.map((p) => p.message) } : {}),
        });
      });
    }
  });
}

/** Resolves once the element with this id has dispatched `timeline-ready` (at least `times` times). */
export async function waitForReady(page: Page, id: string, times = 1): Promise<void> {
  await page.waitForFunction(
    ([target, n]) =>
      window.recorded.filter((r) => r.type === 'timeline-ready' && r.target === target).length >= n,
    [id, times] as const,
  );
}

export async function openHostPage(page: Page): Promise<void> {
  await recordEvents(page);
  await page.goto(HOST_PAGE);
  for (const id of INSTANCES) await waitForReady(page, id);
}
