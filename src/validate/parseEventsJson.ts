import type { Problem } from '../types.ts';

export type Parsed = { ok: true; value: unknown } | { ok: false; problem: Problem };

/**
 * Decodes bytes as UTF-8 (a leading byte-order mark is dropped) and parses them as
 * JSON, saying in plain words what is wrong when they are neither.
 */
export function parseEventsJson(input: Uint8Array | string): Parsed {
  let text: string;
  if (typeof input === 'string') {
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      return {
        ok: false,
        problem: { path: '', message: 'is not UTF-8 text, so it cannot be an events document' },
      };
    }
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problem: {
        path: '',
        message: `is not valid JSON (comments and trailing commas are not allowed): ${detail}`,
      },
    };
  }
}
