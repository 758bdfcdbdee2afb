/**
 * A tiny static server whose folder can be swapped while it runs: the update
 * test deploys a second build over the first without changing the origin.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { securityHeaders } from '../../../scripts/security-headers.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/** A running server and the switch for its root folder. */
export interface SwappableServer {
  origin: string;
  setRoot(root: string): void;
  close(): Promise<void>;
}

// What nginx (deploy/nginx.conf) compresses; images are compressed already.
const compressible = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg']);

/**
 * Serves `root` on a free loopback port. `gzip` compresses text for a client
 * that accepts it, as nginx does: for a benchmark on an emulated slow network.
 */
export async function startStaticServer(
  root: string,
  options: { gzip?: boolean } = {},
): Promise<SwappableServer> {
  let current = root;
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
      let file = join(current, path.endsWith('/') ? `${path}index.html` : path);
      if (!file.startsWith(current)) file = join(current, 'index.html');
      try {
        if (!(await stat(file)).isFile()) throw new Error('not a file');
      } catch {
        file = join(current, 'index.html');
      }
      const body = await readFile(file);
      const gzip =
        options.gzip === true &&
        compressible.has(extname(file)) &&
        /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
      response.writeHead(200, {
        ...securityHeaders,
        'Content-Type': types[extname(file)] ?? 'application/octet-stream',
        ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
      });
      response.end(gzip ? gzipSync(body, { level: 6 }) : body);
    })().catch(() => {
      response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    setRoot: (next) => {
      current = next;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
