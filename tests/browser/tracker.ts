/**
 * An init script that watches what the widget's script leaves behind outside its own
 * elements: listeners on window and document, intervals, timeouts and animation frames
 * not yet run, observers still observing. Only what code in the widget's file started
 * counts (told by the call stack): Playwright adds window listeners of its own.
 * `window.tracker.snapshot()` counts them; `window.tracker.atDefine` is the count just
 * before the first custom element is defined.
 */
import type { Page } from '@playwright/test';

export interface Snapshot {
  /** "window keydown capture" → how many listeners. */
  listeners: Record<string, number>;
  intervals: number;
  timeouts: number;
  frames: number;
  /** "ResizeObserver" → how many observe something. */
  observers: Record<string, number>;
  /** Every listener type ever added to document. */
  documentTypes: string[];
}

declare global {
  interface Window {
    tracker: { snapshot(): Snapshot; atDefine: Snapshot | null };
  }
}

export async function installTracker(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const ours = () => /diplomatic-timeline\.iife\.js/.test(new Error().stack ?? '');
    const listeners = new Map<string, Set<unknown>>();
    const documentTypes = new Set<string>();
    const where = (target: EventTarget) =>
      target === window ? 'window' : target === document ? 'document' : null;
    const capture = (options: unknown) =>
      typeof options === 'boolean' ? options : Boolean((options as { capture?: boolean } | null)?.capture);
    const key = (target: string, type: string, options: unknown) =>
      `${target} ${type}${capture(options) ? ' capture' : ''}`;

    const { addEventListener, removeEventListener } = EventTarget.prototype;
    EventTarget.prototype.addEventListener = function (type, listener, options) {
      const target = where(this);
      if (target && listener) {
        if (target === 'document' && ours()) documentTypes.add(type);
        const k = key(target, type, options);
        const once = typeof options === 'object' && options?.once;
        // Listeners that remove themselves (once, or an aborted signal) are not leaks.
        if (!once && ours()) {
          if (!listeners.has(k)) listeners.set(k, new Set());
          listeners.get(k)!.add(listener);
          const signal = typeof options === 'object' ? options?.signal : undefined;
          signal?.addEventListener('abort', () => listeners.get(k)?.delete(listener));
        }
      }
      return addEventListener.call(this, type, listener, options);
    };
    EventTarget.prototype.removeEventListener = function (type, listener, options) {
      const target = where(this);
      if (target && listener) listeners.get(key(target, type, options))?.delete(listener);
      return removeEventListener.call(this, type, listener, options);
    };

    const pending = (
      set: (callback: (...args: unknown[]) => void, ...rest: unknown[]) => number,
      clear: (id: number) => void,
      repeats: boolean,
    ) => {
      const live = new Set<number>();
      const wrappedSet = (callback: unknown, ...rest: unknown[]) => {
        const id = set(
          (...args: unknown[]) => {
            if (!repeats) live.delete(id);
            if (typeof callback === 'function') (callback as (...a: unknown[]) => void)(...args);
          },
          ...rest,
        );
        if (ours()) live.add(id);
        return id;
      };
      const wrappedClear = (id: number) => {
        live.delete(id);
        clear(id);
      };
      return { live, wrappedSet, wrappedClear };
    };
    const w = window as unknown as Record<string, unknown>;
    const intervals = pending(setInterval.bind(window) as never, clearInterval.bind(window), true);
    const timeouts = pending(setTimeout.bind(window) as never, clearTimeout.bind(window), false);
    const frames = pending(
      requestAnimationFrame.bind(window) as never,
      cancelAnimationFrame.bind(window),
      false,
    );
    w.setInterval = intervals.wrappedSet;
    w.clearInterval = intervals.wrappedClear;
    w.setTimeout = timeouts.wrappedSet;
    w.clearTimeout = timeouts.wrappedClear;
    w.requestAnimationFrame = frames.wrappedSet;
    w.cancelAnimationFrame = frames.wrappedClear;

    const observing = new Map<object, number>();
    const kinds = ['ResizeObserver', 'IntersectionObserver', 'MutationObserver'] as const;
    for (const name of kinds) {
      const proto = (window[name] as unknown as { prototype: Record<string, unknown> }).prototype;
      const { observe, unobserve, disconnect } = proto as Record<string, (...a: unknown[]) => unknown>;
      proto.observe = function (this: object, ...args: unknown[]) {
        if (ours()) observing.set(this, (observing.get(this) ?? 0) + 1);
        return observe!.apply(this, args);
      };
      if (unobserve) {
        proto.unobserve = function (this: object, ...args: unknown[]) {
          const n = (observing.get(this) ?? 1) - 1;
          if (n > 0) observing.set(this, n);
          else observing.delete(this);
          return unobserve.apply(this, args);
        };
      }
      proto.disconnect = function (this: object) {
        observing.delete(this);
        return disconnect!.apply(this);
      };
    }

    const snapshot = () => ({
      listeners: Object.fromEntries(
        [...listeners].filter(([, set]) => set.size > 0).map(([k, set]) => [k, set.size]),
      ),
      intervals: intervals.live.size,
      timeouts: timeouts.live.size,
      frames: frames.live.size,
      observers: Object.fromEntries(
        kinds
          .map((kind) => [kind, [...observing.keys()].filter((o) => o instanceof window[kind]).length])
          .filter(([, n]) => n),
      ),
      documentTypes: [...documentTypes].sort(),
    });
    window.tracker = { snapshot, atDefine: null };
    const { define } = CustomElementRegistry.prototype;
    CustomElementRegistry.prototype.define = function (...args) {
      window.tracker.atDefine ??= snapshot();
      return define.apply(this, args);
    };
  });
}

export const snapshot = (page: Page): Promise<Snapshot> => page.evaluate(() => window.tracker.snapshot());
