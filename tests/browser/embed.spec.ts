/**
 * embed.html alone, and inside <iframe sandbox="allow-scripts"> on examples/iframe.html,
 * where it has an opaque origin and reports its height to the host. Needs `npm run build`.
 */
import { expect, test } from '@playwright/test';
import type { Frame, Page } from '@playwright/test';
import { datedEvents } from './article.ts';

const FRAME_PAGE = '/examples/iframe.html';
const EMBED = '../dist/embed.html?src=events/ankara-talks.json';

interface Message {
  data: { type?: string; height?: number };
  origin: string;
  /** Id of the <iframe> whose window sent it. */
  frame: string | undefined;
}

declare global {
  interface Window {
    messages: Message[];
    spy: { posted: string[]; ready: boolean };
  }
}

/**
 * In the top page: records every message, and which frame sent it. In each frame: records
 * the target origin of every post to the parent (window.parent is [Replaceable], so a
 * stand-in can take its place), and when the widget is ready.
 */
async function watchMessages(page: Page): Promise<void> {
  await page.addInitScript(() => {
    if (window === window.top) {
      window.messages = [];
      window.addEventListener('message', (event) => {
        const frame = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === event.source);
        window.messages.push({ data: event.data, origin: event.origin, frame: frame?.id });
      });
      return;
    }
    const parent = window.parent;
    const spy = { posted: [] as string[], ready: false };
    window.spy = spy;
    const postMessage = (message: unknown, origin: string) => {
      spy.posted.push(origin);
      parent.postMessage(message, origin);
    };
    (window as unknown as { parent: unknown }).parent = { postMessage };
    document.addEventListener('timeline-ready', () => (spy.ready = true));
  });
}

const heights = (page: Page, frame: string) =>
  page.evaluate((id) => window.messages.filter((m) => m.frame === id).map((m) => m.data.height), frame);

async function addFrame(page: Page, id: string, src: string, referrerPolicy = ''): Promise<Frame> {
  await page.evaluate(
    ([id, src, referrerPolicy]) => {
      const frame = document.createElement('iframe');
      frame.setAttribute('sandbox', 'allow-scripts');
      Object.assign(frame, { id, src, className: 'timeline-frame', referrerPolicy });
      // Below the first frame, out of view: where Chromium stops a cross-origin frame's rendering.
      document.body.append(frame);
    },
    [id, src, referrerPolicy],
  );
  return (await (await page.locator(`#${id}`).elementHandle())!.contentFrame())!;
}

// Polling on a timer: a cross-origin frame out of view gets no animation frames.
const whenReady = (frame: Frame) => frame.waitForFunction(() => window.spy.ready, null, { polling: 100 });

test('embed.html shows only the widget, as wide as the page, with the query applied', async ({ page }) => {
  const selected = datedEvents[2]!.id;
  await page.goto(`/dist/embed.html?src=events/ankara-talks.json&lang=ar&selected=${selected}`);
  const widget = page.locator('diplomatic-timeline');
  await expect(widget.locator('.dt-details .dt-card')).toHaveAttribute('data-event-id', selected);
  expect(await page.evaluate(() => [...document.body.children].map((el) => el.localName))).toEqual([
    'diplomatic-timeline',
  ]);
  await expect(widget).toHaveAttribute('lang', 'ar');
  await expect(widget.locator('.dt')).toHaveAttribute('dir', 'rtl');
  const { x, width } = (await widget.boundingBox())!;
  // The page's width: the viewport's, less the scrollbar when the widget is taller than it.
  expect([x, width]).toEqual([0, await page.evaluate(() => document.documentElement.clientWidth)]);
});

