import { describe, expect, it } from 'vitest';
import { generateDocument } from '../../bench/generate.ts';
import type { ValidationResult } from '../../src/types.ts';
import { PAUSE_EVERY } from '../../src/util/turns.ts';
import { validateSteps } from '../../src/validate/validateSteps.ts';

/** Runs the steps to their end: the result, and how often they paused on the way. */
function run(input: unknown, sourceText?: string): { result: ValidationResult; pauses: number } {
  const steps = validateSteps(input, sourceText === undefined ? {} : { sourceText });
  let pauses = 0;
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return { result: step.value, pauses };
    pauses++;
  }
}

/** The pauses of finishing: one after the events alone, one after duplicate ids, one after dates. */
const FINISHING_PAUSES = 3;

describe('validateSteps', () => {
  it('answers a value that is not an events document at once, without pausing', () => {
    const { result, pauses } = run([]);
    expect(result.document).toBeNull();
    expect(result.problems).toHaveLength(1);
    expect(pauses).toBe(0);
  });

  it('pauses only to finish a document with few events', () => {
    const { document, sourceText } = generateDocument(10, 3);
    const { result, pauses } = run(document, sourceText);
    expect(result.problems).toEqual([]);
    expect(result.document!.events).toHaveLength(10);
    expect(pauses).toBe(FINISHING_PAUSES);
  });

  it('pauses every few dozen events while checking them alone, and checks every one', () => {
    const count = 300;
    const { document, sourceText } = generateDocument(count, 3);
    const { result, pauses } = run(document, sourceText);
    expect(result.problems).toEqual([]);
    expect(result.document!.events).toHaveLength(count);
    const alone = pauses - FINISHING_PAUSES;
    expect(alone).toBeGreaterThan(1);
    // At most one pause per PAUSE_EVERY / 64 events: a turn asked for too often costs.
    expect(alone).toBe(Math.floor(count / (PAUSE_EVERY / 64)));
  });

  it('says the source text was missing, and still keeps every valid event', () => {
    const { document } = generateDocument(20, 5);
    const { result } = run(document);
    expect(result.document!.events).toHaveLength(20);
    expect(result.problems).toEqual([
      expect.objectContaining({ path: '/source/text', message: expect.stringContaining('not available') }),
    ]);
  });
});
