import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateArchive } from '../../bench/generate.ts';
import type { ArchiveJson } from '../../src/archive/archive.ts';
import { checkArchiveSteps } from '../../src/archive/archive.ts';
import type { EventsDocumentJson } from '../../src/types.ts';
import { drain } from '../../src/util/turns.ts';

function buildArchive(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-archive.ts', ...args], {
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const TITLES = ['--title-en', 'Synthetic talks', '--title-ar', 'محادثات تجريبية'];
/** Two parts of about 20 events each, with their source texts. */
const generated = generateArchive(40, 11, 20, { titles: true });

let dir: string;
let parts: string[];
let out: string;

/** Writes part `i` (maybe changed) and its source text into the temporary folder, as the generator lays them out. */
function writePart(i: number, change: (document: EventsDocumentJson) => void = () => {}): void {
  const { href, document, sourceText } = generated.parts[i]!;
  const copy = structuredClone(document);
  change(copy);
  const file = join(dir, href);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(copy, null, 2));
  writeFileSync(join(dirname(file), copy.source.text), sourceText);
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dt-archive-'));
  parts = generated.parts.map(({ href }) => join(dir, href));
  out = join(dir, 'out', 'archive.json');
  generated.parts.forEach((_, i) => writePart(i));
});

afterEach(() => rmSync(dir, { recursive: true }));

// Each test starts Node and tsx, which takes seconds on a busy machine.
/**
 * In UTC only: each test runs the CLI in a process of its own (a few seconds each), and what it
 * writes does not depend on the zone: day numbers come from calendar arithmetic, which
 * tests/archive/buildArchiveIndex.test.ts checks in every zone the unit tests run in.
 */
const utc = new Date(2026, 0, 1).getTimezoneOffset() === 0;

