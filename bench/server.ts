import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  origin: string;
  /** The bytes served at `pathname`, or undefined: the same lookup the HTTP handler uses. */
  read(pathname: string): Promise<Buffer | undefined>;
  close(): Promise<void>;
}

/**
 * Serves `root` read-only, plus generated documents from memory, on 127.0.0.1 and a free
 * port. No caching headers and no compression: every load fetches every byte, the same way
 * for both contenders.
 */
export async function startServer(root: string, memory: ReadonlyMap<string, Buffer>): Promise<StaticServer> {
  const base = resolve(root);
  const read = async (pathname: string): Promise<Buffer | undefined> => {
    const fromMemory = memory.get(pathname);
    if (fromMemory) return fromMemory;
    const file = resolve(base, `.${pathname}`);
    if (!file.startsWith(base + sep)) return undefined;
    return readFile(file).catch(() => undefined);
  };
  const server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405).end();
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    void read(pathname).then((body) => {
      if (!body) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, {
        'content-type': TYPES[extname(pathname)] ?? 'application/octet-stream',
        'content-length': body.length,
        'cache-control': 'no-store',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    read,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
