import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Runs a small server of the test's own on another port (so another origin: it allows any,
 * by CORS) for what page.route cannot do: redirects (the browser's follow-up requests bypass
 * page.route) and a body that comes slowly or stalls after the headers.
 */
export async function withServer(
  handle: (request: IncomingMessage, response: ServerResponse) => void,
  run: (origin: string) => Promise<void>,
): Promise<void> {
  const server = createServer((request, response) => {
    response.setHeader('access-control-allow-origin', '*');
    handle(request, response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  try {
    await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    server.closeAllConnections();
    server.close();
  }
}
