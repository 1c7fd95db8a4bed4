import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EventsDocument } from '../../src/types.ts';
import { formatProblem } from '../../src/validate/formatProblem.ts';
import { parseEventsJson } from '../../src/validate/parseEventsJson.ts';
import { validateDocument } from '../../src/validate/validateDocument.ts';
import type { HostileExpectation } from './expectation.ts';
import { problemLineMatches } from './expectation.ts';
import { generatedFixtures } from './generated.ts';

const dir = new URL('../fixtures/hostile/', import.meta.url);
const sourceText = readFileSync(new URL('../../events/sources/ankara-talks.ar.txt', import.meta.url), 'utf8');
const expectations = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as Record<
  string,
  HostileExpectation
>;
const fixtureFiles = readdirSync(dir)
  .filter((name) => name !== 'expected.json')
  .sort();

/** Every field name the format defines, and those of a calendar date: nothing else may reach the output. */
const KNOWN_KEYS = new Set(
  (
    'version source actors events id publisher title language dateline text url note en ar name kind country ' +
    'role status type mode context cameo participants place attribution time quotes actor start end precision ' +
    'partOfDay phrase rule basis weekday endWeekday relativeTo offsetDays after notBefore window translation ' +
    'year month day'
  ).split(' '),
);

interface Outcome extends Omit<HostileExpectation, 'about'> {
  /** What JSON.parse made of the bytes, when they parse. */
  input: unknown;
  document: EventsDocument | null;
}

function load(bytes: Uint8Array): Outcome {
  const parsed = parseEventsJson(bytes);
  if (!parsed.ok) {
    return {
      kind: 'error-state',
      validIds: [],
      problems: [formatProblem(parsed.problem)],
      input: undefined,
      document: null,
    };
  }
  const { document, problems } = validateDocument(parsed.value, { sourceText });
  return {
    kind: document ? 'document' : 'error-state',
    validIds: document ? document.events.map((event) => event.id) : [],
    problems: problems.map(formatProblem),
    input: parsed.value,
    document,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own keys of the built-in prototypes a JSON document could try to reach. */
function prototypeKeys(): string[] {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype].flatMap((proto) =>
    Reflect.ownKeys(proto).map(String),
  );
}

/**
 * Walks the output and the input it came from side by side, and returns the paths of the output's
 * strings that are not the very same string at the same place in the input (`!==` compares UTF-16
 * code units, so equal strings are equal byte for byte), and how many strings were compared.
 */
function changedStrings(
  output: unknown,
  input: unknown,
  label: string,
): { changed: string[]; compared: number } {
  const changed: string[] = [];
  const path: (string | number)[] = [label];
  let compared = 0;
  const walk = (here: unknown, there: unknown): void => {
    if (typeof here === 'string') {
      compared += 1;
      if (here !== there) changed.push(path.join('.'));
    } else if (Array.isArray(here)) {
      here.forEach((item, i) => {
        path.push(i);
        walk(item, Array.isArray(there) ? there[i] : undefined);
        path.pop();
      });
    } else if (isRecord(here)) {
      for (const [key, item] of Object.entries(here)) {
        path.push(key);
        walk(
          item,
          isRecord(there) && Object.prototype.hasOwnProperty.call(there, key) ? there[key] : undefined,
        );
        path.pop();
      }
    }
  };
  walk(output, input);
  return { changed, compared };
}

/** Paths of output objects carrying a field the format does not define, or an unusual prototype. */
function unexpectedShapes(document: EventsDocument): string[] {
  const found: string[] = [];
  const path: (string | number)[] = ['document'];
  const walk = (value: unknown): void => {
    if (typeof value !== 'object' || value === null) return;
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== (Array.isArray(value) ? Array.prototype : Object.prototype))
      found.push(`${path.join('.')} (prototype)`);
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        path.push(i);
        walk(item);
        path.pop();
      });
      return;
    }
    for (const key of Reflect.ownKeys(value)) {
      if (typeof key !== 'string' || !KNOWN_KEYS.has(key)) {
        found.push(`${path.join('.')}.${String(key)}`);
        continue;
      }
      path.push(key);
      walk((value as Record<string, unknown>)[key]);
      path.pop();
    }
  };
  walk(document);
  return found;
}

