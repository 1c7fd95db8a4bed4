/**
 * Adds a listener that `signal` removes. The element listens only through this, so that one
 * abort of its frame's signal removes every listener it added, and none is left behind.
 */
export function listen<K extends keyof HTMLElementEventMap>(
  target: HTMLElement,
  type: K,
  listener: (event: HTMLElementEventMap[K]) => void,
  signal: AbortSignal,
): void {
  target.addEventListener(type, listener as EventListener, { signal });
}
