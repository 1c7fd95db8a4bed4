import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { trimVisJs } from '../../scripts/visJs.ts';

const source = readFileSync(
  new URL('../../node_modules/vis-timeline/esnext/esm/vis-timeline-graph2d.mjs', import.meta.url),
  'utf8',
);

describe("trimming vis-timeline's module", () => {
  const trimmed = trimVisJs(source);

  it('drops Graph2d, the configurator call and the option check, and exports the Timeline still', () => {
    expect(trimmed).not.toMatch(/function Graph2d\(/);
    expect(trimmed).not.toMatch(/Graph2d\.prototype/);
    expect(trimmed).not.toMatch(/new Configurator\(this, this\.dom\.container, configureOptions\)/);
    expect(trimmed).not.toMatch(/Validator\.validate\(options, allOptions\)/);
    expect(trimmed).toMatch(/^class Timeline extends Core \{$/m);
    expect(trimmed).toMatch(/^export \{ Timeline, timeline \};$/m);
  });

  it('keeps what lies between Graph2d and the Timeline: the option type names', () => {
    expect(trimmed).toMatch(/^const string = "string";$/m);
    expect(source.length - trimmed.length).toBeGreaterThan(10_000);
  });

  it('fails rather than trim a module it does not recognise', () => {
    expect(() => trimVisJs('export { Timeline };')).toThrow(/is not in vis-timeline any more/);
  });
});
