/** The two documents the validator's tests check against their articles: one English source, and the seed. */
import { readFileSync } from 'node:fs';
import type { EventsDocumentJson } from '../../src/types.ts';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

export const sourceText = read('../fixtures/english/kyiv-exchange.en.txt');
export const english = JSON.parse(read('../fixtures/english/kyiv-exchange.json')) as EventsDocumentJson;
export const seedText = read('../../events/sources/ankara-talks.ar.txt');
export const seed = JSON.parse(read('../../events/ankara-talks.json')) as EventsDocumentJson;
