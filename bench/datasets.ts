import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ArchiveJson } from '../src/archive/archive.ts';
import { checkArchiveSteps, entryOf } from '../src/archive/archive.ts';
import type { CalendarDate } from '../src/calendar/calendarDate.ts';
import { formatCalendarDate } from '../src/calendar/calendarDate.ts';
import type { EventsDocumentJson } from '../src/types.ts';
import { drain } from '../src/util/turns.ts';
import { validateDocument } from '../src/validate/validateDocument.ts';
import { generateArchive, generateDocument } from './generate.ts';

/** The article, a generated document of that many events, or a generated archive of that many. */
export type DataSetName = 'article' | number | ArchiveName;
export type ArchiveName = `archive-${number}`;

export const isArchiveName = (name: DataSetName): name is ArchiveName =>
  typeof name === 'string' && name.startsWith('archive-');

/** How many events a generated data set holds; undefined for the article. */
export function eventCount(name: DataSetName): number | undefined {
  if (name === 'article') return undefined;
  return isArchiveName(name) ? Number(name.slice('archive-'.length)) : name;
}

/** A document's bytes and its source text. */
export interface DocumentBytes {
  json: Buffer;
  text: Buffer;
}

export interface DataSet {
  name: DataSetName;
  kind: 'document' | 'archive';
  /** Events in the data set, and how many have a date (the baseline draws only those). */
  events: number;
  dated: number;
  /** What ours fetches (`src`): the document, or the archive's manifest. */
  url: string;
  /** What the baseline fetches: the document; for an archive, the same events as one document. */
  baselineUrl: string;
  /** The bytes at `url`. */
  json: Buffer;
  /** An archive's parts: how many, and their bytes (JSON and source texts). */
  parts?: { count: number; bytes: number };
  /**
   * The same events as one document, for the Node load path (and the baseline): the data set
   * itself for a document, the equal-sized generated document for an archive.
   */
  document: DocumentBytes;
  /** `document.json.length`, kept for the report. */
  documentBytes: number;
  /** Every file this data set serves from memory, by path. */
  files: Map<string, Buffer>;
}

/** One seed for every run, so results from different days compare the same documents. */
export const SEED = 20260207;

const documentUrl = (name: 'article' | number): string => `/__data/${name}.json`;

/** The files a document serves: itself, and its source text where the widget looks, relative to the document. */
function documentFiles(url: string, bytes: DocumentBytes, textPath: string): [string, Buffer][] {
  return [
    [url, bytes.json],
    [new URL(textPath, new URL(url, 'http://x')).pathname, bytes.text],
  ];
}

/**
 * The article as committed, or a generated document, checked by the project's own
 * validator: a document the widget would partly reject would not be the same work.
 */
function loadDocument(name: 'article' | number, root: string): DataSet {
  let json: string;
  let sourceText: string;
  if (name === 'article') {
    json = readFileSync(resolve(root, 'events/ankara-talks.json'), 'utf8');
    sourceText = readFileSync(resolve(root, 'events/sources/ankara-talks.ar.txt'), 'utf8');
  } else {
    const generated = generateDocument(name, SEED);
    json = JSON.stringify(generated.document);
    sourceText = generated.sourceText;
  }
  const document = JSON.parse(json) as EventsDocumentJson;
  const { problems } = validateDocument(JSON.parse(json), { sourceText });
  if (problems.length > 0) {
    const message = `${name} document has ${problems.length} validation problem(s), e.g. ${JSON.stringify(problems[0])}`;
    if (name !== 'article') throw new Error(message);
    // The article belongs to other work in progress: measure it as it is, but say so.
    console.warn(`warning: ${message}`);
  }
  const bytes = { json: Buffer.from(json), text: Buffer.from(sourceText) };
  const url = documentUrl(name);
  return {
    name,
    kind: 'document',
    events: document.events.length,
    dated: document.events.filter((event) => event.time.start !== undefined).length,
    url,
    baselineUrl: url,
    json: bytes.json,
    document: bytes,
    documentBytes: bytes.json.length,
    files: new Map(documentFiles(url, bytes, document.source.text)),
  };
}

