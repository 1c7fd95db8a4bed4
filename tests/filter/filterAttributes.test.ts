import { describe, expect, it } from 'vitest';
import type { FilterAttribute } from '../../src/filter/filterAttributes.ts';
import {
  filterAttributes,
  FilterValueError,
  parseFilterMode,
  readFilters,
} from '../../src/filter/filterAttributes.ts';

const read = (attributes: Partial<Record<FilterAttribute, string>>) =>
  readFilters((name) => attributes[name] ?? null);

describe('readFilters', () => {
  it('reads every filter attribute', () => {
    const { filters, errors } = read({
      'filter-lanes': 'iran,us',
      'filter-actors': 'trump, araghchi',
      'filter-status': 'occurred',
      'filter-from': '2026-01-30',
      'filter-to': '2026-02-02',
    });
    expect(errors).toEqual([]);
    expect(filters).toEqual({
      lanes: ['iran', 'us'],
      actors: ['trump', 'araghchi'],
      status: ['occurred'],
      from: { year: 2026, month: 1, day: 30 },
      to: { year: 2026, month: 2, day: 2 },
    });
  });

  it('reads absent and empty attributes as no filter, dropping empty entries and repeats', () => {
    expect(read({})).toEqual({ filters: {}, errors: [] });
    expect(read({ 'filter-actors': '', 'filter-status': ' , ' })).toEqual({ filters: {}, errors: [] });
    expect(read({ 'filter-actors': 'trump,,trump,' }).filters).toEqual({ actors: ['trump'] });
  });

  it('names the attribute and the value it cannot read, and keeps the others', () => {
    const { filters, errors } = read({ 'filter-status': 'x', 'filter-actors': 'trump' });
    expect(filters).toEqual({ actors: ['trump'] });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(FilterValueError);
    expect(errors[0]!.message).toMatch(
      /^invalid filter-status: "x" \(expected occurred, planned, background\)$/,
    );
    expect(errors[0]).toMatchObject({ name: 'FilterValueError', attribute: 'filter-status', value: 'x' });
  });

  it('rejects ids that are not slugs and days that do not exist, reporting every one', () => {
    const { filters, errors } = read({
      'filter-actors': 'Trump',
      'filter-from': '2026-02-30',
      'filter-to': '2026-3-1',
    });
    expect(filters).toEqual({});
    expect(errors.map((error) => error.message)).toEqual([
      'invalid filter-actors: "Trump" ("Trump" is not an id such as "araghchi")',
      'invalid filter-from: "2026-02-30" (expected a day as YYYY-MM-DD)',
      'invalid filter-to: "2026-3-1" (expected a day as YYYY-MM-DD)',
    ]);
  });

  it('rejects a range that ends before it starts, and keeps neither end', () => {
    const { filters, errors } = read({ 'filter-from': '2026-02-02', 'filter-to': '2026-02-01' });
    expect(filters).toEqual({});
    expect(errors[0]!.message).toContain('ends before it starts');
  });
});

describe('filterAttributes', () => {
  it('writes filters back as attributes that read as the same filters', () => {
    const attributes = {
      'filter-lanes': 'mediators',
      'filter-actors': 'trump,araghchi',
      'filter-status': 'planned,background',
      'filter-from': '0999-01-01',
      'filter-to': '2026-12-31',
    };
    const written = filterAttributes(read(attributes).filters);
    expect(Object.fromEntries(written)).toEqual(attributes);
  });

  it('writes nothing for an empty filter', () => {
    expect(filterAttributes({ actors: [] })).toEqual([]);
  });
});

describe('parseFilterMode', () => {
  it('hides filtered-out events unless told to dim them', () => {
    expect(parseFilterMode(null)).toBe('hide');
    expect(parseFilterMode(' dim ')).toBe('dim');
    expect(parseFilterMode('hide')).toBe('hide');
  });

  it('names a mode it does not know', () => {
    expect(() => parseFilterMode('fade')).toThrow('invalid filter-mode: "fade" (expected hide or dim)');
  });
});
