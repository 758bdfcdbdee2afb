/**
 * What the service worker downloads on install: the precache manifest that
 * the build injected into sw.js (an array of `{ url, revision }` objects).
 * Read from the emitted worker, so the figure is what a phone really stores.
 */
import { parseSync } from 'vite';
import { SizeReportError } from './first-paint';

type Node = Record<string, unknown>;

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'type' in value;
}

function propertyName(property: Node): string | undefined {
  const key = property.key;
  if (!isNode(key)) return undefined;
  if (key.type === 'Identifier' && typeof key.name === 'string') return key.name;
  if (key.type === 'Literal' && typeof key.value === 'string') return key.value;
  return undefined;
}

/** The `url` of a `{ url: "…", revision: … }` object literal, or undefined. */
function manifestUrl(element: unknown): string | undefined {
  if (!isNode(element) || element.type !== 'ObjectExpression') return undefined;
  const properties = Array.isArray(element.properties) ? element.properties.filter(isNode) : [];
  const names = properties.map(propertyName);
  if (!names.includes('revision')) return undefined;
  const url = properties.find((property) => propertyName(property) === 'url')?.value;
  return isNode(url) && url.type === 'Literal' && typeof url.value === 'string'
    ? url.value
    : undefined;
}

function findManifests(node: unknown, found: string[][]): void {
  if (Array.isArray(node)) {
    for (const child of node) findManifests(child, found);
    return;
  }
  if (!isNode(node)) return;
  if (node.type === 'ArrayExpression' && Array.isArray(node.elements) && node.elements.length) {
    const urls = node.elements.map(manifestUrl);
    if (urls.every((url): url is string => url !== undefined)) {
      found.push(urls);
      return;
    }
  }
  for (const value of Object.values(node)) {
    if (typeof value === 'object' && value !== null) findManifests(value, found);
  }
}

/** The URLs (relative to the worker's scope) in the precache manifest of a built sw.js. */
export function precacheUrls(swCode: string): string[] {
  const { program, errors } = parseSync('sw.js', swCode);
  if (errors.length > 0) throw new SizeReportError('sw.js: cannot parse');
  const found: string[][] = [];
  findManifests(program, found);
  if (found.length !== 1 || !found[0]) {
    throw new SizeReportError(
      `sw.js: expected one injected precache manifest, found ${found.length}`,
    );
  }
  return found[0];
}
