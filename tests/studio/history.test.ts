import { describe, expect, it } from 'vitest';
import { History } from '../../src/studio/history.ts';

describe('History', () => {
  it('undoes and redoes steps in order', () => {
    const history = new History<string>();
    history.record('a', 'title', 0);
    history.record('ab', 'place', 10);
    expect(history.undo('abc')).toBe('ab');
    expect(history.undo('ab')).toBe('a');
    expect(history.undo('a')).toBeNull();
    expect(history.redo('a')).toBe('ab');
    expect(history.redo('ab')).toBe('abc');
  });

  it('makes one step of edits to the same field close together', () => {
    const history = new History<string>(200, 1000);
    history.record('', 'title', 0);
    history.record('W', 'title', 100);
    history.record('Wi', 'title', 200);
    expect(history.undo('Wit')).toBe('');
    expect(history.canUndo).toBe(false);
  });

  it('starts a new step when the same field is edited again after a pause', () => {
    const history = new History<string>(200, 1000);
    history.record('', 'title', 0);
    history.record('Wit', 'title', 5000);
    expect(history.undo('Witkoff')).toBe('Wit');
  });

  it('forgets what could be redone once a new edit is made', () => {
    const history = new History<string>();
    history.record('a', 'x', 0);
    history.undo('b');
    history.record('a', 'y', 5000);
    expect(history.canRedo).toBe(false);
  });

  it('keeps at most its limit of steps', () => {
    const history = new History<number>(2, 0);
    for (let n = 0; n < 5; n++) history.record(n, `k${n}`, n * 10);
    expect(history.undo(5)).toBe(4);
    expect(history.undo(4)).toBe(3);
    expect(history.undo(3)).toBeNull();
  });
});
