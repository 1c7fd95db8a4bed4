export interface FetchLimits {
  /** Give up after this many milliseconds. */
  timeoutMs: number;
  /** Refuse a body larger than this many bytes. */
  maxBytes: number;
  signal: AbortSignal;
  /** The fetch to use: the page's own unless a caller (a test, the bench) hands over another. */
  fetch?: typeof fetch;
}

export class LoadError extends Error {}

/** What a page gets when it sets no limit, or one that is not a positive number. */
export const DEFAULT_LIMITS = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024 } as const;

/**
 * A limit from an attribute's text: a positive, finite number, else `fallback`. An absent,
 * empty, zero, negative or misspelt limit means "not set", never "refuse everything".
 */
export function limitFrom(text: string | null, fallback: number): number {
  const value = Number(text);
  return value > 0 && value <= Number.MAX_SAFE_INTEGER ? value : fallback;
}

/**
 * Fetches a URL's body as bytes, refusing what a timeline should never wait for or hold:
 * slow responses, huge bodies, HTML login pages, error statuses. Every failure is a
 * LoadError with a message a reader can act on.
 */
export async function fetchLimited(
  url: string,
  limits: FetchLimits,
  expect: 'json' | 'text',
): Promise<Uint8Array> {
  return concat(await fetchChunks(url, limits, expect));
}

/** `fetchLimited`, showing each piece of the body to `onChunk` as it arrives (the download waits for it). */
export async function fetchChunks(
  url: string,
  { timeoutMs, maxBytes, signal, fetch: fetchBytes = fetch }: FetchLimits,
  expect: 'json' | 'text',
  onChunk?: (chunk: Uint8Array) => void | Promise<void>,
): Promise<Uint8Array[]> {
  // AbortSignal.timeout throws on a negative delay (limitFrom never gives one to the element).
  const timeout = AbortSignal.timeout(Math.max(0, timeoutMs));
  const combined = AbortSignal.any([signal, timeout]);
  let response: Response;
  try {
    response = await fetchBytes(url, { signal: combined, credentials: 'same-origin', redirect: 'follow' });
  } catch (error) {
    throw failure(error, url, timeout, timeoutMs);
  }
  // Every refusal below stops the download too: an unread body would keep the connection busy.
  const refuse = (error: LoadError): LoadError => {
    response.body?.cancel().catch(() => undefined);
    return error;
  };
  if (!response.ok)
    throw refuse(new LoadError(`${url} answered ${response.status} ${response.statusText}`.trim()));
  const type = response.headers.get('content-type') ?? '';
  if (
    /text\/html|xml/i.test(type) ||
    (expect === 'json' && type !== '' && !/json|text\/plain|octet-stream/i.test(type))
  ) {
    throw refuse(
      new LoadError(
        `${url} sent ${type.split(';')[0]}, not ${expect === 'json' ? 'JSON' : 'text'} (a login or error page?)`,
      ),
    );
  }
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) throw refuse(tooLarge(url, maxBytes));
  const reader = response.body?.getReader();
  if (!reader) {
    const whole = new Uint8Array(await response.arrayBuffer());
    await onChunk?.(whole);
    return [whole];
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw tooLarge(url, maxBytes);
      }
      chunks.push(value);
      await onChunk?.(value);
    }
  } catch (error) {
    throw error instanceof LoadError ? error : failure(error, url, timeout, timeoutMs);
  }
  return chunks;
}

/** The pieces as one array: copied only when asked for (100 MB take a while). */
export function concat(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(chunks.reduce((size, chunk) => size + chunk.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function tooLarge(url: string, maxBytes: number): LoadError {
  return new LoadError(`${url} is larger than ${formatBytes(maxBytes)}, the limit for one document`);
}

/** 1,000 bytes; 512 KiB; 5 MiB (binary units, as the limits are set, and named so). */
function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${Math.max(0, bytes).toLocaleString('en')} bytes`;
  if (bytes < 1024 * 1024) return `${Number((bytes / 1024).toFixed(1))} KiB`;
  return `${Number((bytes / 1024 / 1024).toFixed(1))} MiB`;
}

/** 500 ms; 15 s; 2.5 s. */
function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.max(0, Math.round(ms))} ms` : `${Number((ms / 1000).toFixed(1))} s`;
}

function failure(error: unknown, url: string, timeout: AbortSignal, timeoutMs: number): Error {
  if (timeout.aborted) return new LoadError(`${url} did not answer within ${formatDuration(timeoutMs)}`);
  if (error instanceof DOMException && error.name === 'AbortError') return error;
  // fetch gives no detail for network errors, CORS refusals and redirect loops, on purpose.
  return new LoadError(`${url} could not be loaded (network error, refused by CORS, or too many redirects)`);
}
