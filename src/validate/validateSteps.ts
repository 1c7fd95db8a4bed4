import type { ValidateOptions, ValidationResult } from '../types.ts';
import { PAUSE_EVERY } from '../util/turns.ts';
import { checkEnvelope } from './checkEnvelope.ts';
import { EventChecker } from './EventChecker.ts';

/**
 * Events checked alone between pauses. One costs dozens of light steps (the schema, its
 * dates, its characters, its typed copy), so the slicer is asked every 64, as it always was.
 */
const CHECKED_ALONE_PER_PAUSE = PAUSE_EVERY / 64;

/**
 * The whole of validation as steps: the envelope, each event alone, then each in the
 * document's context (see EventChecker). It pauses (yields) every few dozen events; `drain`
 * runs it at once, `drainInTurns` taking turns with the page.
 */
export function* validateSteps(
  input: unknown,
  options: ValidateOptions = {},
): Generator<void, ValidationResult> {
  const envelope = checkEnvelope(input);
  if (!envelope.ok) return { document: null, problems: envelope.problems };
  const checker = new EventChecker();
  const { events } = envelope.raw;
  // Indexes, not map or for-of: a document given as a JS value may hold holes, which map would keep.
  for (let index = 0; index < events.length; index++) {
    checker.add(events[index]);
    if (index % CHECKED_ALONE_PER_PAUSE === CHECKED_ALONE_PER_PAUSE - 1) yield;
  }
  yield;
  return yield* checker.finishSteps(envelope, options);
}
