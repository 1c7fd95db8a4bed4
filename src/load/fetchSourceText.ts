import type { ValidateOptions } from '../validate/validateDocument.ts';
import type { FetchLimits } from './fetchLimited.ts';
import { fetchLimited, LoadError } from './fetchLimited.ts';

/** A document's `source.text`, when it names one. */
export function sourceTextPath(document: unknown): string | undefined {
  const path = (document as { source?: { text?: unknown } } | null)?.source?.text;
  return typeof path === 'string' ? path : undefined;
}

/** The source text at `path`, relative to the document, or why it cannot be had. Throws only on abort. */
export async function fetchSourceText(
  path: string | undefined,
  base: string,
  limits: FetchLimits,
): Promise<ValidateOptions> {
  if (path === undefined) return { sourceTextMissing: 'the document names none' };
  let url: URL;
  try {
    url = new URL(path, base);
  } catch {
    return { sourceTextMissing: `${JSON.stringify(path)} is not a URL` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { sourceTextMissing: `only http and https addresses are fetched, not ${url.protocol}` };
  try {
    const fetching = performance.now();
    const bytes = await fetchLimited(url.href, limits, 'text');
    const text = new TextDecoder().decode(bytes);
    performance.measure('diplomatic-timeline:text', { start: fetching });
    return { sourceText: text };
  } catch (error) {
    if (limits.signal.aborted) throw error;
    return { sourceTextMissing: error instanceof LoadError ? error.message : String(error) };
  }
}
