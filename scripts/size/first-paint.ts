/**
 * Which built files a page loads before anything shows: what its HTML
 * references (scripts, stylesheets, module preloads) and every static import
 * of those scripts, transitively. Dynamic `import()` is lazy, so it is left out.
 * Works on the emitted files only, so it measures what a browser really fetches.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseSync } from 'vite';

/** A reference the first paint can't be measured through (another origin, outside dist). */
export class SizeReportError extends Error {
  override name = 'SizeReportError';
}

const tagPattern = /<(script|link)\b([^>]*)>/gi;
const attributePattern = /([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
const firstPaintRels = new Set(['stylesheet', 'modulepreload', 'preload']);

function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(attributePattern)) {
    const name = match[1]?.toLowerCase();
    if (name) attributes.set(name, match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

/** URLs an HTML page fetches before its first paint: `<script src>` and render-blocking `<link>`s. */
export function htmlReferences(html: string): string[] {
  const urls: string[] = [];
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const match of withoutComments.matchAll(tagPattern)) {
    const attributes = attributesOf(match[2] ?? '');
    if (match[1]?.toLowerCase() === 'script') {
      const src = attributes.get('src');
      if (src) urls.push(src);
      continue;
    }
    const rels = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
    const href = attributes.get('href');
    if (!href || !rels.some((rel) => firstPaintRels.has(rel))) continue;
    // A preload of a font or an image is not JS or CSS; the budget is about code.
    if (rels.includes('preload') && !['script', 'style'].includes(attributes.get('as') ?? '')) {
      continue;
    }
    urls.push(href);
  }
  return urls;
}

/** Specifiers a module imports statically (`import … from`, `import "…"`, `export … from`). */
export function staticImports(code: string, filename = 'chunk.js'): string[] {
  const { module, errors } = parseSync(filename, code);
  if (errors.length > 0) {
    throw new SizeReportError(
      `${filename}: cannot parse (${errors[0]?.message ?? 'syntax error'})`,
    );
  }
  const specifiers = module.staticImports.map((entry) => entry.moduleRequest.value);
  for (const statement of module.staticExports) {
    for (const entry of statement.entries) {
      if (entry.moduleRequest) specifiers.push(entry.moduleRequest.value);
    }
  }
  return [...new Set(specifiers)];
}

/** Resolves a URL found in `fromFile` to a file inside `dist`, or throws. */
function resolveInDist(dist: string, fromFile: string, url: string): string {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) {
    throw new SizeReportError(
      `${relative(dist, fromFile)} loads ${url} from elsewhere; the app loads only its own files`,
    );
  }
  const path = decodeURIComponent(url.replace(/[?#].*$/, ''));
  const file = path.startsWith('/') ? join(dist, path) : resolve(dirname(fromFile), path);
  if (!file.startsWith(resolve(dist) + sep)) {
    throw new SizeReportError(`${relative(dist, fromFile)} refers to ${url}, outside the build`);
  }
  if (!existsSync(file)) {
    throw new SizeReportError(`${relative(dist, fromFile)} refers to ${url}, which is not built`);
  }
  return file;
}

/**
 * The files (paths relative to `dist`, `/`-separated, in discovery order) that
 * the HTML entry `htmlFile` loads for its first paint, excluding the HTML itself.
 */
export function firstPaintFiles(dist: string, htmlFile: string): string[] {
  const root = resolve(dist);
  const html = resolve(root, htmlFile);
  const seen = new Set<string>();
  const queue = htmlReferences(readFileSync(html, 'utf8')).map((url) =>
    resolveInDist(root, html, url),
  );
  while (queue.length > 0) {
    const file = queue.shift();
    if (file === undefined || seen.has(file)) continue;
    seen.add(file);
    if (!/\.m?js$/.test(file)) continue;
    const code = readFileSync(file, 'utf8');
    for (const specifier of staticImports(code, relative(root, file))) {
      queue.push(resolveInDist(root, file, specifier));
    }
  }
  return [...seen].map((file) => relative(root, file).split(sep).join('/'));
}
