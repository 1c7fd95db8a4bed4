/**
 * Prints the size of each built artifact, raw and gzipped, at the end of `npm run build`:
 * what a reader downloads is what the widget costs an article.
 * Usage: tsx scripts/report-sizes.ts [dir…] (default: dist/lib and dist).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { transformSync } from 'esbuild';

const ARTIFACT = /\.(js|css|d\.ts|html)$/;

/** Left unminified for the app's bundler, with its comments: budgeted as a bundler ships it. */
const UNMINIFIED = new Set(['dist/lib/diplomatic-timeline.js']);

interface Size {
  file: string;
  raw: number;
  gzip: number;
  /** What the budget counts: gzip, of the minified module for an UNMINIFIED one. */
  budgeted: number;
}

/**
 * The module and every chunk of ours it imports statically (`from "./x.js"`), recursively: an
 * app loads all of them with it. A chunk imported with `import()` is loaded on demand, and left out.
 */
function withStaticChunks(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  const chunks = [...code.matchAll(/\bfrom\s*["'](\.\/[^"']+\.js)["']/g)].map((m) =>
    join(dirname(file), m[1]!),
  );
  return [file, ...chunks.flatMap((chunk) => withStaticChunks(chunk, seen))];
}

function measure(file: string): Size {
  const bytes = readFileSync(file);
  const gzip = (data: Uint8Array | string) => gzipSync(data, { level: 9 }).byteLength;
  const budgeted = UNMINIFIED.has(file)
    ? withStaticChunks(file)
        .map((part) =>
          gzip(transformSync(readFileSync(part, 'utf8'), { minify: true, format: 'esm', loader: 'js' }).code),
        )
        .reduce((total, n) => total + n, 0)
    : gzip(bytes);
  return { file, raw: bytes.byteLength, gzip: gzip(bytes), budgeted };
}

function formatSizes(sizes: readonly Size[]): string {
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  const width = Math.max(...sizes.map((s) => s.file.length));
  return sizes
    .map(
      (s) =>
        `${s.file.padEnd(width)}  ${kib(s.raw).padStart(10)}  gzip ${kib(s.gzip).padStart(9)}` +
        (s.budgeted === s.gzip ? '' : `  (minified, gzip ${kib(s.budgeted)})`),
    )
    .join('\n');
}

function artifacts(dir: string, recurse: boolean): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return recurse && name === 'assets' ? artifacts(path, false) : [];
      return ARTIFACT.test(name) ? [path] : [];
    });
}

/** Gzip -9 bytes of files in node_modules: what plain vis-timeline costs a page. */
function gzipOf(...files: string[]): number {
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).byteLength, 0);
}

/**
 * The size budget, in gzip bytes. The single-file script must cost no more than plain
 * vis-timeline's standalone build, script and stylesheet, as installed (about 156.5 KiB gzip),
 * although it carries vis-timeline itself, date-fns, Floating UI, the compiled validators,
 * our styles and code. The ES module is counted minified, as an app ships it: unminified,
 * its comments would count, and a budget should not make documenting code cost bytes.
 * Growing past a budget fails the build, and so CI.
 */
const BUDGETS: Record<string, number> = {
  'dist/lib/diplomatic-timeline.iife.js': gzipOf(
    'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js',
    'node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css',
  ),
  // 36 KiB until archives (an index drawn at once, its parts fetched and checked on demand)
  // took 4 KiB; vis-timeline's unused styles, dropped, gave 2 KiB back: 38.0 KiB. Review
  // notes (issue #22: two rules and a stand-in modality list) and the spoken-language note
  // took 1.6 KiB, which the element's problems pass on; the load library and the element's
  // controllers (#19), public names where privates were, 0.2 KiB; the date engine's format
  // fields (phraseStart/phraseEnd, relay, review) in the compiled validators: 41.7 KiB. Month
  // and weekday names of our own (formatPattern) in place of date-fns' format and two locales,
  // which an app's bundler no longer pulls in (6 KiB gzip in the single-file script): 42.3 KiB.
  // Search (its index and the Arabic normaliser, 2.3 KiB) and filters (1.5 KiB), with their
  // controls, strings and marks in the element (issue #25): 48.3 KiB. The single-file script
  // paid for them by dropping vis-timeline's Graph2d and configurator (scripts/visJs.ts).
  // Counted from here with the chunk the module always imports (renderEventList-*.js, code it
  // shares with the on-demand take-away chunk): the view, Copy link, the download menu and
  // print (issue #25), 52.3 KiB. The take-away itself (exports, the image) loads on demand.
  'dist/lib/diplomatic-timeline.js': 53 * 1024,
  'dist/embed.js': 2 * 1024,
};

const dirs = process.argv.length > 2 ? process.argv.slice(2) : ['dist/lib', 'dist'];
const sizes = dirs.flatMap((dir) => artifacts(dir, true)).map(measure);
console.log(`\nartifact sizes (raw, gzip -9):\n${formatSizes(sizes)}`);
const over = sizes.filter((size) => size.budgeted > (BUDGETS[size.file] ?? Infinity));
for (const size of over) {
  const counted = UNMINIFIED.has(size.file) ? 'minified and gzipped' : 'gzip';
  console.error(
    `over budget: ${size.file} is ${(size.budgeted / 1024).toFixed(1)} KiB ${counted}, budget ${(BUDGETS[size.file]! / 1024).toFixed(1)} KiB`,
  );
}
process.exit(over.length === 0 ? 0 : 1);
