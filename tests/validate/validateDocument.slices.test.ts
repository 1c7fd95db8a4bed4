import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateDocument } from '../../bench/generate.ts';
import type { ValidationResult } from '../../src/types.ts';
import { EventsJsonStream } from '../../src/validate/streamEventsJson.ts';
import {
  checkEnvelope,
  EventChecker,
  validateDocument,
  validateDocumentInSlices,
} from '../../src/validate/validateDocument.ts';

const sourceText = readFileSync(new URL('../../events/sources/ankara-talks.ar.txt', import.meta.url), 'utf8');

/** Every committed document: the article, the broken ones and the hostile corpus. */
const documents = [
  new URL('../../events/ankara-talks.json', import.meta.url),
  ...['broken', 'hostile'].flatMap((folder) => {
    const dir = new URL(`../fixtures/${folder}/`, import.meta.url);
    return readdirSync(dir)
      .filter((name) => name.endsWith('.json') && name !== 'expected.json')
      .map((name) => new URL(name, dir));
  }),
].map((url) => ({ name: url.pathname.split('/').slice(-2).join('/'), bytes: readFileSync(url) }));

/** What the element does with a streamed `src`: events checked as they arrive, the rest at the end. */
function validateStreamed(bytes: Uint8Array, cut: number, text: string): ValidationResult | 'not streamed' {
  const checker = new EventChecker();
  const stream = new EventsJsonStream({
    onEvents: (events, wellFormed) => events.forEach((event) => checker.add(event, wellFormed)),
  });
  stream.push(bytes.subarray(0, cut));
  stream.push(bytes.subarray(cut));
  const streamed = stream.finish();
  if (!streamed.ok) return 'not streamed';
  const envelope = checkEnvelope(streamed.envelope);
  return envelope.ok
    ? checker.finish(envelope, { sourceText: text })
    : { document: null, problems: envelope.problems };
}

const parse = (bytes: Uint8Array): unknown => JSON.parse(new TextDecoder().decode(bytes));

describe('validating in slices and as a stream', () => {
  it.each(documents.map((doc) => [doc.name, doc] as const))(
    '%s: the same result as validateDocument',
    async (_, { bytes }) => {
      let expected: ValidationResult;
      try {
        expected = validateDocument(parse(bytes), { sourceText });
      } catch {
        // Not JSON at all: there is nothing to validate, and the stream must not make something of it.
        expect(validateStreamed(bytes, bytes.length >> 1, sourceText)).toBe('not streamed');
        return;
      }
      expect(await validateDocumentInSlices(parse(bytes), { sourceText, sliceMs: 0 })).toEqual(expected);
      const streamed = validateStreamed(bytes, bytes.length >> 1, sourceText);
      if (streamed !== 'not streamed') expect(streamed).toEqual(expected);
    },
  );

  it('streams the committed documents that have an events array (most of them)', () => {
    const streamed = documents.filter(
      ({ bytes }) => validateStreamed(bytes, bytes.length >> 1, sourceText) !== 'not streamed',
    );
    expect(streamed.length).toBeGreaterThan(documents.length * 0.75);
  });

  it('gives the page turns while it works, and the same result', async () => {
    const generated = generateDocument(3_000, 11);
    const json = JSON.stringify(generated.document);
    let turns = 0;
    let working = true;
    const count = () => {
      if (!working) return;
      turns++;
      setTimeout(count, 0);
    };
    setTimeout(count, 0);
    const result = await validateDocumentInSlices(JSON.parse(json), {
      sourceText: generated.sourceText,
      sliceMs: 1,
    });
    working = false;
    expect(turns).toBeGreaterThan(2);
    expect(result).toEqual(validateDocument(JSON.parse(json), { sourceText: generated.sourceText }));
    expect(result.document?.events).toHaveLength(3_000);
  });

  it('stops when its signal aborts', async () => {
    const generated = generateDocument(3_000, 12);
    const controller = new AbortController();
    const validating = validateDocumentInSlices(generated.document, {
      sourceText: generated.sourceText,
      sliceMs: 0,
      signal: controller.signal,
    });
    controller.abort();
    await expect(validating).rejects.toMatchObject({ name: 'AbortError' });
  });
});
