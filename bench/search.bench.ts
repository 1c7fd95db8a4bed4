/**
 * Search in Node: building the index over generated documents of 10,000 and 100,000 events (at
 * once, and the longest pause-free slice when built in steps as the page does), and queries
 * typed the way readers type them. `npx vitest bench --run --config vite.config.ts bench/search.bench.ts`;
 * BENCH_SIZES=10000 chooses sizes, BENCH_TIME_MS the time per benchmark below 100,000 events.
 */
import { bench, describe } from 'vitest';
import { buildEventSearch, buildEventSearchSteps } from '../src/search/buildEventSearch.ts';
import { validateDocument } from '../src/validate/validateDocument.ts';
import { SEED } from './datasets.ts';
import { generateDocument } from './generate.ts';

const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);

for (const size of SIZES) {
  const { document: json, sourceText } = generateDocument(size, SEED);
  const document = validateDocument(json, { sourceText }).document!;
  const actors = new Map(document.actors.map((actor) => [actor.id, actor]));
  const search = buildEventSearch(document.events, actors);
  // BENCH_TIME_MS as for bench/loadPath.bench.ts: the gate's smoke run sets it low.
  const time = Number(process.env.BENCH_TIME_MS) || 2_000;
  const options = size >= 100_000 ? { iterations: 3, time: 0, warmupIterations: 0 } : { time };
  const name = document.actors.find((actor) => actor.kind === 'person')!.name;

  describe(`${size.toLocaleString('en')} events`, () => {
    bench('build the index at once', () => void buildEventSearch(document.events, actors), options);
    bench(
      'build the index in steps, timing the longest step (see the log)',
      () => {
        const steps = buildEventSearchSteps(document.events, actors);
        let longest = 0;
        for (;;) {
          const began = performance.now();
          const step = steps.next();
          longest = Math.max(longest, performance.now() - began);
          if (step.done) break;
        }
        longestStep.set(size, Math.max(longestStep.get(size) ?? 0, longest));
      },
      { ...options, teardown: () => report(size) },
    );
    bench(
      `query an Arabic name as typed («${name.ar.slice(0, 3)}»)`,
      () => void search.search(name.ar.slice(0, 3)),
    );
    bench(`query an English name in full ("${name.en}")`, () => void search.search(name.en));
    bench('query two words, one with an attached article', () => void search.search('الرئيس talks'));
  });
}

const longestStep = new Map<number, number>();
function report(size: number): void {
  console.log(`${size} events: longest step of the index build ${longestStep.get(size)?.toFixed(1)} ms`);
}
