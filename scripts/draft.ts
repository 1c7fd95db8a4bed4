/**
 * npm run draft -- <article.txt> [--dateline YYYY-MM-DD] [--lang ar|en] [--relay] [--publisher NAME] [--out file.json]
 *   writes a draft events document of the article (without --out, prints it). Without
 *   --lang, the language is told by the article's letters; without --dateline, the day is
 *   read from a dated line at its head; either is said on stderr.
 * npm run draft -- --score [dir]
 *   prints the date engine's precision and recall on a corpus (default tests/fixtures/articles).
 * Exit 0: done; 1: a score below 95%; 2: wrong usage or unreadable input, in one line.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { formatCalendarDate, parseCalendarDate } from '../src/calendar/calendarDate.ts';
import { readDateline } from '../src/dating/readDateline.ts';
import { draftDocument } from '../src/draft/draftDocument.ts';
import { detectLanguage } from '../src/studio/detectLanguage.ts';
import type { Actor } from '../src/types.ts';
import { CORPUS, scoreCorpus } from './scoreCorpus.ts';

const USAGE =
  'usage: npm run draft -- <article.txt> [--dateline YYYY-MM-DD] [--lang ar|en] [--relay] [--publisher NAME] [--out file.json]\n' +
  '       npm run draft -- --score [dir]';

class UsageError extends Error {}

function main(args: string[]): number {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  try {
    if (args[0] === '--score') return score(args[1] ?? CORPUS);
    return draft(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`draft: ${error.message}`);
    return 2;
  }
}

function draft(args: string[]): number {
  const options = new Map<string, string>();
  const files: string[] = [];
  let relay = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--relay') relay = true;
    else if (['--dateline', '--lang', '--out', '--publisher'].includes(arg)) {
      const value = args[++i];
      if (value === undefined || value.startsWith('--'))
        throw new UsageError(`${arg} needs a value\n${USAGE}`);
      options.set(arg, value);
    } else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}\n${USAGE}`);
    else files.push(arg);
  }
  if (files.length !== 1) throw new UsageError(`give exactly one article file\n${USAGE}`);
  const file = files[0]!;
  const datelineText = options.get('--dateline');
  const given = datelineText === undefined ? undefined : parseCalendarDate(datelineText);
  if (given === null)
    throw new UsageError(`--dateline must be a real day written YYYY-MM-DD, got "${datelineText}"`);
  const langOption = options.get('--lang');
  if (langOption !== undefined && langOption !== 'ar' && langOption !== 'en')
    throw new UsageError(`--lang must be ar or en, got "${langOption}"`);

  const text = readArticle(file);
  // What is not given is read from the article, and said on stderr with how to choose otherwise.
  const lang = langOption ?? detectLanguage(text);
  if (!lang) throw new UsageError(`--lang ar|en is required: the article has no letters to tell it by`);
  if (langOption === undefined)
    console.error(`draft: language ${lang}, told by the article's letters (--lang to choose)`);
  let dateline = given;
  if (!dateline) {
    const read = readDateline(text, lang);
    if (!read)
      throw new UsageError(
        `--dateline YYYY-MM-DD is required: the article prints no date with its year in its first lines\n${USAGE}`,
      );
    dateline = read.dateline;
    console.error(
      `draft: dateline ${formatCalendarDate(dateline)}, read from «${read.phrase}» (--dateline to choose)`,
    );
  }
  const out = options.get('--out');
  const textPath = relative(out ? dirname(resolve(out)) : process.cwd(), resolve(file))
    .split('\\')
    .join('/');
  const publisher = options.get('--publisher');
  const document = draftDocument(text, {
    dateline,
    lang,
    relay,
    id: slug(basename(file)),
    textPath,
    actors: knownActors(),
    ...(publisher ? { publisher } : {}),
  });
  const json = `${JSON.stringify(document, null, 2)}\n`;
  if (out) {
    writeFileSync(out, json);
    console.error(
      `${out}: ${document.events.length} draft events; review each event's "review" list, then npm run validate ${out}`,
    );
  } else process.stdout.write(json);
  return 0;
}

/** The article as text, or a one-line reason it cannot be drafted. */
function readArticle(file: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      `${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code})`}`,
    );
  }
  if (bytes.includes(0)) throw new UsageError(`${file}: is a binary file, not an article's text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`${file}: is not UTF-8 text`);
  }
  if (text.trim() === '') throw new UsageError(`${file}: is empty`);
  return text.replace(/^\uFEFF/u, '');
}

/** The actors of the documents under events/: the gazetteer's first entries. */
function knownActors(): Actor[] {
  const dir = join(import.meta.dirname, '..', 'events');
  const actors = new Map<string, Actor>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json') && !n.endsWith('.schema.json'))) {
    try {
      const document = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { actors?: Actor[] };
      for (const actor of document.actors ?? []) if (!actors.has(actor.id)) actors.set(actor.id, actor);
    } catch {
      // A broken document is the validator's to report; the draft only borrows names.
    }
  }
  return [...actors.values()];
}

function slug(name: string): string {
  return (
    name
      .replace(/\.[^.]*$/u, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/gu, '-')
      .replace(/^-+|-+$/gu, '') || 'draft'
  );
}

function score(dir: string): number {
  let found = 0;
  let expected = 0;
  let matched = 0;
  const percent = (a: number, b: number) => (b === 0 ? '100.0' : ((100 * a) / b).toFixed(1));
  for (const { name, score: s } of scoreCorpus(dir)) {
    found += s.found;
    expected += s.expected;
    matched += s.matched;
    console.log(
      `${name}: precision ${percent(s.matched, s.found)}% (${s.matched}/${s.found}), recall ${percent(s.matched, s.expected)}% (${s.matched}/${s.expected})`,
    );
    for (const miss of s.misses) console.log(`  ${miss}`);
  }
  console.log(
    `total: precision ${percent(matched, found)}% (${matched}/${found}), recall ${percent(matched, expected)}% (${matched}/${expected})`,
  );
  return matched / Math.max(found, 1) >= 0.95 && matched / Math.max(expected, 1) >= 0.95 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
