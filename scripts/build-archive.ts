/**
 * npm run archive -- --out archive.json --id slug --title-en "…" --title-ar "…" [--note "…"] [--no-titles] part.json …
 *
 * Writes an archive of events documents: its index, its actors and its parts' addresses. Each
 * part is checked in full first, as the widget would check it (its source text read relative to
 * it, every quote against that text), and nothing is written if any part has a problem: an
 * archive must never place on the timeline an event the widget would refuse once its part loads.
 * The index holds each event's title by default, so that search finds events whose parts are
 * not loaded yet; `--no-titles` leaves them out, for the smallest index. Titles in English and
 * Arabic are most of it: generated ones take 100,000 events from 4 MB to 18 MB (0.6 MB to
 * 1.6 MB gzipped), past the widget's default `max-bytes` (5 MiB) from about 30,000 events.
 * Exit 0: written; 1: problems found, nothing written; 2: wrong usage.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { ArchiveJson } from '../src/archive/archive.ts';
import { checkArchiveSteps, buildArchiveIndex } from '../src/archive/archive.ts';
import type { Actor, EventsDocument, Problem, ValidateOptions } from '../src/types.ts';
import { drain } from '../src/util/turns.ts';
import { isSlug } from '../src/util/values.ts';
import { quoteText } from '../src/validate/describeValue.ts';
import { formatProblem } from '../src/validate/formatProblem.ts';
import { parseEventsJson } from '../src/validate/parseEventsJson.ts';
import { validateDocument } from '../src/validate/validateDocument.ts';
import { archiveSchemaPath } from './build-schema.ts';

const USAGE = `usage: npm run archive -- --out archive.json --id slug --title-en "…" --title-ar "…" [--note "…"] [--no-titles] part.json …
  --no-titles  leave the events' titles out of the index: about 140 bytes less an event (an
               index of 100,000 is 4 MB, not 18 MB; past 5 MiB the page needs max-bytes), but
               search then finds an event only once its part has loaded`;
const REPO = fileURLToPath(new URL('../', import.meta.url));

export interface ArchiveOptions {
  out: string;
  id: string;
  titleEn: string;
  titleAr: string;
  note?: string;
  /** Whether the index holds each event's title (for search before its part loads). */
  titles: boolean;
  /** The parts' files, as given: problems name them so. */
  files: string[];
}

/** A part as read and checked: `raw` is its JSON, `document` what validateDocument kept of it. */
export interface CheckedPart {
  file: string;
  raw: unknown;
  document: EventsDocument | null;
  problems: Problem[];
}

/** The command line as options, or what is wrong with it. */
export function parseOptions(args: string[]): ArchiveOptions | { usage: string } {
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        id: { type: 'string' },
        'title-en': { type: 'string' },
        'title-ar': { type: 'string' },
        note: { type: 'string' },
        'no-titles': { type: 'boolean' },
      },
    }));
  } catch (error) {
    return { usage: (error as Error).message };
  }
  const { out, id, 'title-en': titleEn, 'title-ar': titleAr, note } = values;
  const missing = (['out', 'id', 'title-en', 'title-ar'] as const).filter((name) => !values[name]);
  if (missing.length > 0) return { usage: `missing ${missing.map((name) => `--${name}`).join(', ')}` };
  if (!isSlug(id))
    return { usage: `invalid --id: ${quoteText(id!)} (lowercase letters, digits and single hyphens)` };
  if (positionals.length === 0) return { usage: 'no parts: name at least one events document' };
  return {
    out: out!,
    id: id!,
    titleEn: titleEn!,
    titleAr: titleAr!,
    ...(note === undefined ? {} : { note }),
    titles: values['no-titles'] !== true,
    files: positionals,
  };
}

/** Reads and checks one part, quotes included. Throws only when the file cannot be read. */
export function checkPart(file: string): CheckedPart {
  const parsed = parseEventsJson(readFileSync(file));
  if (!parsed.ok)
    return { file, raw: undefined, document: null, problems: [{ ...parsed.problem, document: file }] };
  const { document, problems } = validateDocument(parsed.value, readSourceText(file, parsed.value));
  return {
    file,
    raw: parsed.value,
    document,
    problems: problems.map((problem) => ({ ...problem, document: file })),
  };
}

