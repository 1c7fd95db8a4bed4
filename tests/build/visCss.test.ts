import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isUnused, topLevelRules, trimVisCss, UNUSED_FAMILIES } from '../../scripts/visCss.ts';

const stylesheet = readFileSync(
  new URL('../../node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css', import.meta.url),
  'utf8',
);
const adapter = readFileSync(new URL('../../src/timeline/visAdapter.ts', import.meta.url), 'utf8');
const selectorsOf = (rules: readonly string[]) => rules.map((rule) => rule.slice(0, rule.indexOf('{')));

describe("trimming vis-timeline's stylesheet", () => {
  const rules = topLevelRules(stylesheet);
  const kept = rules.filter((rule) => !isUnused(rule));

  it('splits it into rules that make it up whole, its source-map comment aside', () => {
    expect(rules.join('')).toBe(stylesheet.replace(/\/\*[\s\S]*?\*\//g, '').trim());
    expect(rules.length).toBeGreaterThan(100);
  });

  it('keeps every rule for what the widget draws: boxes, ranges, backgrounds, lanes and the axis', () => {
    expect(selectorsOf(kept)).toEqual(
      expect.arrayContaining([
        '.vis-item',
        '.vis-item.vis-box',
        '.vis-item.vis-dot',
        '.vis-item.vis-line',
        '.vis-item.vis-range',
        '.vis-item.vis-background',
        '.vis-item .vis-item-content',
        '.vis-labelset .vis-label',
        '.vis-panel',
        '.vis-time-axis .vis-text',
        '.vis-time-axis .vis-grid.vis-major',
        '.vis-timeline',
      ]),
    );
  });

  it('drops a rule only when every one of its selectors is of an unused family', () => {
    expect(isUnused('.vis-custom-time,.vis-current-time{color:red}')).toBe(true);
    expect(isUnused('.vis-custom-time,.vis-item{color:red}')).toBe(false);
    expect(isUnused('.vis-item.vis-point{color:red}')).toBe(true);
    expect(isUnused('.vis-item.vis-box{color:red}')).toBe(false);
    expect(trimVisCss('.vis-legend{a:b}.vis-item{c:d}/* x */')).toBe('.vis-item{c:d}');
  });

  it('drops more than half of it', () => {
    expect(trimVisCss(stylesheet).length).toBeLessThan(stylesheet.length / 2);
  });

  it('drops only families the widget never asks vis-timeline for', () => {
    // The options that would create them stay off in the adapter.
    expect(adapter).toContain('showCurrentTime: false');
    expect(adapter).not.toMatch(/\bconfigure:|editable:\s*true|rollingMode|addCustomTime/);
    // No item, group or class of ours is of a dropped family.
    for (const family of UNUSED_FAMILIES) {
      expect(adapter, family).not.toMatch(new RegExp(`vis-${family}|type: '${family}'`));
    }
  });
});
