import { afterEach, describe, expect, it, vi } from 'vitest';
import { drain, drainInTurns, Slicer, whenIdle } from '../../src/util/turns.ts';

function* counting(steps: number): Generator<void, number> {
  for (let i = 0; i < steps; i++) yield;
  return steps;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('drain and drainInTurns', () => {
  it('run work to its end, at once or in turns, with the same result', async () => {
    expect(drain(counting(5))).toBe(5);
    expect(await drainInTurns(counting(5), new Slicer({ sliceMs: 0 }))).toBe(5);
  });

  it('stop when the signal aborts', async () => {
    const controller = new AbortController();
    controller.abort(new Error('replaced'));
    await expect(drainInTurns(counting(5), new Slicer({ signal: controller.signal }))).rejects.toThrow(
      'replaced',
    );
  });
});

describe('a background Slicer', () => {
  it('waits for an idle moment between slices, where a foreground one only yields', async () => {
    const idle = vi.fn((callback: () => void) => setTimeout(callback, 0));
    vi.stubGlobal('requestIdleCallback', idle);
    await drainInTurns(counting(3), new Slicer({ sliceMs: 0, background: true }));
    expect(idle).toHaveBeenCalledTimes(3);
    idle.mockClear();
    await drainInTurns(counting(3), new Slicer({ sliceMs: 0 }));
    expect(idle).not.toHaveBeenCalled();
  });
});

describe('whenIdle', () => {
  it('asks for an idle callback with a bound, or falls back to a short timeout', async () => {
    const idle = vi.fn((callback: () => void, options: { timeout: number }) => {
      expect(options.timeout).toBe(700);
      setTimeout(callback, 0);
    });
    vi.stubGlobal('requestIdleCallback', idle);
    await whenIdle(700);
    expect(idle).toHaveBeenCalledOnce();

    vi.stubGlobal('requestIdleCallback', undefined);
    vi.useFakeTimers();
    let done = false;
    void whenIdle(5000).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(199);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });
});
