/**
 * Type-level test, checked by `tsc` (npm run typecheck): the archive types in
 * src/archive/archive.ts and archive.schema.json describe the same archives. If a field is
 * added to one and not the other, or a row's field changes, an assertion stops compiling.
 * How start, end and partOfDay depend on the precision (the schema's if/then rules) is
 * beyond types: tests/archive/schema.test.ts checks it against checkArchiveSteps.
 */
import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import type { ArchiveJson, ArchiveRowJson } from '../../src/archive/archive.ts';
import type { archiveSchema } from '../../src/schema/archiveSchema.ts';

/** The schema allows unknown fields (they are ignored); the types do not list them. */
type WithoutIndexSignatures<T> = T extends readonly (infer U)[]
  ? WithoutIndexSignatures<U>[]
  : T extends object
    ? { [K in keyof T as string extends K ? never : K]: WithoutIndexSignatures<T[K]> }
    : T;

type Assert<T extends true> = T;
type MutuallyAssignable<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

// json-schema-to-ts reads draft-07 tuples (`items: [...]`), not 2020-12's `prefixItems`: the
// row is typed field by field, and the rest of the archive as a whole.
type RowSchemas = (typeof archiveSchema)['$defs']['row']['prefixItems'];
/** Each schema of a tuple as its type (a generic, so that the mapping keeps the tuple's shape). */
type EachFromSchema<T extends readonly unknown[]> = {
  -readonly [K in keyof T]: T[K] extends JSONSchema ? FromSchema<T[K]> : never;
};
type RowFromSchema = EachFromSchema<RowSchemas>;
type FrameFromSchema = Omit<WithoutIndexSignatures<FromSchema<typeof archiveSchema>>, 'index'>;

export type RowSchemaMatchesType = Assert<MutuallyAssignable<RowFromSchema, ArchiveRowJson>>;
export type FrameSchemaMatchesType = Assert<MutuallyAssignable<FrameFromSchema, Omit<ArchiveJson, 'index'>>>;
