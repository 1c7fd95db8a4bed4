import { readFileSync } from 'node:fs';
import type { EventsDocumentJson } from '../../src/types.ts';

/** The article's events as the tests expect to see them. */
export const article = JSON.parse(
  readFileSync(new URL('../../events/ankara-talks.json', import.meta.url), 'utf8'),
) as EventsDocumentJson;

export const datedEvents = article.events.filter((event) => event.time.start !== undefined);
export const undatedEvents = article.events.filter((event) => event.time.start === undefined);
