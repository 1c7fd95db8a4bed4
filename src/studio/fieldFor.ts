/**
 * The form control a JSON Pointer is about: the one whose `data-path` is the longest
 * prefix of it, segment by segment (`/events/2/time/start` → the start day's field; a
 * problem with a whole quote → that quote's first field).
 */
export function bestPath(pointer: string, paths: readonly string[]): string | null {
  let best: string | null = null;
  for (const path of paths) {
    const prefix = pointer === path || pointer.startsWith(`${path}/`);
    if (prefix && (best === null || path.length > best.length)) best = path;
  }
  if (best === null) {
    // A problem about a whole list or object (`/events/2/quotes`): its first control.
    best = paths.find((path) => path.startsWith(`${pointer}/`)) ?? null;
  }
  return best;
}

/** The event a pointer is inside, by index, or null for the document's own fields. */
export function eventIndexOf(pointer: string): number | null {
  const match = /^\/events\/(\d+)(?:\/|$)/.exec(pointer);
  return match ? Number(match[1]) : null;
}