/**
 * A generated archive of `count` events, served under `/__data/archive-<count>/` so that its
 * parts, and their source texts, resolve relative to the manifest as the widget resolves them.
 * Checked before the run: the index with no problem, every part with its source text with no
 * problem, and every event placed by the index as the equal-sized document places it, so the
 * baseline, which draws that document, draws the same events.
 */
function loadArchive(count: number, equivalent: DataSet): DataSet {
  const name: ArchiveName = `archive-${count}`;
  const generated = generateArchive(count, SEED);
  const json = Buffer.from(JSON.stringify(generated.archive));
  const fail = (what: string, problems: readonly unknown[]) => {
    throw new Error(
      `${name}: ${what} has ${problems.length} problem(s), e.g. ${JSON.stringify(problems[0])}`,
    );
  };
  const checked = drain(checkArchiveSteps(JSON.parse(json.toString('utf8'))));
  if (!checked.archive || checked.problems.length > 0) fail('the manifest', checked.problems);

  const url = `/__data/${name}/archive.json`;
  const files = new Map<string, Buffer>([[url, json]]);
  let partBytes = 0;
  for (const part of generated.parts) {
    const partJson = JSON.stringify(part.document);
    const { problems } = validateDocument(JSON.parse(partJson), { sourceText: part.sourceText });
    if (problems.length > 0) fail(part.href, problems);
    const partUrl = new URL(part.href, new URL(url, 'http://x')).pathname;
    const bytes = { json: Buffer.from(partJson), text: Buffer.from(part.sourceText) };
    for (const [path, body] of documentFiles(partUrl, bytes, part.document.source.text)) {
      files.set(path, body);
      partBytes += body.length;
    }
  }
  sameEvents(name, generated.archive, equivalent);
  // The baseline has no archive format: when it is measured here, it fetches the same events as one document.
  for (const [path, body] of equivalent.files) files.set(path, body);
  const dated = generated.archive.index.start.filter((day) => day !== null).length;
  return {
    name,
    kind: 'archive',
    events: generated.archive.index.id.length,
    dated,
    url,
    baselineUrl: equivalent.url,
    json,
    parts: { count: generated.parts.length, bytes: partBytes },
    document: equivalent.document,
    documentBytes: equivalent.documentBytes,
    files,
  };
}

/** Throws unless the archive's index places every event of the document, and no other, as the document does. */
function sameEvents(name: string, archive: ArchiveJson, equivalent: DataSet): void {
  const document = JSON.parse(equivalent.document.json.toString('utf8')) as EventsDocumentJson;
  // The index as written, read back with the widget's own checks: the same days, status and lead.
  const { archive: checked } = drain(checkArchiveSteps(structuredClone(archive)));
  const at = checked!.byId;
  const differ = document.events.find((event) => {
    const position = at.get(event.id);
    if (position === undefined) return true;
    const entry = entryOf(checked!.index, position);
    const day = (date: CalendarDate | undefined) => (date ? formatCalendarDate(date) : undefined);
    return (
      day(entry.time.start) !== event.time.start ||
      day(entry.time.end) !== event.time.end ||
      entry.status !== event.status ||
      entry.participants[0]?.actor !== event.participants[0]?.actor
    );
  });
  if (differ || at.size !== document.events.length)
    throw new Error(
      `${name} does not hold the same events as the ${document.events.length}-event document${differ ? `: "${differ.id}" differs` : ''}`,
    );
}

/**
 * Every data set asked for, in order. An archive shares its equal-sized document with the
 * document's own data set when both are asked for, so it is generated and kept once.
 */
export function loadDataSets(names: readonly DataSetName[], root: string): DataSet[] {
  const documents = new Map<'article' | number, DataSet>();
  const documentOf = (name: 'article' | number): DataSet => {
    let found = documents.get(name);
    if (!found) documents.set(name, (found = loadDocument(name, root)));
    return found;
  };
  return names.map((name) => {
    console.log(
      `preparing ${name === 'article' ? 'the article' : isArchiveName(name) ? `an archive of ${eventCount(name)} events` : `${name} events`}…`,
    );
    return isArchiveName(name)
      ? loadArchive(eventCount(name)!, documentOf(eventCount(name)!))
      : documentOf(name);
  });
}

/** One data set: the article or a generated document. */
export function loadDataSet(name: 'article' | number, root: string): DataSet {
  return loadDocument(name, root);
}
