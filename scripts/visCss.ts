/**
 * vis-timeline ships one stylesheet for its Timeline, its Graph2d and its configurator. The
 * widget draws a Timeline of boxes, ranges and backgrounds in flat groups, so about two
 * thirds of the rules style nothing it can show: they are dropped at build time (2.2 KiB of
 * the single-file script, gzip). A rule goes only when every one of its selectors names a
 * family below; what is left is checked by tests/build/visCss.test.ts.
 */
import type { Plugin } from 'vite';

/** Beginnings of class names (after `vis-`) in vis-timeline's stylesheet that the widget never creates. */
export const UNUSED_FAMILIES = [
  // The configurator (`configure` option): off.
  'configuration',
  'config-',
  // Graph2d, which the widget does not use, and its legend's icons.
  'graph-group',
  'legend',
  'data-axis',
  'y-axis',
  'line-graph',
  'bar',
  'fill',
  'shaded',
  'outline',
  'icon-fill',
  'point',
  // Nested groups; the rolling-mode button; editing (off): delete buttons and the time tooltip;
  // custom and current time bars (off).
  'nesting-group',
  'nested-group',
  'group-level-',
  'rolling-mode-btn',
  'delete',
  'onUpdateTime-tooltip',
  'custom-time',
  'current-time',
] as const;

const UNUSED = new RegExp(`\\.vis-(?:${UNUSED_FAMILIES.join('|')})`);

/** The stylesheet's top-level rules, as written, without its comments (a source map's). */
export function topLevelRules(stylesheet: string): string[] {
  const css = stylesheet.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) {
      rules.push(css.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (depth !== 0 || css.slice(start).trim() !== '')
    throw new Error('visCss: the stylesheet did not split into rules');
  return rules;
}

/** Whether a rule styles only what the widget never creates. At-rules are kept whole. */
export function isUnused(rule: string): boolean {
  const selectors = rule.slice(0, rule.indexOf('{'));
  if (selectors.trimStart().startsWith('@')) return false;
  return selectors.split(',').every((selector) => UNUSED.test(selector));
}

export function trimVisCss(css: string): string {
  return topLevelRules(css)
    .filter((rule) => !isUnused(rule))
    .join('');
}

/** Trims vis-timeline's stylesheet wherever it is imported, before Vite inlines it. */
export function trimVisCssPlugin(): Plugin {
  return {
    name: 'trim-vis-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/vis-timeline\/styles\/vis-timeline-graph2d\.min\.css(\?|$)/.test(id)) return null;
      return { code: trimVisCss(code), map: null };
    },
  };
}