/** The output, checked string by string against the input it came from. */
function textChanges(document: EventsDocument, input: unknown): { changed: string[]; compared: number } {
  const raw = isRecord(input) ? input : {};
  const rawActors = byId(raw.actors);
  const rawEvents = byId(raw.events);
  const results = [changedStrings(document.source, raw.source, 'source')];
  for (const actor of document.actors) {
    // A later actor with the same id is ignored: the first one is the one kept.
    results.push(changedStrings(actor, rawActors.get(actor.id)?.[0], `actor ${actor.id}`));
  }
  for (const event of document.events) {
    const origins = rawEvents.get(event.id) ?? [];
    const result = changedStrings(event, origins[0], `event ${event.id}`);
    if (origins.length !== 1) result.changed.push(`event ${event.id}: ${origins.length} events in the input`);
    results.push(result);
  }
  return {
    changed: results.flatMap((result) => result.changed),
    compared: results.reduce((sum, result) => sum + result.compared, 0),
  };
}

/** The objects of a raw array, grouped by their id. */
function byId(list: unknown): Map<unknown, Record<string, unknown>[]> {
  const groups = new Map<unknown, Record<string, unknown>[]>();
  for (const item of Array.isArray(list) ? list : []) {
    if (!isRecord(item)) continue;
    const group = groups.get(item.id);
    if (group) group.push(item);
    else groups.set(item.id, [item]);
  }
  return groups;
}

/** toEqual, with a fast path for the 100,000-line lists: its element-by-element diffing takes seconds. */
function expectSameLines(actual: readonly string[], expected: readonly string[]): void {
  if (actual.length === expected.length && actual.every((line, i) => line === expected[i])) {
    expect(actual.length).toBe(expected.length);
  } else {
    expect(actual).toEqual(expected);
  }
}

function checkAgainst(bytes: Uint8Array, expected: HostileExpectation): void {
  const keysBefore = prototypeKeys();
  const toStringBefore = Object.prototype.toString;
  let outcome: Outcome | undefined;
  expect(() => {
    outcome = load(bytes);
  }).not.toThrow();
  if (!outcome) throw new Error('load() returned nothing');

  expect(outcome.kind).toBe(expected.kind);
  expectSameLines(outcome.validIds, expected.validIds);
  // Lines matching an expected prefix are shown as that prefix, so a mismatch reads as a plain diff.
  const comparable = outcome.problems.map((line, i) => {
    const wanted = expected.problems[i];
    return wanted !== undefined && problemLineMatches(line, wanted) ? wanted : line;
  });
  expectSameLines(comparable, expected.problems);

  expect(prototypeKeys()).toEqual(keysBefore);
  expect(Object.prototype.toString).toBe(toStringBefore);
  const probe = {} as Record<string, unknown>;
  expect([probe.polluted, probe.isAdmin, probe.id, probe.en]).toEqual([
    undefined,
    undefined,
    undefined,
    undefined,
  ]);

  if (outcome.document) {
    expect(unexpectedShapes(outcome.document)).toEqual([]);
    const { changed, compared } = textChanges(outcome.document, outcome.input);
    expect(changed).toEqual([]);
    // Every event brings an id, two titles, two attributions, a phrase, a rule and a quote's text and translation.
    expect(compared).toBeGreaterThanOrEqual(5 + 9 * outcome.document.events.length);
  }
}

describe('the hostile corpus', () => {
  it('has an expectation for every fixture file, and a fixture file for every expectation', () => {
    expect(fixtureFiles).toEqual(Object.keys(expectations).sort());
  });

  it('holds at least 40 documents, not counting the generated ones', () => {
    expect(fixtureFiles.length).toBeGreaterThanOrEqual(40);
    expect(generatedFixtures.length).toBeGreaterThanOrEqual(10);
  });

  it('writes each expectation consistently: an error state shows no events and says why', () => {
    for (const expectation of Object.values(expectations)) {
      expect(['document', 'error-state']).toContain(expectation.kind);
      if (expectation.kind === 'error-state') {
        expect(expectation.validIds).toEqual([]);
        expect(expectation.problems.length).toBeGreaterThan(0);
      }
      expect(expectation.about.length).toBeGreaterThan(0);
    }
  });

  it.each(fixtureFiles)(
    '%s loads as expected.json says, without throwing or touching any prototype',
    (file) => {
      const expected = expectations[file];
      if (!expected) throw new Error(`${file} has no expectation`);
      checkAgainst(new Uint8Array(readFileSync(new URL(file, dir))), expected);
    },
  );

  it.each(generatedFixtures.map((fixture) => [fixture.name, fixture] as const))(
    '%s loads as generated.ts says, without throwing or touching any prototype',
    (_name, fixture) => {
      const { bytes, expected } = fixture.generate();
      checkAgainst(bytes, expected);
    },
    60_000,
  );
});