/**
 * The source text a part names, read as the widget would fetch and decode it: its address
 * resolved as a URL against the part's (so "%20" is a space), a byte-order mark dropped. An
 * address that is not relative to the part names no file here (the widget would fetch it from
 * a server this tool cannot see), so it counts as missing and the part is refused.
 */
function readSourceText(file: string, value: unknown): ValidateOptions {
  const path = (value as { source?: { text?: unknown } } | null)?.source?.text;
  if (typeof path !== 'string') return { sourceTextMissing: 'the document names none' };
  if (/^[a-z][a-z0-9+.-]*:|^[/\\]/i.test(path))
    return { sourceTextMissing: `${quoteText(path)} is not an address relative to the part` };
  const where = fileURLToPath(new URL(path, pathToFileURL(resolve(file))));
  try {
    return { sourceText: new TextDecoder().decode(readFileSync(where)) };
  } catch (error) {
    return {
      sourceTextMissing: `${relative('.', where)}: cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    };
  }
}

/** Each actor once, in the order first met; a problem for each part that defines one differently. */
export function mergeActors(parts: readonly CheckedPart[]): { actors: Actor[]; problems: Problem[] } {
  const merged = new Map<string, { actor: Actor; file: string }>();
  const problems: Problem[] = [];
  for (const { file, raw, document } of parts) {
    for (const actor of document?.actors ?? []) {
      const first = merged.get(actor.id);
      if (!first) {
        merged.set(actor.id, { actor, file });
        continue;
      }
      const difference = firstDifference(first.actor, actor);
      if (difference === undefined) continue;
      const [field, theirs, ours] = difference;
      problems.push({
        document: file,
        path: `/actors/${positionOf(raw, 'actors', actor.id)}/${field}`,
        message: `actor ${quoteText(actor.id)} has ${field.replaceAll('/', '.')} ${ours} here, but ${theirs} in ${first.file}: an archive holds one definition of each actor`,
      });
    }
  }
  return { actors: [...merged.values()].map(({ actor }) => actor), problems };
}

/** The first field two definitions of an actor disagree on, as [JSON Pointer within it, first, second]. */
function firstDifference(a: Actor, b: Actor): [string, string, string] | undefined {
  const fields: [string, (actor: Actor) => string | undefined][] = [
    ['kind', (actor) => actor.kind],
    ['country', (actor) => actor.country],
    ['name/en', (actor) => actor.name.en],
    ['name/ar', (actor) => actor.name.ar],
    ['role/en', (actor) => actor.role?.en],
    ['role/ar', (actor) => actor.role?.ar],
  ];
  const shown = (value: string | undefined) => (value === undefined ? 'none' : quoteText(value));
  for (const [field, read] of fields) {
    if (read(a) !== read(b)) return [field, shown(read(a)), shown(read(b))];
  }
  return undefined;
}

/** A problem for each event whose id an earlier part already gave to one of its own. */
export function duplicateIds(parts: readonly CheckedPart[]): Problem[] {
  const seen = new Map<string, { file: string; index: number }>();
  const problems: Problem[] = [];
  for (const { file, raw, document } of parts) {
    for (const { id } of document?.events ?? []) {
      const index = positionOf(raw, 'events', id);
      const first = seen.get(id);
      if (!first) {
        seen.set(id, { file, index });
        continue;
      }
      problems.push({
        document: file,
        eventId: id,
        eventIndex: index,
        path: `/events/${index}/id`,
        message: `${quoteText(id)} is also the id of ${first.file} events[${first.index}]: ids must be unique across the archive`,
      });
    }
  }
  return problems;
}

/**
 * Where the item with this id sits in the part as written: validateDocument leaves invalid
 * items out, so a position in what it kept may name another item of the file.
 */
function positionOf(raw: unknown, list: 'actors' | 'events', id: string): number {
  const items = (raw as Record<string, unknown>)[list] as { id?: unknown }[];
  return items.findIndex((item) => item?.id === id);
}

/**
 * The archive of checked, valid parts; `out` is where it will be written, for the parts'
 * addresses. `actors` are the merged actors, written as given: each event's lead is a position
 * in them, so every lead actor must be among them (as every participant of a valid part is
 * among its own actors, and mergeActors keeps them all).
 */
export function buildArchive(
  options: ArchiveOptions,
  parts: readonly { file: string; document: EventsDocument }[],
  actors: Actor[],
): ArchiveJson {
  const { out, id, titleEn, titleAr, note, titles } = options;
  const schema = schemaReference(out);
  return {
    ...(schema === undefined ? {} : { $schema: schema }),
    version: 1,
    archive: { id, title: { en: titleEn, ar: titleAr }, ...(note === undefined ? {} : { note }) },
    actors,
    parts: parts.map(({ file, document }) => ({
      href: toHref(relative(dirname(resolve(out)), resolve(file))),
      events: document.events.length,
    })),
    index: buildArchiveIndex(
      parts.flatMap(({ document }, part) => document.events.map((event) => ({ event, part }))),
      actors,
      { titles },
    ),
  };
}

/**
 * A relative path as a relative URL: posix separators, and escapes for what a URL would read
 * otherwise ("#" starts a fragment, "a:b.json" would be a scheme). Letters of any script stay.
 */
export function toHref(path: string): string {
  return path
    .split(sep)
    .map((segment) => segment.replace(/[^\w\-.~!$&'()*+,;=@\u0080-\uffff]/g, encodeURIComponent))
    .join('/');
}

/** archive.schema.json relative to an archive written inside this repository; undefined elsewhere. */
export function schemaReference(out: string): string | undefined {
  const inRepo = relative(REPO, resolve(out));
  if (inRepo.startsWith('..') || isAbsolute(inRepo)) return undefined;
  const path = toHref(relative(dirname(resolve(out)), archiveSchemaPath));
  return path.startsWith('.') ? path : `./${path}`;
}

/**
 * The archive as JSON text: the frame indented, each column of the index on one line, its
 * name first. Indented in full, 100,000 events would be 800,000 lines of one number each and
 * more than twice the bytes; one line per column keeps the file small and each column easy to find.
 */
export function renderArchive(archive: ArchiveJson): string {
  const { index, ...frame } = archive;
  const head = JSON.stringify(frame, null, 2).slice(0, -2);
  const columns = Object.entries(index).map(
    ([name, values]) => `    ${JSON.stringify(name)}: ${JSON.stringify(values)}`,
  );
  return `${head},\n  "index": {\n${columns.join(',\n')}\n  }\n}\n`;
}

function main(args: string[]): number {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const options = parseOptions(args);
  if ('usage' in options) {
    console.error(`${options.usage}\n${USAGE}`);
    return 2;
  }
  const parts: CheckedPart[] = [];
  for (const file of options.files) {
    try {
      parts.push(checkPart(file));
    } catch (error) {
      console.error(
        `${file}: cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n${USAGE}`,
      );
      return 2;
    }
  }
  const { actors, problems: actorProblems } = mergeActors(parts);
  const problems = [...parts.flatMap((part) => part.problems), ...actorProblems, ...duplicateIds(parts)];
  if (problems.length > 0) return refuse(problems);

  const valid = parts.map(({ file, document }) => ({ file, document: document! }));
  const text = renderArchive(buildArchive(options, valid, actors));
  // What is written must load: a check of the text itself, not of what it was made from.
  const check = drain(checkArchiveSteps(JSON.parse(text)));
  if (check.problems.length > 0)
    return refuse(check.problems.map((problem) => ({ ...problem, document: options.out })));

  mkdirSync(dirname(resolve(options.out)), { recursive: true });
  writeFileSync(options.out, text);
  const events = check.archive!.index.ids.length;
  const bytes = Buffer.byteLength(text);
  console.log(
    `${options.out}: ${count(events, 'event')} in ${count(valid.length, 'part')}, ${count(bytes, 'byte')}`,
  );
  return 0;
}

function refuse(problems: readonly Problem[]): number {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`no archive written: ${count(problems.length, 'problem')}`);
  return 1;
}

function count(n: number, noun: string): string {
  return `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exit(main(process.argv.slice(2)));
}
