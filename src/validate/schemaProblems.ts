import type { Problem } from '../types.ts';
import { describeSchemaError } from './describeSchemaError.ts';
import type { SchemaValidator } from './schemaValidators.generated.js';

/** Every schema error of `data`, in plain words, its paths under `basePath`; none when it is valid. */
export function schemaProblems(validator: SchemaValidator, data: unknown, basePath: string): Problem[] {
  if (validator(data)) return [];
  return (validator.errors ?? [])
    .filter((error) => error.keyword !== 'if')
    .map((error) => describeSchemaError(error, basePath, data));
}