test('in a sandboxed frame it draws, and the host sizes the frame to the height it reports', async ({
  page,
}) => {
  await watchMessages(page);
  await page.goto(FRAME_PAGE);
  const own = new URL(page.url()).origin;
  await expect(page.frameLocator('#ankara-frame').locator('.dt-timeline [data-event-id]')).toHaveCount(
    datedEvents.length,
  );
  const inner = (await (await page.locator('#ankara-frame').elementHandle())!.contentFrame())!;
  expect(await inner.evaluate(() => self.origin)).toBe('null');

  // The last report is the widget's height, and the host applied it: the frame does not scroll.
  const settled = async () => {
    const reported = (await heights(page, 'ankara-frame')).at(-1);
    const actual = await inner.evaluate(() =>
      Math.ceil(document.querySelector('diplomatic-timeline')!.getBoundingClientRect().height),
    );
    const frame = await page.locator('#ankara-frame').evaluate((f) => f.getBoundingClientRect().height);
    return reported === actual && frame === actual ? actual : null;
  };
  await expect.poll(settled).not.toBeNull();
  const first = (await settled())!;
  expect(first).toBeGreaterThan(200);
  expect(first).toBeLessThan(3000);
  expect(await inner.evaluate(() => document.documentElement.scrollHeight <= innerHeight)).toBe(true);
  const messages = await page.evaluate(() => window.messages);
  expect(messages.every((m) => m.origin === 'null' && m.frame === 'ankara-frame')).toBe(true);
  expect(messages.every((m) => m.data.type === 'diplomatic-timeline:height')).toBe(true);
  // Posted to the origin of the page that framed it (from the referrer), never '*'.
  expect(new Set(await inner.evaluate(() => window.spy.posted))).toEqual(new Set([own]));

  // The list view replaces the drawing: the frame follows the new height.
  await page.frameLocator('#ankara-frame').locator('[part="list-toggle"]').click();
  await expect(page.frameLocator('#ankara-frame').locator('.dt-list')).toBeVisible();
  await expect.poll(async () => (await settled()) ?? first).not.toBe(first);
});

test('no invisible layer covers the events once the widget is ready', async ({ page }) => {
  await page.addInitScript(() => {
    document.addEventListener('timeline-ready', (event) => {
      const root = (event.target as Element).shadowRoot!;
      const item = root.querySelector('.dt-timeline [data-event-id]')!.getBoundingClientRect();
      const top = root.elementFromPoint(item.x + item.width / 2, item.y + item.height / 2);
      document.documentElement.dataset.topmost = top?.closest('[data-event-id]') ? 'item' : top?.className;
    });
  });
  await page.goto('/dist/embed.html?src=events/ankara-talks.json');
  await expect(page.locator('html')).toHaveAttribute('data-topmost', /./);
  await expect(page.locator('html')).toHaveAttribute('data-topmost', 'item');
});

test('the height goes to the origin named by the host, to no other, and never to *', async ({ page }) => {
  await watchMessages(page);
  await page.goto(FRAME_PAGE);
  const own = new URL(page.url()).origin;
  const other = own.replace('127.0.0.1', 'localhost');
  const told = await addFrame(page, 'told-own', `${EMBED}&origin=${encodeURIComponent(own)}`, 'no-referrer');
  const toldOther = await addFrame(page, 'told-other', `${EMBED}&origin=${encodeURIComponent(other)}`);
  const untold = await addFrame(page, 'untold', EMBED, 'no-referrer');
  for (const frame of [told, toldOther, untold]) await whenReady(frame);

  // Without a referrer, the origin parameter is what lets the report through.
  expect(new Set(await told.evaluate(() => window.spy.posted))).toEqual(new Set([own]));
  await expect.poll(async () => (await heights(page, 'told-own')).length).toBeGreaterThan(0);
  // Another origin than this page's: the browser drops what is posted to it.
  expect(new Set(await toldOther.evaluate(() => window.spy.posted))).toEqual(new Set([other]));
  // Neither parameter nor referrer: the embed cannot know who frames it, and posts nothing.
  expect(await untold.evaluate(() => window.spy.posted)).toEqual([]);
  expect(await heights(page, 'told-other')).toEqual([]);
});

test('served without CORS headers, the sandboxed embed says why it cannot load', async ({ page }) => {
  await watchMessages(page);
  await page.goto(FRAME_PAGE);
  await addFrame(
    page,
    'no-cors',
    `../dist/embed.html?src=${encodeURIComponent('events/ankara-talks.json?cors=none')}`,
  );
  const frame = page.frameLocator('#no-cors');
  await expect(frame.locator('.dt-notice')).toBeVisible();
  await expect(frame.locator('.dt-notice')).toContainText('CORS');
  await expect.poll(async () => (await heights(page, 'no-cors')).length).toBeGreaterThan(0);
});
