import { describe, expect, it } from 'vitest';
import {
  isViewMessage,
  MAX_VIEW_LENGTH,
  readSetViewMessage,
  setViewMessage,
  viewMessage,
} from '../../src/view/viewMessages.ts';
import type { ViewState } from '../../src/view/viewState.ts';

const state: ViewState = {
  selected: 'sisi-calls-pezeshkian',
  search: 'السيسي',
  filters: { status: ['occurred'] },
};

describe('viewMessage', () => {
  it('carries the view as URL parameters a host can put in its own URL', () => {
    const message = viewMessage(state);
    expect(message.type).toBe('diplomatic-timeline:view');
    expect(new URLSearchParams(message.view).get('search')).toBe('السيسي');
    expect(isViewMessage(structuredClone(message))).toBe(true);
  });

  it('is told apart from other messages, a set-view message included', () => {
    expect(isViewMessage(setViewMessage(state))).toBe(false);
    expect(isViewMessage({ type: 'diplomatic-timeline:view', view: 3 })).toBe(false);
    expect(isViewMessage(null)).toBe(false);
    expect(isViewMessage('diplomatic-timeline:view')).toBe(false);
  });
});

describe('readSetViewMessage', () => {
  it('reads the state a host sends, after a structured clone', () => {
    expect(readSetViewMessage(structuredClone(setViewMessage(state)))).toEqual({ state, errors: [] });
  });

  it('carries the host page as the base of the embed’s links only when given one', () => {
    expect(setViewMessage(state)).not.toHaveProperty('linkBase');
    expect(setViewMessage(state, 'https://news.example/ankara').linkBase).toBe('https://news.example/ankara');
  });

  it('returns null for anything that is not a set-view message, and refuses an overlong one', () => {
    expect(readSetViewMessage(viewMessage(state))).toBeNull();
    expect(readSetViewMessage({ type: 'diplomatic-timeline:set-view' })).toBeNull();
    expect(
      readSetViewMessage({
        type: 'diplomatic-timeline:set-view',
        view: `search=${'x'.repeat(MAX_VIEW_LENGTH)}`,
      }),
    ).toBeNull();
  });

  it('reports bad values a host sends, naming them', () => {
    const read = readSetViewMessage({ type: 'diplomatic-timeline:set-view', view: 'filter-from=tomorrow' });
    expect(read!.errors.map((error) => error.message)).toEqual([
      'invalid filter-from: "tomorrow" (expected a day as YYYY-MM-DD)',
    ]);
  });
});
