import { describe, expect, it } from 'vitest';
import { eventsSchema } from '../../src/schema/eventsSchema.ts';
import type { TimelineEventJson } from '../../src/types.ts';
import { BROKEN_CHARACTER } from '../../src/validate/illFormedStrings.ts';
import { validateDocument } from '../../src/validate/validateDocument.ts';
import { seed, seedText } from './documents.ts';

type Schema = { [key: string]: unknown };

/**
 * The JSON pointers (within an event) of every string the schema leaves free: no enum, no const,
 * no pattern. Only those can hold a lone surrogate in a schema-valid event. Arrays at item 0.
 */
function freeTextPaths(schema: Schema, path = ''): string[] {
  const ref = schema.$ref as string | undefined;
  if (ref) return freeTextPaths((eventsSchema.$defs as Record<string, Schema>)[ref.split('/').pop()!]!, path);
  if (schema.type === 'string')
    return 'enum' in schema || 'const' in schema || 'pattern' in schema ? [] : [path];
  if (schema.type === 'array') return freeTextPaths(schema.items as Schema, `${path}/0`);
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  return Object.entries(properties).flatMap(([name, inner]) => freeTextPaths(inner, `${path}/${name}`));
}

/** The seed's first event with every optional free-text field filled in. */
function fullEvent(): TimelineEventJson {
  const event = structuredClone(seed.events[0]!);
  event.place = { en: 'Ankara', ar: 'أنقرة' };
  event.time.ruleAr = 'القاعدة';
  event.quotes[0]!.translation ??= 'A translation';
  event.review = ['Check the date'];
  return event;
}

function setAt(target: object, pointer: string, value: string): void {
  const keys = pointer.split('/').slice(1);
  let at = target as Record<string, object>;
  for (const key of keys.slice(0, -1)) at = at[key] as Record<string, object>;
  (at as Record<string, unknown>)[keys.at(-1)!] = value;
}

describe('a lone surrogate in an event', () => {
  const paths = freeTextPaths((eventsSchema.$defs as Record<string, Schema>).event!);

  it('is looked for in every free-text field the schema has', () => {
    // The walk above found the fields it should: a schema change that hides them fails here.
    expect(paths).toEqual(
      expect.arrayContaining([
        '/title/en',
        '/title/ar',
        '/quotes/0/text',
        '/quotes/0/translation',
        '/review/0',
      ]),
    );
  });

  it('is valid with every free-text field filled in and well formed', () => {
    const document = { ...seed, events: [fullEvent(), ...seed.events.slice(1)] };
    const { problems } = validateDocument(document, { sourceText: seedText });
    // Its review note is shown beside it, not a fault.
    expect(problems.filter((problem) => problem.severity !== 'review')).toEqual([]);
  });

  it.each(freeTextPaths((eventsSchema.$defs as Record<string, Schema>).event!))(
    'at %s is reported at that field, and the event is not shown',
    (path) => {
      const event = fullEvent();
      setAt(event, path, 'Talks \ud800 in Ankara');
      const document = { ...seed, events: [event, ...seed.events.slice(1)] };
      const { problems } = validateDocument(document, { sourceText: seedText });
      expect(problems).toContainEqual(
        expect.objectContaining({ path: `/events/0${path}`, message: BROKEN_CHARACTER }),
      );
    },
  );
});
