import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

function validate(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', ...args], {
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout + result.stderr };
}

describe('npm run validate', () => {
  it('exits 0 on the article', () => {
    expect(validate('events/ankara-talks.json')).toEqual({
      code: 0,
      out: 'events/ankara-talks.json: valid\n',
    });
  });

  it('exits 1 and prints each problem of a broken document', () => {
    const { code, out } = validate('tests/fixtures/broken/unknown-actor.json');
    expect(code).toBe(1);
    expect(out).toContain(
      'event "sisi-calls-pezeshkian" (events[0]) › participants[1].actor: names an unknown actor "netanyahu"',
    );
  });

  it('exits 0 on a document with only review notes, and lists them apart', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dt-validate-'));
    const document = JSON.parse(readFileSync('events/ankara-talks.json', 'utf8'));
    document.source.text = join(process.cwd(), 'events/sources/ankara-talks.ar.txt');
    const at = document.events.findIndex((event: { id: string }) => event.id === 'khamenei-tehran-speech');
    document.events[at].title.en = 'Khamenei: "the Americans will lose"';
    writeFileSync(join(dir, 'doc.json'), JSON.stringify(document));
    const { code, out } = validate(join(dir, 'doc.json'));
    rmSync(dir, { recursive: true });
    expect({ code, out }).toEqual({
      code: 0,
      out:
        `${join(dir, 'doc.json')}: valid, with 1 review note\n` +
        `  review: event "khamenei-tehran-speech" (events[${at}]) › title.en: quotes "the Americans will lose", words found in no translation of the event's quotes: a title says no more than its quotes\n`,
    });
  });

  it('says which source text it could not read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dt-validate-'));
    const document = JSON.parse(readFileSync('events/ankara-talks.json', 'utf8'));
    document.source.text = 'missing.txt';
    writeFileSync(join(dir, 'doc.json'), JSON.stringify(document));
    const { code, out } = validate(join(dir, 'doc.json'));
    rmSync(dir, { recursive: true });
    expect(code).toBe(1);
    expect(out).toContain(
      `document › source.text: the source text was not available (${relative('.', join(dir, 'missing.txt'))}: cannot read: ENOENT), so no quote could be checked`,
    );
  });

  it('exits 2 on an unknown option', () => {
    expect(validate('--fix').code).toBe(2);
  });

  it('exits 2 on a file that does not exist', () => {
    expect(validate('events/nope.json').code).toBe(2);
  });
});
