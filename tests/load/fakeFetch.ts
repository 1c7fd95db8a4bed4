/** A fetch that serves fixed bodies by address, each streamed in pieces; anything else is a 404. */
export function fakeFetch(
  bodies: Record<string, string | Uint8Array>,
  { pieceBytes = 4096, type = 'application/json' }: { pieceBytes?: number; type?: string } = {},
): { fetch: typeof fetch; asked: string[] } {
  const asked: string[] = [];
  const fake = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = String(input);
    asked.push(url);
    init?.signal?.throwIfAborted();
    const body = bodies[url];
    if (body === undefined)
      return Promise.resolve(new Response('not here', { status: 404, statusText: 'Not Found' }));
    const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
    let at = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (at >= bytes.length) return controller.close();
        controller.enqueue(bytes.slice(at, at + pieceBytes));
        at += pieceBytes;
      },
    });
    return Promise.resolve(new Response(stream, { headers: { 'content-type': type } }));
  };
  return { fetch: fake as typeof fetch, asked };
}
