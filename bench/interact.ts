import type { Page } from 'playwright-core';
import type { BenchWindow, FrameReport } from './probe.ts';

const ZOOM_STEPS = 10;
const WHEEL_DELTA = 100;
const WHEEL_PAUSE_MS = 50;
const PAN_STEPS = 20;
const PAN_STEP_PX = 20;
const MOVE_PAUSE_MS = 16;

/**
 * A user's zoom in, zoom out and pan, with real input events at a human pace (a wheel
 * notch every 50 ms, a pointer move every frame), while the page records its frames.
 */
export async function zoomAndPan(page: Page): Promise<FrameReport> {
  const { x, y } = await page.evaluate(() => (globalThis as BenchWindow).__bench.target());
  await page.mouse.move(x, y);
  await page.evaluate(() => (globalThis as BenchWindow).__bench.startFrames());

  await page.keyboard.down('Control');
  for (const direction of [-1, 1]) {
    for (let step = 0; step < ZOOM_STEPS; step++) {
      await page.mouse.wheel(0, direction * WHEEL_DELTA);
      await page.waitForTimeout(WHEEL_PAUSE_MS);
    }
  }
  await page.keyboard.up('Control');

  for (const direction of [-1, 1]) {
    const from = x - (direction * PAN_STEPS * PAN_STEP_PX) / 2;
    await page.mouse.move(from, y);
    await page.mouse.down();
    for (let step = 1; step <= PAN_STEPS; step++) {
      await page.mouse.move(from + direction * step * PAN_STEP_PX, y);
      await page.waitForTimeout(MOVE_PAUSE_MS);
    }
    await page.mouse.up();
  }

  return page.evaluate(() => (globalThis as BenchWindow).__bench.stopFrames());
}
