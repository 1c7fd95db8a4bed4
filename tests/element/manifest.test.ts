import { readFileSync } from 'node:fs';
import * as analyzer from '@custom-elements-manifest/analyzer';
import type * as typescript from 'typescript';
import { describe, expect, it } from 'vitest';
import config, { publicOnly } from '../../custom-elements-manifest.config.mjs';

// Its types declare neither, though index.js exports both (ts: the analyzer's own TypeScript).
const { create, ts } = analyzer as unknown as {
  create: (options: { modules: typescript.SourceFile[]; plugins: unknown[] }) => unknown;
  ts: typeof typescript;
};

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

interface Named {
  name: string;
  kind?: string;
}
interface ElementDeclaration {
  tagName: string;
  attributes: Named[];
  members: Named[];
  events: Named[];
  cssParts: Named[];
  cssProperties: Named[];
}
interface Manifest {
  modules: { declarations: ElementDeclaration[] }[];
}

const manifest = JSON.parse(read('custom-elements.json')) as Manifest;
const element = manifest.modules[0]!.declarations[0]!;
const names = (list: Named[]) => list.map((item) => item.name).sort();

/** The names in the first column of the README's table under `#### heading`, in "The element". */
function readmeColumn(heading: string): string[] {
  const readme = read('README.md');
  const section = readme.slice(readme.indexOf('### The element'));
  const start = section.indexOf(`#### ${heading}\n`);
  if (start < 0) throw new Error(`the README has no table of ${heading}`);
  const rows = section.slice(start).split('\n').slice(1);
  const table = rows.slice(rows.findIndex((row) => row.startsWith('|')));
  const body = table.slice(
    2,
    table.findIndex((row) => !row.startsWith('|')),
  );
  // "`src`, `lang`" names two; "`select(id)`" names select.
  return body
    .flatMap((row) => [...row.split('|')[1]!.matchAll(/`([^`(]+)(?:\([^)]*\))?`/g)].map((match) => match[1]!))
    .sort();
}

describe('custom-elements.json', () => {
  it('is what the analyzer makes of the element today (npm run manifest writes it)', () => {
    const path = config.globs[0]!;
    const source = ts.createSourceFile(path, read(path), ts.ScriptTarget.ES2022, true);
    const made = create({ modules: [source], plugins: [publicOnly] });
    expect(made).toEqual(manifest);
  });

  it('describes <diplomatic-timeline> and nothing private', () => {
    expect(element.tagName).toBe('diplomatic-timeline');
    expect(element.members.filter((member) => member.name.startsWith('#'))).toEqual([]);
  });

  it.each([
    ['Attributes', () => names(element.attributes)],
    ['Properties', () => names(element.members.filter((member) => member.kind === 'field'))],
    ['Methods', () => names(element.members.filter((member) => member.kind === 'method'))],
    ['Events', () => names(element.events)],
    ['Parts', () => names(element.cssParts)],
    ['CSS custom properties', () => names(element.cssProperties)],
  ])("lists the same %s as the README's table", (heading, fromManifest) => {
    expect(readmeColumn(heading)).toEqual(fromManifest());
  });
});
