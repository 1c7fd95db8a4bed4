import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderSchema, renderValidators, schemaPath, validatorsPath } from '../../scripts/build-schema.ts';

// tests/schema/schemaAgreement.ts checks the TypeScript types against the schema at compile time.
describe('events.schema.json', () => {
  it('is the schema defined in src/schema/eventsSchema.ts (run npm run schema after changing it)', () => {
    expect(readFileSync(schemaPath, 'utf8')).toBe(renderSchema());
  });

  it('is what the committed validators were compiled from', () => {
    expect(readFileSync(validatorsPath, 'utf8')).toBe(renderValidators());
  });
});
