/**
 * Imports point down the layers (docs/architecture.md), never back up: read from the import
 * lines of every module in src/, type imports included (a type import ties a layer to another
 * as much as a value import does, for the reader).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../src');

/** Every .ts module under src/, as a path relative to it ("load/fetchLimited.ts"). */
function modules(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return modules(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [relative(SRC, path)] : [];
  });
}

/** What a module imports: other modules of src/ (relative paths) and packages (by name). */
function importsOf(module: string): { local: string[]; packages: string[] } {
  const text = readFileSync(join(SRC, module), 'utf8');
  const specifiers = [
    ...text.matchAll(/^\s*(?:import|export)\b[^'"]*?\bfrom\s+'([^']+)'|^\s*import\s+'([^']+)'/gm),
  ].map((match) => (match[1] ?? match[2])!);
  const local = specifiers
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => relative(SRC, resolve(SRC, dirname(module), specifier.replace(/\?.*$/, ''))))
    .filter((path) => !path.startsWith('..'));
  return { local, packages: specifiers.filter((specifier) => !specifier.startsWith('.')) };
}

const ALL = modules();
const graph = new Map(ALL.map((module) => [module, importsOf(module)]));
const folderOf = (module: string) => (module.includes('/') ? module.slice(0, module.indexOf('/')) : module);

/** Every module a module reaches through its imports, and every package those import. */
function reach(module: string): { modules: Set<string>; packages: Set<string> } {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (current: string) => {
    if (seen.has(current)) return;
    seen.add(current);
    const imports = graph.get(current);
    if (!imports) return;
    for (const name of imports.packages) packages.add(name);
    for (const next of imports.local) visit(next);
  };
  visit(module);
  seen.delete(module);
  return { modules: seen, packages };
}

/** The layers that draw, or that are apps on top: no DOM-free layer may reach them. */
const DOM_FOLDERS = ['dom', 'card', 'list', 'article', 'element', 'embed', 'demo', 'studio'];
/** Packages that need a document. */
const DOM_PACKAGES = ['vis-timeline', 'vis-data', '@floating-ui/dom'];
/** The apps and entry points on top of the element: the only modules outside it that may import it. */
const ON_TOP = ['index.ts', 'auto-define.ts', 'demo', 'embed', 'studio'];

describe('the layers of src/', () => {
  it('finds the modules and their imports (else every rule below would pass on nothing)', () => {
    expect(ALL).toContain('load/loadTimelineData.ts');
    expect(graph.get('load/loadTimelineData.ts')!.local).toContain('load/fetchDocument.ts');
  });

  it('nothing but the entry points and apps imports the element', () => {
    const offenders = ALL.filter((module) => !['element', ...ON_TOP].includes(folderOf(module))).flatMap(
      (module) =>
        graph
          .get(module)!
          .local.filter((path) => folderOf(path) === 'element')
          .map((path) => `${module} → ${path}`),
    );
    expect(offenders).toEqual([]);
  });

  it.each(['load', 'validate', 'archive', 'dating', 'calendar', 'util', 'i18n', 'schema', 'format'])(
    '%s/ reaches no module that draws and no package that needs a document',
    (folder) => {
      const offenders = ALL.filter((module) => folderOf(module) === folder).flatMap((module) => {
        const { modules: reached, packages } = reach(module);
        return [
          ...[...reached].filter((path) => DOM_FOLDERS.includes(folderOf(path))),
          ...[...packages].filter((name) =>
            DOM_PACKAGES.some((dom) => name === dom || name.startsWith(`${dom}/`)),
          ),
        ].map((what) => `${module} → ${what}`);
      });
      expect(offenders).toEqual([]);
    },
  );

  it.each([
    'validate',
    'archive',
    'dating',
    'calendar',
    'util',
    'i18n',
    'schema',
    'format',
    'timeline',
    'dom',
  ])('%s/ imports nothing from load/, the layer above it', (folder) => {
    const offenders = ALL.filter((module) => folderOf(module) === folder).flatMap((module) =>
      graph
        .get(module)!
        .local.filter((path) => folderOf(path) === 'load')
        .map((path) => `${module} → ${path}`),
    );
    expect(offenders).toEqual([]);
  });

  it('dom/ imports none of the layers that use it', () => {
    const offenders = ALL.filter((module) => folderOf(module) === 'dom').flatMap((module) =>
      graph.get(module)!.local.filter((path) => folderOf(path) !== 'dom'),
    );
    expect(offenders).toEqual([]);
  });
});
