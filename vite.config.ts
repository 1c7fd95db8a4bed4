import { cpSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { renderStaticList } from './scripts/staticList.ts';

export default defineConfig({
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
});
