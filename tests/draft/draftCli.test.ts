import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

function draft(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/draft.ts', ...args], {
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'dt-draft-'));
afterAll(() => rmSync(dir, { recursive: true }));

/**
 * In UTC only, as the archive tool's tests: each test starts Node and tsx (seconds on a busy
 * machine), and the days it writes come from the engine, which tests/dating and
 * tests/draft/draftDocument.test.ts check in every zone the unit tests run in.
 */
const utc = new Date(2026, 0, 1).getTimezoneOffset() === 0;

describe.runIf(utc)('npm run draft', { timeout: 60_000 }, () => {
  it('writes a draft that npm run validate accepts', () => {
    const out = join(dir, 'ankara.json');
    const result = draft(
      'events/sources/ankara-talks.ar.txt',
      '--dateline',
      '2026-02-07',
      '--lang',
      'ar',
      '--relay',
      '--out',
      out,
    );
    expect(result.code).toBe(0);
    const document = JSON.parse(readFileSync(out, 'utf8'));
    expect(document.source).toMatchObject({ dateline: '2026-02-07', language: 'ar', relay: true });
    const validated = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', out], {
      encoding: 'utf8',
    });
    // Valid (exit 0), with the draft's review list printed apart as notes naming event and field.
    expect(validated.status).toBe(0);
    const lines = validated.stdout.split('\n');
    expect(lines[0]).toMatch(
      new RegExp(`^${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: valid, with \\d+ review notes$`),
    );
    expect(lines.filter((line) => line.startsWith('  review: ')).length).toBeGreaterThan(
      document.events.length,
    );
    expect(validated.stdout).toContain(
      `  review: event "${document.events[0].id}" (events[0]) › title: drafted`,
    );
  });

  it('prints the document without --out', () => {
    const result = draft(
      'tests/fixtures/articles/07-kyiv-exchange.en.txt',
      '--dateline',
      '2025-12-21',
      '--lang',
      'en',
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out).events.length).toBeGreaterThan(0);
  });

  it.each([
    [['missing.txt', '--dateline', '2026-02-07', '--lang', 'ar'], 'draft: missing.txt: no such file\n'],
    [
      ['events/sources/ankara-talks.ar.txt', '--dateline', '2026-02-30', '--lang', 'ar'],
      'draft: --dateline must be a real day written YYYY-MM-DD, got "2026-02-30"\n',
    ],
    [
      ['events/sources/ankara-talks.ar.txt', '--dateline', '07-02-2026', '--lang', 'ar'],
      'draft: --dateline must be a real day written YYYY-MM-DD, got "07-02-2026"\n',
    ],
    [
      ['events/sources/ankara-talks.ar.txt', '--dateline', '2026-02-07', '--lang', 'fr'],
      'draft: --lang must be ar or en, got "fr"\n',
    ],
  ])('exits 2 with one line for %j', (args, message) => {
    expect(draft(...args)).toEqual({ code: 2, out: '', err: message });
  });

  it('reads the language and the dateline from the article when they are not given, and says so', () => {
    const result = draft('events/sources/ankara-talks.ar.txt', '--relay');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out).source).toMatchObject({ dateline: '2026-02-07', language: 'ar' });
    expect(result.err).toBe(
      "draft: language ar, told by the article's letters (--lang to choose)\n" +
        'draft: dateline 2026-02-07, read from «07 - 02 - 2026» (--dateline to choose)\n',
    );
  });

  it('exits 2 when the dateline is not given and the article prints none with its year', () => {
    const lede = join(dir, 'lede.txt');
    writeFileSync(lede, 'WASHINGTON, March 12 (AP) — The envoy met the emir on Wednesday.\n');
    const result = draft(lede, '--lang', 'en');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(
      /^draft: --dateline YYYY-MM-DD is required: the article prints no date with its year/u,
    );
  });

  it('exits 2 with one line for an empty or a binary file', () => {
    const empty = join(dir, 'empty.txt');
    const binary = join(dir, 'image.png');
    writeFileSync(empty, '  \n');
    writeFileSync(binary, Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    expect(draft(empty, '--dateline', '2026-02-07', '--lang', 'ar')).toEqual({
      code: 2,
      out: '',
      err: `draft: ${empty}: is empty\n`,
    });
    expect(draft(binary, '--dateline', '2026-02-07', '--lang', 'ar')).toEqual({
      code: 2,
      out: '',
      err: `draft: ${binary}: is a binary file, not an article's text\n`,
    });
  });

  it("prints each article's precision and recall with --score, and the total", () => {
    const result = draft('--score');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^01-doha-talks\.ar\.txt: precision \d+\.\d% \(\d+\/\d+\), recall/mu);
    expect(result.out).toMatch(/^total: precision \d+\.\d%/mu);
  });
});
