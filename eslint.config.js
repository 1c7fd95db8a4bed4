// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench/.out/**',
      '.shots/**',
      '**/*.generated.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Data reaches the page as text nodes; HTML sinks are how timeline widgets get XSS (CVE-2020-28487).
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build DOM nodes and use textContent.' },
        { property: 'outerHTML', message: 'Build DOM nodes and use textContent.' },
        { property: 'insertAdjacentHTML', message: 'Build DOM nodes and use textContent.' },
      ],
    },
  },
  {
    files: ['scripts/**', 'bench/**', '*.config.*', '.ci/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
