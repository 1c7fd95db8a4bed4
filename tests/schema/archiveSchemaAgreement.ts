/**
 * Type-level test, checked by `tsc` (npm run typecheck): the archive types in
 * src/archive/archive.ts and archive.schema.json describe the same archives. If a field or a
 * column is added to one and not the other, or a column's items change, an assertion stops
 * compiling. How the columns line up, and how start, end and partOfDay depend on the precision,
 * is beyond both: tests/schema/archiveSchema.test.ts shows checkArchiveSteps checks it.
 */
import type { FromSchema } from 'json-schema-to-ts';
import type { ArchiveIndexJson, ArchiveJson } from '../../src/archive/archive.ts';
import type { archiveSchema } from '../../src/schema/archiveSchema.ts';

/** The schema allows unknown fields (they are ignored); the types do not list them. */
type WithoutIndexSignatures<T> = T extends readonly (infer U)[]
  ? WithoutIndexSignatures<U>[]
  : T extends object
    ? { [K in keyof T as string extends K ? never : K]: WithoutIndexSignatures<T[K]> }
    : T;

type Assert<T extends true> = T;
type MutuallyAssignable<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

type ArchiveFromSchema = WithoutIndexSignatures<FromSchema<typeof archiveSchema>>;

// The index alone first, so that a column that drifts is named by the error.
export type IndexSchemaMatchesType = Assert<MutuallyAssignable<ArchiveFromSchema['index'], ArchiveIndexJson>>;
export type ArchiveSchemaMatchesType = Assert<MutuallyAssignable<ArchiveFromSchema, ArchiveJson>>;
