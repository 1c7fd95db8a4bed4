/**
 * Long work done in turns with the page, so that no single task holds the main thread
 * long enough for a reader to notice (Chrome counts 50 ms as a long task; we aim at
 * slices of about 40).
 */

export interface SliceOptions {
  /** Stops early (the promise rejects with the signal's reason) when this aborts. */
  signal?: AbortSignal;
  /** Longest stretch of work before the page gets a turn, in milliseconds. Default 40. */
  sliceMs?: number;
  /**
   * Work nobody waits for (an index built ahead of need): each slice waits for the page to be
   * idle and lasts no longer than the idle moment it was given (never over `sliceMs`), rather
   * than only yield between slices: input and frames always go first.
   */
  background?: boolean;
}

/** Takes turns with the page: `turn()` yields only once a slice of work has been used up. */
export class Slicer {
  #started = performance.now();
  readonly #sliceMs: number;
  /** This slice's length: `sliceMs`, or a background slice's idle moment. */
  #budget: number;
  readonly #signal: AbortSignal | undefined;
  readonly #background: boolean;

  constructor({ sliceMs = 40, signal, background = false }: SliceOptions = {}) {
    this.#sliceMs = sliceMs;
    this.#signal = signal;
    this.#background = background;
    // Background work begins when the page is first idle, not at once.
    this.#budget = background ? 0 : sliceMs;
  }

  async turn(): Promise<void> {
    this.#signal?.throwIfAborted();
    if (performance.now() - this.#started < this.#budget) return;
    if (this.#background) {
      const idle = await whenIdle(BACKGROUND_WAIT_MS);
      // An idle moment ends at the next frame: work past it would delay that frame. A page
      // never idle (the wait timed out) still gets the work done, in short slices.
      this.#budget = Math.min(this.#sliceMs, Math.max(idle, MIN_BACKGROUND_SLICE_MS));
    } else await yieldToPage();
    this.#signal?.throwIfAborted();
    this.#started = performance.now();
  }
}

/** Longest wait for an idle moment between background slices: a page never idle still gets the work done. */
const BACKGROUND_WAIT_MS = 500;
/** The shortest background slice, when the idle moment left is shorter or the wait timed out. */
const MIN_BACKGROUND_SLICE_MS = 5;

/** A macrotask turn: the browser may paint and handle input in between. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  // A message, not setTimeout(0): nested timeouts are clamped to 4 ms each.
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Runs work written as a generator (each `yield` a point where it may pause) to its end. */
export function drain<T>(work: Generator<void, T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

/** The same, giving the page a turn at those points once a slice is used up. */
export async function drainInTurns<T>(work: Generator<void, T>, slicer: Slicer): Promise<T> {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
    await slicer.turn();
  }
}

/**
 * How often a long loop may pause: after this many of its steps it `yield`s, and `drainInTurns`
 * asks the slicer whether the page is due a turn. Counted in light steps (an event checked
 * against the document's actors and quotes, about a microsecond): a few milliseconds of work,
 * so asking costs nothing and no slice overruns by much. A loop whose step is much lighter or
 * heavier scales this by a factor, written where it is used with its reason; everything else
 * uses it as it is.
 */
export const PAUSE_EVERY = 4096;

/**
 * Resolves when the page is next idle, or after `timeoutMs` at the latest, with how many
 * milliseconds of that idle moment are left (0 when the wait timed out): for work nobody is
 * waiting for yet, so that it does not take turns from a first render. Where there is no
 * `requestIdleCallback` (Safari), a plain timeout, and a short moment.
 */
export function whenIdle(timeoutMs = 1000): Promise<number> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback((deadline) => resolve(deadline?.timeRemaining() ?? 0), { timeout: timeoutMs });
    else setTimeout(() => resolve(FALLBACK_IDLE_MS), Math.min(timeoutMs, 200));
  });
}

/** Without `requestIdleCallback`, the idle moment a plain timeout is taken to give. */
const FALLBACK_IDLE_MS = 10;
