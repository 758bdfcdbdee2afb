/**
 * Serves a folder through a real nginx with deploy/nginx.conf, on a free
 * loopback port, with every path nginx writes in a temp folder: the test
 * checks the config people deploy, not a copy of it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const deployConf = join(import.meta.dirname, '..', '..', '..', 'deploy', 'nginx.conf');
// Debian puts nginx in /usr/sbin, which a normal user's PATH often lacks.
const nginxBinary = existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';

/** Top-level statements of an nginx config (`map … { … }`, `server { … }`), comments removed. */
export function topLevelStatements(conf: string): string[] {
  const text = conf.replace(/(^|\s)#[^\n]*/g, '$1');
  const statements: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quote) {
      if (char === quote) quote = null;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '{') {
      depth += 1;
    } else if ((char === '}' && --depth === 0) || (char === ';' && depth === 0)) {
      statements.push(text.slice(start, index + 1).trim());
      start = index + 1;
    }
  }
  return statements;
}

/**
 * deploy/nginx.conf made runnable without root or certificates: its maps and
 * one server block, listening on `port` over plain HTTP. The `files` block is
 * the one with a root (swapped for the folder under test); the `redirect`
 * block is the one that sends plain HTTP to HTTPS. Everything else is kept.
 */
export function testServerConfig(
  conf: string,
  root: string,
  port: number,
  block: 'files' | 'redirect' = 'files',
): string {
  const statements = topLevelStatements(conf);
  const maps = statements.filter((statement) => statement.startsWith('map '));
  const wanted = block === 'files' ? /^\s*root\s/m : /^\s*return\s+30\d\s/m;
  const server = statements.find(
    (statement) => statement.startsWith('server') && wanted.test(statement),
  );
  if (!server) throw new Error(`deploy/nginx.conf has no server block for ${block}`);
  const body = server
    .split('\n')
    .filter((line) => !/^\s*(listen|server_name|ssl_\w+)\s/.test(line))
    .map((line) => (/^\s*root\s/.test(line) ? `    root ${root};` : line))
    .join('\n')
    .replace(/^server\s*\{/, `server {\n    listen 127.0.0.1:${port};`);
  return [...maps, body].join('\n\n');
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (typeof address !== 'object' || !address) throw new Error('no free port');
  return address.port;
}

/** A running nginx and how to stop it. */
export interface NginxServer {
  origin: string;
  close(): Promise<void>;
}

/** Starts nginx in the foreground serving `root` with one server block of deploy/nginx.conf. */
export async function startNginx(
  root: string,
  block: 'files' | 'redirect' = 'files',
): Promise<NginxServer> {
  const dir = mkdtempSync(join(tmpdir(), 'lantern-nginx-'));
  // Workers may run as another user than the master; they must reach the temp paths.
  chmodSync(dir, 0o755);
  const port = await freePort();
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      // As root, nginx would switch workers to `nobody`, who may not read a checkout.
      isRoot ? 'user root;' : '',
      'worker_processes 1;',
      `error_log ${dir}/error.log warn;`,
      'events { worker_connections 64; }',
      'http {',
      `  access_log ${dir}/access.log;`,
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (kind) => `  ${kind}_temp_path ${dir}/${kind};`,
      ),
      testServerConfig(readFileSync(deployConf, 'utf8'), root, port, block),
      '}',
    ].join('\n'),
  );
  const nginx: ChildProcess = spawn(
    nginxBinary,
    [
      '-e',
      `${dir}/error.log`,
      '-c',
      `${dir}/nginx.conf`,
      '-p',
      dir,
      '-g',
      `daemon off; pid ${dir}/nginx.pid;`,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  nginx.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => nginx.once('exit', () => resolve()));
  const origin = `http://127.0.0.1:${port}`;

  const deadline = Date.now() + 10_000;
  for (;;) {
    if (nginx.exitCode !== null) throw new Error(`nginx did not start:\n${stderr}`);
    try {
      await fetch(`${origin}/`, { method: 'HEAD', redirect: 'manual' });
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`nginx did not answer on ${origin}:\n${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return {
    origin,
    close: async () => {
      nginx.kill('SIGQUIT');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A response read without following redirects. */
export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * GETs `path` exactly as written (fetch would turn `\\` into `/` and follow a
 * redirect), so a test sees what nginx itself answers.
 */
export function rawGet(
  origin: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = request(`${origin}/`, { path, headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
      );
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}
