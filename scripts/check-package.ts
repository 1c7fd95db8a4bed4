/**
 * npm run check:package — after `npm run build`: is the published package usable?
 * Runs publint, packs the tarball, installs it into an empty project, then
 * - typechecks a user's TS file (node16 and bundler resolution, and a plain script
 *   that only references the types, as an IIFE user would);
 * - bundles an ES module importing it (esbuild) and draws the events in Chromium;
 * - loads the IIFE with a plain script tag and draws the events in Chromium.
 * Needs the npm registry (or cache) for the package's dependencies.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

const repo = resolve(import.meta.dirname, '..');
const bin = (name: string) => join(repo, 'node_modules/.bin', name);

function run(command: string, args: string[], cwd: string): string {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

const USER_TS = `import { DiplomaticTimeline, defineDiplomaticTimeline, validateDocument } from 'diplomatic-timeline';
import type { EventsDocument, Problem } from 'diplomatic-timeline';
defineDiplomaticTimeline();
const el = document.querySelector('diplomatic-timeline')!;
el.select('x');
el.addEventListener('timeline-select', (e) => {
  const id: string | null = e.detail.id;
  console.log(id);
});
el.addEventListener('timeline-error', (e) => e.detail.problems.map((p: Problem) => p.message));
const made: DiplomaticTimeline = document.createElement('diplomatic-timeline');
const doc: EventsDocument | null = validateDocument({}).document;
// @ts-expect-error select takes an id or null
el.select(42);
export { made, doc };
`;

// No import: the types come from a reference, as for a page loading the IIFE.
const SCRIPT_TS = `/// <reference types="diplomatic-timeline" />
document.querySelector('diplomatic-timeline')!.select('x');
document.addEventListener('timeline-select', (e) => console.log(e.detail.id));
`;

function tsconfig(module: string, moduleResolution: string, files: string[]): string {
  const compilerOptions = { strict: true, noEmit: true, module, moduleResolution, target: 'ES2022' };
  return JSON.stringify({
    compilerOptions: { ...compilerOptions, lib: ['ES2022', 'DOM'], types: [] },
    files,
  });
}

async function draws(load: (page: Page) => Promise<void>): Promise<number> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.setContent('<diplomatic-timeline></diplomatic-timeline>');
    await load(page);
    const doc = JSON.parse(readFileSync(join(repo, 'events/ankara-talks.json'), 'utf8')) as unknown;
    const count = await page.evaluate(async (doc) => {
      const el = document.querySelector('diplomatic-timeline')!;
      const ready = new Promise((done) => el.addEventListener('timeline-ready', done, { once: true }));
      (el as unknown as { events: unknown }).events = doc;
      await ready;
      return el.shadowRoot!.querySelectorAll('.dt-timeline [data-event-id]').length;
    }, doc);
    if (errors.length) throw new Error(errors.join('\n'));
    return count;
  } finally {
    await browser.close();
  }
}

run(bin('publint'), ['--strict'], repo);
const dir = mkdtempSync(join(tmpdir(), 'dt-package-'));
const tarball = join(
  dir,
  JSON.parse(run('npm', ['pack', '--json', '--pack-destination', dir], repo))[0].filename,
);
const project = join(dir, 'user');
mkdirSync(project);
writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'user', private: true, type: 'module' }));
run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], project);

// Editors find the element's attributes, events and parts through the manifest its package.json names.
const installed = join(project, 'node_modules/diplomatic-timeline');
const { customElements } = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as {
  customElements?: string;
};
const manifest = JSON.parse(
  readFileSync(join(installed, customElements ?? 'custom-elements.json'), 'utf8'),
) as {
  modules: { declarations?: { tagName?: string }[] }[];
};
if (!manifest.modules.some((module) => module.declarations?.some((d) => d.tagName === 'diplomatic-timeline')))
  throw new Error('the package has no custom elements manifest describing <diplomatic-timeline>');

writeFileSync(join(project, 'user.ts'), USER_TS);
writeFileSync(join(project, 'script.ts'), SCRIPT_TS);
for (const [module, resolution] of [
  ['node16', 'node16'],
  ['esnext', 'bundler'],
]) {
  writeFileSync(join(project, 'tsconfig.json'), tsconfig(module!, resolution!, ['user.ts', 'script.ts']));
  run(bin('tsc'), ['-p', '.'], project);
}

const resolved = run(
  process.execPath,
  [
    '--input-type=module',
    '-e',
    "for (const s of ['diplomatic-timeline', 'diplomatic-timeline/iife']) console.log(import.meta.resolve(s))",
  ],
  project,
);
console.log(resolved.trim());

writeFileSync(
  join(project, 'entry.js'),
  "import { defineDiplomaticTimeline } from 'diplomatic-timeline';\ndefineDiplomaticTimeline();\n",
);
run(bin('esbuild'), ['entry.js', '--bundle', '--format=esm', '--outfile=bundle.js'], project);
const esm = await draws((page) =>
  page.addScriptTag({ path: join(project, 'bundle.js'), type: 'module' }).then(),
);
const iife = await draws((page) =>
  page
    .addScriptTag({
      path: join(project, 'node_modules/diplomatic-timeline/dist/lib/diplomatic-timeline.iife.js'),
    })
    .then(),
);
console.log(`ES module bundle drew ${esm} events; the IIFE drew ${iife}.`);
if (esm === 0 || iife === 0 || esm !== iife) throw new Error('the package did not draw the events');
console.log(`package OK: ${tarball}`);
