/**
 * The load path in Node, step by step: parse, check and build the timeline's items for
 * generated documents of 1,000 to 100,000 events, and for the same events as an archive
 * (its manifest only: parts are read when their events are first shown in words). `npm run bench:load`; BENCH_SIZES=1000,10000
 * chooses sizes, BENCH_TIME_MS the time per benchmark below 100,000 events (default 2000).
 * `npm run bench` measures the same path in Chromium and reports both.
 */
import { bench, describe } from 'vitest';
import { indexItems } from '../src/timeline/displaySet.ts';
import { toTimelineItems } from '../src/timeline/toTimelineItems.ts';
import { validateDocument } from '../src/validate/validateDocument.ts';
import { SEED } from './datasets.ts';
import { generateArchive, generateDocument } from './generate.ts';
import { archiveLoad, parseOnly, streamedLoad, wholeLoad } from './loadPath.ts';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);

for (const size of SIZES) {
  const { document, sourceText } = generateDocument(size, SEED);
  const bytes = new TextEncoder().encode(JSON.stringify(document));
  const validated = validateDocument(JSON.parse(new TextDecoder().decode(bytes)), { sourceText }).document!;
  // Few rounds for the large sizes: each takes a second or more.
  const time = Number(process.env.BENCH_TIME_MS) || 2_000;
  const options = size >= 100_000 ? { iterations: 5, time: 0, warmupIterations: 1 } : { time };
  const mb = (bytes.length / 1e6).toFixed(1);
  const manifest = new TextEncoder().encode(JSON.stringify(generateArchive(size, SEED).archive));
  const manifestMb = (manifest.length / 1e6).toFixed(1);

  describe(`${size.toLocaleString('en')} events (${mb} MB of JSON)`, () => {
    bench(
      'streamed, as <diplomatic-timeline src> loads it',
      async () => void (await streamedLoad(bytes, sourceText)),
      options,
    );
    bench('whole: one JSON.parse, then validateDocument', () => void wholeLoad(bytes, sourceText), options);
    bench('JSON.parse alone: the floor for this format', () => void parseOnly(bytes), options);
    bench(
      'toTimelineItems + indexItems alone',
      () => {
        indexItems(toTimelineItems(validated).items);
      },
      options,
    );
    bench(
      `archive: its ${manifestMb} MB manifest parsed, index checked, items placed and indexed`,
      async () => void (await archiveLoad(manifest)),
      options,
    );
  });
}
