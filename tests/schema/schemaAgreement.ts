/**
 * Type-level test, checked by `tsc` (npm run typecheck): the TypeScript types in
 * src/types.ts and the JSON Schema describe the same documents. If a field is added
 * to one and not the other, one of these assignments stops compiling.
 */
import type { FromSchema } from 'json-schema-to-ts';
import type { eventsSchema } from '../../src/schema/eventsSchema.ts';
import type { EventsDocumentJson } from '../../src/types.ts';

/** The schema allows unknown fields (they are ignored); the types do not list them. */
type WithoutIndexSignatures<T> = T extends readonly (infer U)[]
  ? WithoutIndexSignatures<U>[]
  : T extends object
    ? { [K in keyof T as string extends K ? never : K]: WithoutIndexSignatures<T[K]> }
    : T;

type FromJsonSchema = WithoutIndexSignatures<FromSchema<typeof eventsSchema>>;

type Assert<T extends true> = T;
type MutuallyAssignable<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

export type SchemaMatchesTypes = Assert<MutuallyAssignable<FromJsonSchema, EventsDocumentJson>>;
