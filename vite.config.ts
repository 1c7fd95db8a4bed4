import { cpSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { UserConfig } from 'vite';
import { defineConfig } from 'vitest/config';
import { renderStaticList } from './scripts/staticList.ts';
import { trimVisCssPlugin } from './scripts/visCss.ts';
import { trimVisJsPlugin } from './scripts/visJs.ts';

/**
 * Pages that load our scripts as they are get vis-timeline's and vis-data's `esnext`
 * builds, bundled from their parts: 150 kB gzip for the whole single-file script,
 * against 185 kB for vis alone through the peer builds (their core-js helpers) and 163 kB
 * through the standalone bundle, which also injects its CSS into the page's <head>
 * (refused by a strict CSP, and a leak out of the shadow root) and carries every moment
 * locale. The ES module keeps the peer imports, so an app's bundler can share vis-data
 * and moment with its own code; esnext's own dependencies are needed only to build.
 */
const esnextVis = {
  alias: [
    { find: /^vis-timeline\/peer$/, replacement: 'vis-timeline/esnext' },
    { find: /^vis-data\/peer$/, replacement: 'vis-data/esnext' },
    // vis-timeline's HTML filter, replaced by escaping: it only ever sees dates and "" from us.
    { find: /^xss$/, replacement: resolve('src/vendor/xssEscape.ts') },
  ],
};

/**
 * `vite build` writes the site (dist/index.html, dist/embed.html);
 * `vite build --mode lib` the ES module, `--mode iife` the single-file script, into dist/lib/;
 * `vite build --mode embed` dist/embed.js, the script embed.html runs after the IIFE.
 */
export default defineConfig(({ mode }) => {
  if (mode === 'lib' || mode === 'iife' || mode === 'embed' || mode === 'takeaway') return libraryBuild(mode);
  return {
    base: './',
    resolve: esnextVis,
    build: {
      rollupOptions: {
        input: { index: resolve('index.html'), embed: resolve('embed.html'), studio: resolve('studio.html') },
      },
    },
    plugins: [
      trimVisCssPlugin(),
      trimVisJsPlugin(),
      {
        // The demo and embeds load events/*.json and their source texts by URL: ship them as they are.
        name: 'copy-events',
        apply: 'build',
        closeBundle() {
          cpSync('events', 'dist/events', { recursive: true });
        },
      },
      {
        // What the demo page shows without JavaScript: the list view, rendered at build time.
        name: 'static-list',
        async transformIndexHtml(html) {
          if (!html.includes('<!-- static-list -->')) return html;
          return html.replace('<!-- static-list -->', await renderStaticList('events/ankara-talks.json'));
        },
      },
    ],
    test: {
      include: ['tests/**/*.test.ts'],
      benchmark: { include: ['bench/**/*.bench.ts'] },
      exclude: ['tests/browser/**', 'node_modules/**'],
    },
  };
});

const dependencies = Object.keys(
  (JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> }).dependencies,
);

/**
 * The ES module leaves the package's dependencies to the user's bundler, except CSS: a
 * `?inline` import only a Vite user could build, so vis-timeline's styles are inlined.
 */
function isExternal(id: string): boolean {
  if (/\.css(\?|$)/.test(id)) return false;
  return dependencies.some((name) => id === name || id.startsWith(`${name}/`));
}

function libraryBuild(mode: 'lib' | 'iife' | 'embed' | 'takeaway'): UserConfig {
  const lib = {
    lib: { entry: resolve('src/index.ts'), formats: ['es'], fileName: () => 'diplomatic-timeline.js' },
    // Everything in one classic script, CSS included: a plain <script> tag defines the element.
    iife: {
      entry: resolve('src/auto-define.ts'),
      formats: ['iife'],
      name: 'DiplomaticTimeline',
      fileName: () => 'diplomatic-timeline.iife.js',
    },
    // Small: the element comes from the IIFE, loaded before it.
    embed: {
      entry: resolve('src/embed/main.ts'),
      formats: ['iife'],
      name: 'DiplomaticTimelineEmbed',
      fileName: () => 'embed.js',
    },
    // The downloads, loaded by the single-file script when a reader first asks for one.
    takeaway: {
      entry: resolve('src/element/takeAwayGlobal.ts'),
      formats: ['iife'],
      name: 'DiplomaticTimelineTakeAwayScript',
      fileName: () => 'diplomatic-timeline-takeaway.iife.js',
    },
  } as const;
  // One file cannot split the take-away code off: the single-file script loads it as a script.
  const takeAwayScript = {
    find: /^\.\/loadTakeAway\.ts$/,
    replacement: resolve('src/element/loadTakeAwayScript.ts'),
  };
  // Code a bundler's build splits into chunks loaded when first wanted; the single file holds it
  // already, and an inlined dynamic import would wrap every module it reaches (see
  // src/element/loadFilterPanelInline.ts): each loader is swapped for its static twin.
  const inlined = ['element/loadFilterPanel', 'element/loadSearchIndex', 'load/loadArchiveCode'].map(
    (path) => ({
      find: new RegExp(`^\\./${path.split('/')[1]}\\.ts$`),
      replacement: resolve(`src/${path}Inline.ts`),
    }),
  );
  return {
    publicDir: false,
    plugins: [trimVisCssPlugin(), trimVisJsPlugin()],
    ...(mode === 'lib'
      ? {}
      : {
          resolve: {
            alias: [...esnextVis.alias, ...(mode === 'iife' ? [takeAwayScript, ...inlined] : [])],
          },
        }),
    build: {
      outDir: mode === 'embed' ? 'dist' : 'dist/lib',
      emptyOutDir: false,
      sourcemap: true,
      // Scripts a page loads as they are get minified; the ES module is left to the user's bundler.
      minify: mode !== 'lib',
      // But not its styles: they are strings to a bundler, which would ship their comments.
      cssMinify: true,
      lib: { ...lib[mode], formats: [...lib[mode].formats] },
      rollupOptions: mode === 'lib' ? { external: isExternal } : {},
    },
  };
}
