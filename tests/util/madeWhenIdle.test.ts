import { afterEach, describe, expect, it, vi } from 'vitest';
import { madeWhenIdle } from '../../src/util/madeWhenIdle.ts';

describe('madeWhenIdle', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('makes the value in the first idle moment, once, and gives that value after', () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
    const make = vi.fn(() => ({ made: true }));
    const get = madeWhenIdle(make);
    // Not while the script is evaluated: that is the point.
    expect(make).not.toHaveBeenCalled();
    expect(idle).toHaveLength(1);
    idle[0]!();
    expect(make).toHaveBeenCalledTimes(1);
    const value = get();
    expect(get()).toBe(value);
    expect(make).toHaveBeenCalledTimes(1);
  });

  it('makes it when asked for before the page is idle, and not again when it is', () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
    let n = 0;
    const get = madeWhenIdle(() => ++n);
    expect(get()).toBe(1);
    idle[0]!();
    expect(get()).toBe(1);
    expect(n).toBe(1);
  });

  it('without idle callbacks, makes it when first asked for', () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    const make = vi.fn(() => 'value');
    const get = madeWhenIdle(make);
    expect(make).not.toHaveBeenCalled();
    expect(get()).toBe('value');
    expect(get()).toBe('value');
    expect(make).toHaveBeenCalledTimes(1);
  });
});