describe.runIf(utc)('npm run archive', { timeout: 30_000 }, () => {
  it('writes the index of two parts, which loads with no problem', () => {
    expect(generated.parts).toHaveLength(2);
    const result = buildArchive(
      '--out',
      out,
      '--id',
      'synthetic-talks',
      ...TITLES,
      '--note',
      'Made up.',
      ...parts,
    );
    expect(result).toEqual({
      code: 0,
      out: `${out}: 40 events in 2 parts, ${statSync(out).size.toLocaleString('en')} bytes\n`,
      err: '',
    });
    const written = JSON.parse(readFileSync(out, 'utf8')) as ArchiveJson;
    // Written outside the repository: no $schema, which would point nowhere.
    expect(written).toEqual({
      version: 1,
      archive: {
        id: 'synthetic-talks',
        title: { en: 'Synthetic talks', ar: 'محادثات تجريبية' },
        note: 'Made up.',
      },
      actors: generated.archive.actors,
      // Relative to the archive's folder, with "/" whatever the platform.
      parts: generated.archive.parts.map(({ href, events }) => ({ href: `../${href}`, events })),
      index: generated.archive.index,
    });
    const { archive, problems } = drain(checkArchiveSteps(written));
    expect(problems).toEqual([]);
    expect(archive!.index.ids).toHaveLength(40);
  });

  it('writes the index one column per line, after the frame', () => {
    buildArchive('--out', out, '--id', 'synthetic-talks', ...TITLES, ...parts);
    const lines = readFileSync(out, 'utf8').split('\n');
    const index = generated.archive.index;
    expect(lines.slice(lines.indexOf('  "index": {'))).toEqual([
      '  "index": {',
      ...Object.entries(index).map(
        ([name, values], i, all) =>
          `    "${name}": ${JSON.stringify(values)}${i < all.length - 1 ? ',' : ''}`,
      ),
      '  }',
      '}',
      '',
    ]);
    expect(Object.keys(index)).toEqual([
      'id',
      'part',
      'start',
      'end',
      'partOfDay',
      'status',
      'precision',
      'lead',
      'title',
    ]);
  });

  it("leaves the events' titles out of the index with --no-titles, for a smaller archive", () => {
    const result = buildArchive('--out', out, '--id', 'synthetic-talks', ...TITLES, '--no-titles', ...parts);
    expect(result.code).toBe(0);
    const written = JSON.parse(readFileSync(out, 'utf8')) as ArchiveJson;
    const { title, ...untitled } = generated.archive.index;
    expect(title).toHaveLength(40);
    expect(written.index).toEqual(untitled);
    const { archive, problems } = drain(checkArchiveSteps(written));
    expect(problems).toEqual([]);
    expect(archive!.index.title).toBeUndefined();
    expect(buildArchive('--help').out).toContain('--no-titles');
  });

  it('writes each lead as a position in the actors it writes, whichever part defines them first', () => {
    // Part 2 lists its actors in reverse, and adds one of its own that leads its first event.
    const oman = { id: 'oman', name: { en: 'Oman', ar: 'عُمان' }, kind: 'state' as const, country: 'OM' };
    writePart(1, (document) => {
      document.actors = [oman, ...document.actors.reverse()];
      document.events[0]!.participants[0]!.actor = 'oman';
    });
    expect(buildArchive('--out', out, '--id', 'synthetic-talks', ...TITLES, ...parts).code).toBe(0);
    const written = JSON.parse(readFileSync(out, 'utf8')) as ArchiveJson;
    expect(written.actors).toEqual([...generated.archive.actors, oman]);
    const leads = generated.parts.flatMap(({ document }, part) =>
      document.events.map((event, i) => (part === 1 && i === 0 ? 'oman' : event.participants[0]!.actor)),
    );
    expect(written.index.lead.map((lead) => written.actors[lead!]!.id)).toEqual(leads);
    expect(drain(checkArchiveSteps(written)).problems).toEqual([]);
  });

  it('indexes the committed article, whose dates have every kind of basis', () => {
    const result = buildArchive('--out', out, '--id', 'ankara', ...TITLES, 'events/ankara-talks.json');
    expect(result.code).toBe(0);
    const { archive, problems } = drain(checkArchiveSteps(JSON.parse(readFileSync(out, 'utf8'))));
    expect(problems).toEqual([]);
    expect(archive!.index.ids).toHaveLength(14);
  });

  it('refuses a part with a quote that is not in its source text, naming the part and the event', () => {
    writePart(1, (document) => (document.events[3]!.quotes[0]!.text = 'نص غير موجود'));
    const id = generated.parts[1]!.document.events[3]!.id;
    const { code, err } = buildArchive('--out', out, '--id', 'synthetic-talks', ...TITLES, ...parts);
    expect(code).toBe(1);
    expect(err).toContain(
      `${parts[1]}: event "${id}" (events[3]) › quotes[0].text: is not in the source text: quotes must be verbatim\n`,
    );
    expect(err).toContain('no archive written: 1 problem\n');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a part whose source text is missing', () => {
    rmSync(join(dir, 'parts', '0002.ar.txt'));
    const { code, err } = buildArchive('--out', out, '--id', 'synthetic-talks', ...TITLES, ...parts);
    expect(code).toBe(1);
    expect(err).toContain(`${parts[1]}: document › source.text: the source text was not available`);
  });

  it('refuses an id given to events of two parts, naming the event and both parts', () => {
    const id = generated.parts[0]!.document.events[2]!.id;
    writePart(1, (document) => (document.events[5]!.id = id));
    const { code, err } = buildArchive('--out', out, '--id', 'synthetic-talks', ...TITLES, ...parts);
    expect(code).toBe(1);
    expect(err).toContain(
      `${parts[1]}: event "${id}" (events[5]) › id: "${id}" is also the id of ${parts[0]} events[2]: ids must be unique across the archive\n`,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an actor two parts define differently, naming the actor and both parts', () => {
    writePart(1, (document) => (document.actors.find((actor) => actor.id === 'iran')!.country = 'IQ'));
    const { code, err } = buildArchive('--out', out, '--id', 'synthetic-talks', ...TITLES, ...parts);
    expect(code).toBe(1);
    const at = generated.parts[1]!.document.actors.findIndex((actor) => actor.id === 'iran');
    expect(err).toContain(
      `${parts[1]}: document › actors[${at}].country: actor "iran" has country "IQ" here, but "IR" in ${parts[0]}: an archive holds one definition of each actor\n`,
    );
  });

  it('refuses an event the parts accept but an archive cannot place: a partOfDay on a whole day', () => {
    const at = generated.parts[0]!.document.events.findIndex((event) => event.time.precision === 'day');
    writePart(0, (document) => (document.events[at]!.time.partOfDay = 'morning'));
    const id = generated.parts[0]!.document.events[at]!.id;
    const { code, err } = buildArchive('--out', out, '--id', 'synthetic-talks', ...TITLES, ...parts);
    expect(code).toBe(1);
    expect(err).toContain(`${out}: document › index.partOfDay[${at}]: event "${id}": partOfDay must be null`);
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    ['no --out', ['--id', 'x', ...TITLES, 'events/ankara-talks.json']],
    [
      'an --id that is not a slug',
      ['--out', 'x.json', '--id', 'Ankara Talks', ...TITLES, 'events/ankara-talks.json'],
    ],
    ['no part', ['--out', 'x.json', '--id', 'x', ...TITLES]],
    ['an unknown option', ['--out', 'x.json', '--id', 'x', ...TITLES, '--fix', 'events/ankara-talks.json']],
    ['a part that does not exist', ['--out', 'x.json', '--id', 'x', ...TITLES, 'events/nope.json']],
  ])('exits 2 on %s, writing nothing', (_, args) => {
    const { code, err } = buildArchive(...args);
    expect(code).toBe(2);
    expect(err).toContain('usage: npm run archive');
    expect(existsSync('x.json')).toBe(false);
  });
});
