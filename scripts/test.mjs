#!/usr/bin/env node
/**
 * npm test: the one gate. Typecheck, lint, generated files up to date, unit tests under
 * four time zones, then the browser tests. Ends with one line: "N passed, N failed".
 * Set TEST_ONLY=unit or TEST_ONLY=browser to run one half.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ZONES = ['America/Los_Angeles', 'UTC', 'Asia/Tehran', 'Pacific/Kiritimati'];
const only = process.env.TEST_ONLY;
const out = mkdtempSync(join(tmpdir(), 'dt-test-'));
let passed = 0;
let failed = 0;
let skipped = 0;

function run(label, command, args, env = {}) {
  console.log(`\n── ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(label, command, args, env = {}) {
  if (run(label, command, args, env)) passed += 1;
  else {
    failed += 1;
    console.error(`✗ ${label} failed`);
  }
}

if (only !== 'browser') {
  check('typecheck', 'npx', ['tsc', '--noEmit']);
  check('lint', 'npm', ['run', '--silent', 'lint']);
  check('generated schema and validators are up to date', 'npx', [
    'tsx',
    'scripts/build-schema.ts',
    '--check',
  ]);
  // The date engine's precision and recall on the corpus, printed in every run (fails below 95%).
  check('date engine score on the corpus (npm run draft -- --score)', 'npx', [
    'tsx',
    'scripts/draft.ts',
    '--score',
  ]);
  for (const zone of ZONES) {
    const file = join(out, `vitest-${zone.replace('/', '_')}.json`);
    const ok = run(
      `unit tests, TZ=${zone}`,
      'npx',
      ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`],
      {
        TZ: zone,
      },
    );
    if (!existsSync(file)) {
      failed += 1;
      console.error(`✗ unit tests under ${zone} did not report`);
      continue;
    }
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests + (ok || report.numFailedTests > 0 ? 0 : 1);
    skipped += report.numPendingTests + report.numTodoTests;
  }
}

if (only !== 'unit' && existsSync('playwright.config.ts')) {
  check('build (the browser tests run on the built site and library)', 'npm', ['run', '--silent', 'build']);
  const file = join(out, 'playwright.json');
  const ok = run('browser tests (Chromium)', 'npx', ['playwright', 'test'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: file,
  });
  if (existsSync(file)) {
    const { stats } = JSON.parse(readFileSync(file, 'utf8'));
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected + (ok || stats.unexpected > 0 ? 0 : 1);
    skipped += stats.skipped;
  } else {
    failed += 1;
    console.error('✗ browser tests did not report');
  }
}

if (only !== 'unit' && existsSync('bench/run.ts')) {
  // Proves the benchmark works on small data sets, a document (the article) and an archive of
  // 1,000 events (generated with the 1,000-event document it is checked against), one load
  // each; no timing is asserted.
  check('benchmark smoke run', 'npx', [
    'tsx',
    'bench/run.ts',
    '--quick',
    '--runs=1',
    '--sizes=article,archive-1000',
  ]);
  check('load-path benchmark smoke run (Vitest bench, 1,000 events)', 'npx', ['vitest', 'bench', '--run'], {
    BENCH_SIZES: '1000',
    BENCH_TIME_MS: '200',
  });
}

console.log(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
