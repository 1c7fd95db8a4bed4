import { readFileSync } from 'node:fs';
import type { ErrorObject } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { archiveSchemaPath, renderArchiveSchema } from '../../scripts/build-schema.ts';
import {
  checkArchiveSteps,
  PART_OF_DAY_CODES,
  PRECISION_CODES,
  STATUS_CODES,
} from '../../src/archive/archive.ts';
import { dayNumber, parseCalendarDate } from '../../src/calendar/calendarDate.ts';
import { archiveSchema } from '../../src/schema/archiveSchema.ts';
import { eventsSchema } from '../../src/schema/eventsSchema.ts';
import { drain } from '../../src/util/turns.ts';
import { BAD_EVENTS, BAD_FRAMES, generated, withBadEvent } from '../archive/badArchives.ts';

// tests/schema/archiveSchemaAgreement.ts checks the TypeScript types against the schema at compile time.
const committed: unknown = JSON.parse(readFileSync(archiveSchemaPath, 'utf8'));
// Strict, as the events schema's validators are compiled: an unknown keyword or a loose tuple is an error.
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(committed as object);
const check = (value: unknown) => drain(checkArchiveSteps(value));
const columns = archiveSchema.$defs.index.properties;

/** Where an error points; for repeated items, at the later of the two, as checkArchiveSteps does. */
const pointAt = ({ instancePath, keyword, params }: ErrorObject) =>
  keyword === 'uniqueItems'
    ? `${instancePath}/${Math.max(params.i as number, params.j as number)}`
    : instancePath;
/** What the schema says is wrong, where: `[]` when it accepts the value. */
const schemaErrors = (value: unknown) => (validate(value) ? [] : validate.errors!.map(pointAt));

describe('archive.schema.json', () => {
  it('is the schema defined in src/schema/archiveSchema.ts (run npm run schema after changing it)', () => {
    expect(readFileSync(archiveSchemaPath, 'utf8')).toBe(renderArchiveSchema());
  });

  it("defines actors as the events schema does, so that a part's actors fit the archive", () => {
    expect(archiveSchema.$defs.actor).toBe(eventsSchema.$defs.actor);
  });

  it('numbers statuses, precisions and parts of the day as checkArchiveSteps reads them', () => {
    const listed = (codes: readonly string[]) => codes.map((name, i) => `${i} ${name}`).join(', ');
    expect(columns.status.items).toMatchObject({
      minimum: 0,
      maximum: STATUS_CODES.length - 1,
      description: `Status: ${listed(STATUS_CODES)}.`,
    });
    expect(columns.precision.items).toMatchObject({
      minimum: 0,
      maximum: PRECISION_CODES.length - 1,
      description: `Precision: ${listed(PRECISION_CODES)}.`,
    });
    expect(columns.partOfDay.items.anyOf[0]).toMatchObject({
      minimum: 0,
      maximum: PART_OF_DAY_CODES.length - 1,
      description: `Part of the day: ${listed(PART_OF_DAY_CODES)}.`,
    });
  });

  it('bounds days by the first and last YYYY-MM-DD can write, and gives a true example', () => {
    const [day] = columns.start.items.anyOf;
    expect([day.minimum, day.maximum]).toEqual([
      dayNumber(parseCalendarDate('0001-01-01')!),
      dayNumber(parseCalendarDate('9999-12-31')!),
    ]);
    expect(columns.end.items.anyOf[0]).toBe(day);
    const [, number, date] = /e\.g\. (\d+) is (\d{4}-\d{2}-\d{2})/.exec(day.description)!;
    expect(dayNumber(parseCalendarDate(date!)!)).toBe(Number(number));
  });

  it('accepts a generated archive', () => {
    expect(schemaErrors(structuredClone(generated.archive))).toEqual([]);
  });

  it('accepts a title column, with titles in one language or both', () => {
    const archive = structuredClone(generated.archive);
    const title = archive.index.id.map((id, i) => (i % 2 ? [`Talks ${id}`, 'محادثات'] : [null, 'محادثات']));
    expect(schemaErrors({ ...archive, index: { ...archive.index, title } })).toEqual([]);
  });

  it.each([
    ['a title that is text, not [en, ar]', 'Talks'],
    ['a title of three items', ['a', 'b', 'c']],
    ['a title that is a number', [12]],
  ])('rejects %s at its position, as checkArchiveSteps reports it', (_, bad) => {
    const archive = structuredClone(generated.archive);
    const title: unknown[] = archive.index.id.map((id) => [`Talks ${id}`]);
    title[4] = bad;
    const spoiled = { ...archive, index: { ...archive.index, title } };
    const errors = schemaErrors(spoiled);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((path) => path.startsWith('/index/title/4'))).toBe(true);
    expect(check(spoiled).problems).toEqual([expect.objectContaining({ path: '/index/title/4' })]);
  });

  it('accepts an unknown column, as it accepts unknown fields elsewhere, and so does checkArchiveSteps', () => {
    const archive = structuredClone(generated.archive);
    const extended = { ...archive, index: { ...archive.index, weight: [] } };
    expect(schemaErrors(extended)).toEqual([]);
    expect(check(extended).problems).toEqual([]);
  });

  const expressible = BAD_EVENTS.filter((bad) => bad.schemaCan);
  const beyond = BAD_EVENTS.filter((bad) => !bad.schemaCan);

  it.each(expressible)(
    'rejects an event that $name at its column and position, as checkArchiveSteps does',
    (bad) => {
      const { archive, at } = withBadEvent(bad);
      const path = `/index/${bad.column}/${at}`;
      const errors = schemaErrors(archive);
      expect(errors).toContain(path);
      expect(errors.filter((error) => error !== path && !bad.also?.includes(error))).toEqual([]);
      expect(check(archive).problems.at(-1)).toEqual(expect.objectContaining({ path }));
    },
  );

  it.each(beyond)('leaves an event that $name to checkArchiveSteps, which reports it', (bad) => {
    const { archive, at } = withBadEvent(bad);
    // What else the case spoils, the schema says; of the event itself, nothing.
    expect(schemaErrors(archive)).toEqual(bad.also ?? []);
    expect(check(archive).problems.at(-1)).toEqual(
      expect.objectContaining({ path: `/index/${bad.column}/${at}` }),
    );
  });

  const frames = BAD_FRAMES.filter((bad) => bad.schemaCan);
  const lengths = BAD_FRAMES.filter((bad) => !bad.schemaCan);

  it.each(frames)('rejects $name, which checkArchiveSteps does not take for an archive', ({ spoil }) => {
    const archive = spoil(structuredClone(generated.archive));
    expect(schemaErrors(archive)).not.toEqual([]);
    expect(check(archive).archive).toBeNull();
  });

  it.each(lengths)('cannot tell $name, which checkArchiveSteps refuses', ({ spoil, path }) => {
    const archive = spoil(structuredClone(generated.archive));
    expect(schemaErrors(archive)).toEqual([]);
    expect(check(archive)).toEqual({ archive: null, problems: [expect.objectContaining({ path })] });
  });

  it('rejects an actor checkArchiveSteps reports', () => {
    const archive = structuredClone(generated.archive);
    archive.actors[0] = { ...archive.actors[0]!, kind: 'country' as never };
    expect(schemaErrors(archive)).toEqual(['/actors/0/kind']);
    expect(check(archive).problems).toContainEqual(expect.objectContaining({ path: '/actors/0/kind' }));
  });
});
