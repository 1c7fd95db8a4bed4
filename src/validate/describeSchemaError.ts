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

/** A short, safe rendering of a bad value: never the whole of a 5 MB string. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return quoteText(shown);
  }
  return `${typeof value} ${String(value)}`;
}

/** Invisible and direction-changing characters: shown raw, they would hide in or reorder a problem line. */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g;

/** Text in double quotes, with invisible characters and lone surrogates written as \u escapes. */
export function quoteText(text: string): string {
  return JSON.stringify(text).replace(
    INVISIBLE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
