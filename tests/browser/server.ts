/**
 * The browser tests' static server: serves the repository read-only on 127.0.0.1.
 * `?csp=strict` on an HTML page adds the strict Content-Security-Policy the widget
 * must work under (no inline script or style, no eval).
 * Every response allows any origin (CORS), as a host of events documents must for the
 * sandboxed embed, whose origin is opaque; `?cors=none` leaves that header out.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const port = Number(process.argv[2] ?? 4178);
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const path = normalize(join(root, decodeURIComponent(url.pathname)));
  if (!path.startsWith(root + '/') || path.includes('/node_modules/.') || path.includes('/.git')) {
    response.writeHead(403).end();
    return;
  }
  let file = path;
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    statSync(file);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  const headers: Record<string, string> = {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
  };
  if (url.searchParams.get('cors') !== 'none') headers['access-control-allow-origin'] = '*';
  if (url.searchParams.get('csp') === 'strict' && extname(file) === '.html')
    headers['content-security-policy'] = STRICT_CSP;
  response.writeHead(200, headers);
  createReadStream(file).pipe(response);
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}`));
