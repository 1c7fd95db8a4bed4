/** An id the schema accepts (`a-z0-9` words joined by hyphens) from any text, or `fallback`. */
export function slug(text: string, fallback: string, maxWords = 6): string {
  const words = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .slice(0, maxWords);
  return words.length > 0 ? words.join('-') : fallback;
}

/** `base`, or `base-2`, `base-3`… : the first that is not taken. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
