import { cpSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { renderStaticList } from './scripts/staticList.ts';

/**
 * `vite build` writes the site (dist/index.html, dist/embed.html);
 * `vite build --mode lib` the ES module, `--mode iife` the single-file script, into dist/lib/.
 */
export default defineConfig(({ mode }) => {
  if (mode === 'lib' || mode === 'iife') {
    const iife = mode === 'iife';
    return {
      publicDir: false,
      build: {
        outDir: 'dist/lib',
        emptyOutDir: false,
        sourcemap: true,
        lib: iife
          ? {
              entry: resolve('src/auto-define.ts'),
              formats: ['iife'],
              name: 'DiplomaticTimeline',
              fileName: () => 'diplomatic-timeline.iife.js',
            }
          : { entry: resolve('src/index.ts'), formats: ['es'], fileName: () => 'diplomatic-timeline.js' },
        rollupOptions: iife ? {} : { external: [/^vis-/, /^moment/, /^date-fns/, /^@floating-ui/] },
      },
    };
  }
  return {
    base: './',
    build: {
      rollupOptions: { input: { index: resolve('index.html'), embed: resolve('embed.html') } },
    },
    plugins: [
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
      exclude: ['tests/browser/**', 'node_modules/**'],
    },
  };
});
