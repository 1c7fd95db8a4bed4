import { cpSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

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
  ],
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/browser/**', 'node_modules/**'],
  },
});
