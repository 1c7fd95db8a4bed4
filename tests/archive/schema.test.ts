import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { archiveSchemaPath, renderArchiveSchema } from '../../scripts/build-schema.ts';
import { checkArchiveSteps } from '../../src/archive/archive.ts';
import { archiveSchema } from '../../src/schema/archiveSchema.ts';
import { eventsSchema } from '../../src/schema/eventsSchema.ts';
import { drain } from '../../src/util/turns.ts';
import { BAD_FRAMES, BAD_ROWS, generated, withBadRow } from './badArchives.ts';

// tests/archive/archiveSchemaAgreement.ts checks the TypeScript types against the schema at compile time.
const committed: unknown = JSON.parse(readFileSync(archiveSchemaPath, 'utf8'));
// Strict, as the events schema's validators are compiled: an unknown keyword or a loose tuple is an error.
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(committed as object);
const check = (value: unknown) => drain(checkArchiveSteps(value));

describe('archive.schema.json', () => {
  it('is the schema defined in src/schema/archiveSchema.ts (run npm run schema after changing it)', () => {
    expect(readFileSync(archiveSchemaPath, 'utf8')).toBe(renderArchiveSchema());
  });

  it("defines actors as the events schema does, so that a part's actors fit the archive", () => {
    expect(archiveSchema.$defs.actor).toBe(eventsSchema.$defs.actor);
  });

  it('accepts a generated archive', () => {
    expect(validate(structuredClone(generated.archive)) ? [] : validate.errors).toEqual([]);
  });

  const expressible = BAD_ROWS.filter((bad) => bad.schemaCan);
  const beyond = BAD_ROWS.filter((bad) => !bad.schemaCan);

  it.each(expressible)('rejects a row that $name at that row, as checkArchiveSteps does', (bad) => {
    const { archive, at } = withBadRow(bad);
    expect(validate(archive)).toBe(false);
    const where = validate.errors!.map((error) => error.instancePath);
    expect(where.every((path) => path.startsWith(`/index/${at}`))).toBe(true);
    expect(check(archive).problems.map((problem) => problem.path)).toEqual([
      bad.field === undefined ? `/index/${at}` : `/index/${at}/${bad.field}`,
    ]);
  });

  it.each(beyond)('leaves a row that $name to checkArchiveSteps, which reports it', (bad) => {
    const { archive, at } = withBadRow(bad);
    expect(validate(archive) ? [] : validate.errors).toEqual([]);
    expect(check(archive).problems).toEqual([expect.objectContaining({ path: `/index/${at}/${bad.field}` })]);
  });

  it.each(BAD_FRAMES)('rejects $name, which checkArchiveSteps does not take for an archive', ({ spoil }) => {
    const archive = spoil(structuredClone(generated.archive) as never);
    expect(validate(archive)).toBe(false);
    expect(check(archive).archive).toBeNull();
  });

  it('rejects an actor checkArchiveSteps reports', () => {
    const archive = structuredClone(generated.archive);
    archive.actors[0] = { ...archive.actors[0]!, kind: 'country' as never };
    expect(validate(archive)).toBe(false);
    expect(validate.errors!.map((error) => error.instancePath)).toEqual(['/actors/0/kind']);
    expect(check(archive).problems).toContainEqual(expect.objectContaining({ path: '/actors/0/kind' }));
  });
});
