/**
 * A value that costs something to make and is not needed at once, made in the page's first
 * idle moment or when first asked for, whichever comes first ("idle until urgent"). Made at
 * module level instead, it is paid for while the script is evaluated, which holds up the page
 * loading it: the first `Intl` formatter alone loads the engine's locale data (~10–30 ms).
 */
export function madeWhenIdle<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  const get = (): T => (made ??= { value: make() }).value;
  // Where there is no idle callback (Node, older Safari), it is made when first asked for.
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => get());
  return get;
}
