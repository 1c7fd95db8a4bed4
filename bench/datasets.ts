import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { EventsDocumentJson } from '../src/types.ts';
import { validateDocument } from '../src/validate/validateDocument.ts';
import { generateDocument } from './generate.ts';

export type DataSetName = 'article' | number;

export interface DataSet {
  name: DataSetName;
  /** Events in the document, and how many have a date (the baseline draws only those). */
  events: number;
  dated: number;
  json: Buffer;
  text: Buffer;
  /** The document's \`source.text\`: where, relative to the document, the widget fetches the text. */
  textPath: string;
}

/** One seed for every run, so results from different days compare the same documents. */
export const SEED = 20260207;

/**
 * The article as committed, or a generated document, checked by the project's own
 * validator: a document the widget would partly reject would not be the same work.
 */
export function loadDataSet(name: DataSetName, root: string): DataSet {
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
  return {
    name,
    events: document.events.length,
    dated: document.events.filter((event) => event.time.start !== undefined).length,
    json: Buffer.from(json),
    text: Buffer.from(sourceText),
    textPath: document.source.text,
  };
}
