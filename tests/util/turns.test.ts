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

describe("a background Slicer's slices", () => {
  /** Ten steps of 2 ms each on a clock the test moves; how many idle moments they waited for. */
  async function idleWaits(idleMs: number): Promise<number> {
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const idle = vi.fn((callback: (deadline: { timeRemaining(): number }) => void) =>
      setTimeout(() => callback({ timeRemaining: () => idleMs }), 0),
    );
    vi.stubGlobal('requestIdleCallback', idle);
    function* steps(): Generator<void, void> {
      for (let i = 0; i < 10; i++) {
        now += 2;
        yield;
      }
    }
    await drainInTurns(steps(), new Slicer({ sliceMs: 40, background: true }));
    vi.restoreAllMocks();
    return idle.mock.calls.length;
  }

  it('last no longer than the idle moment they were given, so the next frame is not held up', async () => {
    // 20 ms of work in idle moments of 5 ms: a wait before the first slice, then one every 5 ms.
    expect(await idleWaits(5)).toBe(4);
  });

  it('never run past sliceMs, and go on in short slices when the page is never idle', async () => {
    // A long idle moment (50 ms) is cut to the 40 ms slice: all 20 ms of work fit in one.
    expect(await idleWaits(50)).toBe(1);
    // A wait that timed out gives no idle time: slices of 5 ms still get the work done.
    expect(await idleWaits(0)).toBe(4);
  });
});

describe('whenIdle', () => {
  it('resolves with what is left of the idle moment', async () => {
    vi.stubGlobal('requestIdleCallback', (callback: (deadline: { timeRemaining(): number }) => void) =>
      setTimeout(() => callback({ timeRemaining: () => 12.5 }), 0),
    );
    expect(await whenIdle()).toBe(12.5);
  });

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
