import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.ts';

/** Calendar days must not move with the reader's zone: every browser test runs in each of these. */
const ZONES = ['America/Los_Angeles', 'UTC', 'Asia/Tehran', 'Pacific/Kiritimati'];
// TEST_PORT lets a second checkout run its browser tests while another is running.
const PORT = Number(process.env.TEST_PORT ?? 4178);

export default defineConfig({
  testDir: 'tests/browser',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      // Playwright hides scrollbars; readers' browsers mostly show them, and 15 pixels less
      // width once hid lines cut off by a lane too short for them.
      ignoreDefaultArgs: ['--hide-scrollbars'],
      args: [...CHROMIUM_ARGS],
    },
  },
  webServer: {
    command: `npx tsx tests/browser/server.ts ${PORT}`,
    url: `http://127.0.0.1:${PORT}/dist/index.html`,
    reuseExistingServer: !process.env.CI,
  },
  // Tests about bytes, requests and the DOM's lifetime rather than days run in UTC only: the
  // hostile corpus (113 documents, a few minutes), axe's checks of roles, names and colours,
  // network faults, the strict CSP and teardown; those tagged @layout, about where words
  // fall in pixels (cut by an edge, covered by a box), which days do not move; and those
  // tagged @zoneless, about focus, names and the state of controls, where no day is shown
  // or ordered. Every other browser test runs in each zone.
  projects: ZONES.map((timezoneId) => ({
    name: timezoneId,
    use: { timezoneId },
    ...(timezoneId === 'UTC'
      ? {}
      : { testIgnore: /(hostile|a11y|network|csp|teardown)\.spec\.ts$/, grepInvert: /@layout|@zoneless/ }),
  })),
});
