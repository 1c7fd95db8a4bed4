import { describeValue } from './describeValue.ts';
import type { SchemaError } from './schemaValidators.generated.js';

/** A schema error in plain words, with the JSON Pointer of the value it is about. */
export function describeSchemaError(
  error: SchemaError,
  basePath: string,
  /** The value that was validated: the bad value is read from it, so the compiled validators stay small. */
  root: unknown,
): { path: string; message: string } {
  const path = basePath + error.instancePath;
  const { params } = error;
  const data = valueAt(root, error.instancePath);
  switch (error.keyword) {
    case 'required':
      return { path: `${path}/${String(params.missingProperty)}`, message: 'is missing (required)' };
    case 'type':
      return { path, message: `must be ${article(String(params.type))}, not ${describeValue(data)}` };
    case 'enum':
      return {
        path,
        message: `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}, not ${describeValue(data)}`,
      };
    case 'const':
      return {
        path,
        message: `must be ${JSON.stringify(params.allowedValue)}, not ${describeValue(data)}`,
      };
    case 'pattern':
      return { path, message: `${patternMeaning(String(params.pattern))}, not ${describeValue(data)}` };
    case 'minLength':
      return { path, message: 'must not be empty' };
    case 'maxLength':
      return {
        path,
        message: `is too long: ${(data as string).length.toLocaleString('en')} characters, at most ${String(params.limit)}`,
      };
    case 'minItems':
      return {
        path,
        message: `must have at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}`,
      };
    case 'minimum':
    case 'maximum':
      return {
        path,
        message: `must be ${error.keyword === 'minimum' ? 'at least' : 'at most'} ${String(params.limit)}, not ${describeValue(data)}`,
      };
    default:
      return {
        path,
        message: `${error.message ?? 'is invalid'} (${error.keyword})`,
      };
  }
}

/** The value at a JSON Pointer (RFC 6901) inside `root`, or undefined. */
function valueAt(root: unknown, pointer: string): unknown {
  let value = root;
  for (const token of pointer.split('/').slice(1)) {
    if (typeof value !== 'object' || value === null) return undefined;
    const key = token.replaceAll('~1', '/').replaceAll('~0', '~');
    value = Object.prototype.hasOwnProperty.call(value, key)
      ? (value as Record<string, unknown>)[key]
      : undefined;
  }
  return value;
}

function patternMeaning(pattern: string): string {
  if (pattern.includes('[0-9]{4}-')) return 'must be a calendar date written YYYY-MM-DD';
  if (pattern.startsWith('^[a-z0-9]+'))
    return 'must be an id of lowercase letters, digits and single hyphens';
  if (pattern === '^[A-Z]{2}$') return 'must be a two-letter country code such as "TR"';
  if (pattern.startsWith('^[0-9]{2,4}')) return 'must be a CAMEO code of 2 to 4 digits, written as a string';
  if (pattern.startsWith('^[A-Za-z]{2,3}')) return 'must be a BCP 47 language code such as "en" or "fa"';
  return `must match ${pattern}`;
}

function article(type: string): string {
  const noun = type === 'object' ? 'object' : type === 'array' ? 'array' : type;
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}
