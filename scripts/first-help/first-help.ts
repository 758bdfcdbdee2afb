/**
 * The first help in the plain entry (issue 15, goal 2): the build bundles
 * src/features/first-help/inline-help.ts into one inline script, puts it and
 * a table of every region's first numbers (from the compiled packs) into
 * index.html, and allows the script by its CSP hash. Disguised entries never
 * get it: they open on their cover.
 *
 * The hash is written into scripts/security-headers.ts (the preview server
 * and the tests) and deploy/nginx.conf when the script changes; commit them.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as v from 'valibot';
import { build, type Plugin } from 'vite';
import { RegionPackSchema } from '../../src/core/content-schema.ts';
import { type FirstHelpData, type FirstHelpWords } from '../../src/core/first-help.ts';
import { languages, type Language } from '../../src/core/languages.ts';
import { FIRST_HELP_BOX, firstHelpTable } from '../../src/core/view-snapshot.ts';
import { firstHelpRows } from '../../src/core/first-help-rows.ts';
import type { RegionPack } from '../../src/core/content-types.ts';

const repo = resolve(import.meta.dirname, '..', '..');
const source = join(repo, 'src', 'features', 'first-help', 'inline-help.ts');

/** Bundles the inline script (minified, one IIFE, no imports left). */
export async function bundleInlineHelp(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      target: 'es2020',
      minify: true,
      lib: { entry: source, formats: ['iife'], name: 'firstHelp', fileName: 'first-help' },
    },
  });
  const results = Array.isArray(output) ? output : [output];
  for (const result of results) {
    if (!('output' in result)) continue;
    const chunk = result.output.find((item) => item.type === 'chunk');
    if (chunk && chunk.type === 'chunk') return chunk.code.trim();
  }
  throw new Error('the first help bundled to nothing');
}

/** The CSP source for an inline script: `sha256-<base64>` of its exact text. */
export function cspHash(script: string): string {
  return `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;
}

const headersFile = join(repo, 'scripts', 'security-headers.ts');
const nginxFile = join(repo, 'deploy', 'nginx.conf');
const HASH_LIST = /(export const inlineScriptHashes: readonly string\[\] = )\[[^\]]*\];/;
const NGINX_SCRIPT_SRC = /script-src 'self'[^;"]*;/;

/** Writes `hashes` into security-headers.ts and nginx.conf; returns the files it changed. */
export function writeInlineHashes(hashes: readonly string[]): string[] {
  const changed: string[] = [];
  const headers = readFileSync(headersFile, 'utf8');
  const current = HASH_LIST.exec(headers)?.[0];
  if (current === undefined) throw new Error(`${headersFile}: inlineScriptHashes not found`);
  const written = [...current.matchAll(/'(sha256-[A-Za-z0-9+/=]+)'/g)].map((match) => match[1]);
  if (written.join(' ') !== hashes.join(' ')) {
    // One hash a line, as prettier writes a list this long.
    const list = `[\n${hashes.map((hash) => `  '${hash}',\n`).join('')}];`;
    writeFileSync(
      headersFile,
      headers.replace(HASH_LIST, (_, head: string) => `${head}${list}`),
    );
    changed.push('scripts/security-headers.ts');
  }
  const nginx = readFileSync(nginxFile, 'utf8');
  if (!NGINX_SCRIPT_SRC.test(nginx)) throw new Error(`${nginxFile}: script-src not found`);
  const sources = ["'self'", ...hashes.map((hash) => `'${hash}'`)].join(' ');
  const nextNginx = nginx.replace(NGINX_SCRIPT_SRC, `script-src ${sources};`);
  if (nextNginx !== nginx) {
    writeFileSync(nginxFile, nextNginx);
    changed.push('deploy/nginx.conf');
  }
  return changed;
}

function compiledPacks(): RegionPack[] {
  const folder = join(repo, 'src', 'generated', 'regions');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => v.parse(RegionPackSchema, JSON.parse(readFileSync(join(folder, name), 'utf8'))));
}

/**
 * The first help's three words in every language the app speaks, so a
 * person who scanned a French poster, or whose phone is in Arabic, reads
 * "call", "text" and "exit" in their own words before the app has arrived.
 */
function allWords(): FirstHelpData['words'] {
  const read = (lang: string, namespace: string): Record<string, unknown> =>
    JSON.parse(
      readFileSync(join(repo, 'src', 'locales', lang, `${namespace}.json`), 'utf8'),
    ) as Record<string, unknown>;
  const text = (lang: string, value: unknown): string => {
    if (typeof value !== 'string') throw new Error(`first help: a ${lang} word is missing`);
    return value;
  };
  const wordsOf = ({ code, dir }: Language): FirstHelpWords => {
    const common = read(code, 'common');
    const hotlines = read(code, 'hotlines');
    return {
      call: text(code, hotlines.call),
      text: text(code, hotlines.text),
      exit: text(code, common.exit),
      dir,
    };
  };
  const english = languages.find((language) => language.code === 'en');
  if (!english) throw new Error('first help: English is not among the languages');
  return {
    ...Object.fromEntries(languages.map((language) => [language.code, wordsOf(language)])),
    en: wordsOf(english),
  };
}

/** The data index.html carries: the words in every language and every region's first numbers. */
export function firstHelpData(): FirstHelpData {
  return { words: allWords(), rows: firstHelpRows(compiledPacks()) };
}

// JSON inside <script>: "<" escaped, so no text can close the element.
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * Puts the first help into index.html: an empty box and the table first in
 * the body, the script after them, and the stylesheets moved from the head to
 * the end of the body, so that neither the script nor the first paint waits
 * for a file (a stylesheet before an inline script holds the script back).
 */
export function firstHelpPlugin(script: string): Plugin {
  return {
    name: 'lantern-first-help',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { filename }) {
        if (!filename.endsWith('/index.html') && filename !== 'index.html') return html;
        if (html.includes('data-disguise=')) return html;
        const table = scriptSafeJson(firstHelpData());
        const stylesheets: string[] = [];
        const withoutStyles = html.replace(
          /\s*<link rel="stylesheet"[^>]*>/g,
          (tag) => (stylesheets.push(tag.trim()), ''),
        );
        const help = [FIRST_HELP_BOX, firstHelpTable(table), `<script>${script}</script>`].join(
          '\n    ',
        );
        return withoutStyles
          .replace(/<body>/, `<body>\n    ${help}`)
          .replace(/<\/body>/, `  ${stylesheets.join('\n    ')}\n  </body>`);
      },
    },
  };
}
