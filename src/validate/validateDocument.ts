import type { ValidateOptions, ValidationResult } from '../types.ts';
import type { SliceOptions } from '../util/turns.ts';
import { drain, drainInTurns, Slicer } from '../util/turns.ts';
import { validateSteps } from './validateSteps.ts';

// What callers of this module have always found here; each lives in its own file now.
export type { ValidateOptions } from '../types.ts';
export type { Envelope, ValidEnvelope } from './checkEnvelope.ts';
export { checkEnvelope } from './checkEnvelope.ts';
export { EventChecker } from './EventChecker.ts';
export { validActors } from './validActors.ts';

/**
 * Turns unknown JSON into a typed events document, keeping every valid event and
 * reporting every problem: each names the event (id and index), the JSON path and
 * what is wrong. Pure: no DOM, no I/O, never throws on any input.
 */
export function validateDocument(input: unknown, options: ValidateOptions = {}): ValidationResult {
  return drain(validateSteps(input, options));
}

/**
 * `validateDocument` in slices of about `sliceMs` each, giving the page a turn between
 * them: 100,000 events take most of a second, which in one piece would freeze the page.
 */
export async function validateDocumentInSlices(
  input: unknown,
  options: ValidateOptions & SliceOptions & { slicer?: Slicer } = {},
): Promise<ValidationResult> {
  return drainInTurns(validateSteps(input, options), options.slicer ?? new Slicer(options));
}
