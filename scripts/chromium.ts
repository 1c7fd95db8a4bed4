/**
 * How this project launches Chromium, for the browser tests, the benchmark and the package
 * check alike: Debian's build (browser downloads do not work here), headless, without the
 * sandbox (tests run as root) and without the background work that would add noise.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
