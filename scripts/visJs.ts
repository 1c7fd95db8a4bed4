/**
 * vis-timeline's esnext module carries its configurator (an options editor with a colour
 * picker) and an option validator with the table of every option, both reached from the
 * Timeline's code although the widget never asks for either: it passes no `configure` option,
 * and its options are its own, typed and tested. Cutting the two calls lets the bundler drop
 * them; and Graph2d, kept only because it is built at import time.
 * A pattern not found fails the build: a new vis-timeline is looked at, not trimmed blind.
 */
import type { Plugin } from 'vite';

const MODULE = /vis-timeline[\\/]esnext[\\/]esm[\\/]vis-timeline-graph2d\.mjs$/;

/** What the Timeline's code calls, and what it is replaced by. */
export const VIS_JS_CUTS: readonly [RegExp, string][] = [
  // Graph2d, which the widget never draws: its prototype is made at import time (a Core built
  // on the spot), so the bundler keeps it, its line graphs, axes, legend and option tables.
  [/^function Graph2d\(container, items, groups, options\) \{[\s\S]*?(?=^const string = "string";$)/m, ''],
  [/^export \{ Graph2d, Timeline, timeline \};$/m, 'export { Timeline, timeline };'],
  // Only with a `configure` option, which the widget never gives.
  [
    /return new Configurator\(this, this\.dom\.container, configureOptions\);/,
    'throw new Error("vis-timeline: configure is not available");',
  ],
  // The options are the adapter's own (src/timeline/visAdapter.ts): nothing to report at run time.
  [/let errorFound = Validator\.validate\(options, allOptions\);/, 'let errorFound = false;'],
];

export function trimVisJs(code: string): string {
  return VIS_JS_CUTS.reduce((text, [pattern, replacement]) => {
    if (!pattern.test(text)) throw new Error(`visJs: ${String(pattern)} is not in vis-timeline any more`);
    return text.replace(pattern, replacement);
  }, code);
}

export function trimVisJsPlugin(): Plugin {
  return {
    name: 'trim-vis-js',
    transform(code, id) {
      return MODULE.test(id) ? { code: trimVisJs(code), map: null } : null;
    },
  };
}
