import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { metaContentSecurityPolicy, securityHeaders } from './scripts/security-headers.ts';
import { DEFAULT_VENUE_KEYS, readVenueKeySet } from './scripts/venue/keys.ts';

// Every *.html at the root is an entry: the default app and one page per disguise.
const htmlEntries = Object.fromEntries(
  readdirSync(import.meta.dirname)
    .filter((name) => name.endsWith('.html'))
    .map((name) => [name.replace(/\.html$/, ''), resolve(import.meta.dirname, name)]),
);

// The first help's inline script and its hash, which the policy below must carry.
// Build only: the preview and dev servers need neither (and needn't load src/core here).
const isBuild = process.argv.includes('build');
const firstHelp = isBuild ? await import('./scripts/first-help/first-help.ts') : null;
const inlineHelp = firstHelp ? await firstHelp.bundleInlineHelp() : '';
if (firstHelp) {
  const changed = firstHelp.writeInlineHashes([firstHelp.cspHash(inlineHelp)]);
  if (changed.length > 0) {
    // The policy was read before the hash changed: a build with a stale policy must not ship.
    throw new Error(
      `The first help's script changed: its CSP hash is now in ${changed.join(' and ')}. Commit them and build again.`,
    );
  }
}

/**
 * Puts the Content-Security-Policy into every built HTML entry, so a static
 * host that can't send headers still enforces it. Build only: the dev server
 * injects inline styles and scripts that the policy would rightly block.
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'lantern-csp-meta',
    apply: 'build',
    transformIndexHtml(html, { filename }) {
      const charset = /<meta charset="utf-8"\s*\/?>/i;
      if (!charset.test(html)) throw new Error(`${filename}: needs <meta charset="utf-8"> first`);
      // Right after the charset: the policy covers only what the page loads after it.
      const meta = `<meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy}" />`;
      return html.replace(charset, (tag) => `${tag}\n    ${meta}`);
    },
  };
}

/**
 * Collects every module the app's entry reaches through static imports (the
 * first paint), once the module graph is complete, for the chunk group below.
 * Styles stay with Vite's own CSS handling.
 */
const firstPaint = new Set<string>();
function firstPaintModules(entry: string): Plugin {
  return {
    name: 'lantern-first-paint-modules',
    apply: 'build',
    buildEnd() {
      firstPaint.clear();
      const queue = [entry];
      for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
        if (firstPaint.has(id) || /\.css($|\?)/.test(id)) continue;
        firstPaint.add(id);
        queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
      if (firstPaint.size < 10)
        this.error(`first paint: only ${firstPaint.size} modules from ${entry}`);
    },
  };
}

// A build id the page and the worker both see, so an update is a visible change.
const buildId = process.env.LANTERN_BUILD_ID ?? new Date().toISOString();

// The public keys whose venue packs this build shows; the shipped file is empty (none).
const venueKeys = readVenueKeySet(process.env.LANTERN_VENUE_KEYS ?? DEFAULT_VENUE_KEYS);

export default defineConfig({
  define: { __BUILD_ID__: JSON.stringify(buildId), __VENUE_KEYS__: JSON.stringify(venueKeys) },
  build: {
    target: 'es2020',
    rollupOptions: {
      input: htmlEntries,
      // Hash-only file names: a chunk called "hotlines" or a helper called
      // "preload-helper" would show in the page, the cache and storage lists.
      // .vite/manifest.json maps sources to files for tests and tools.
      output: {
        entryFileNames: 'assets/[hash].js',
        chunkFileNames: 'assets/[hash].js',
        assetFileNames: 'assets/[hash][extname]',
        // Everything the entry imports statically is on every entry's first paint: one
        // chunk for all of it (with the entry's stub and the CSS, three requests),
        // not the five the bundler made by which lazy features also reach each part.
        codeSplitting: {
          groups: [{ name: 'first-paint', test: (id) => firstPaint.has(id), priority: 10 }],
        },
      },
    },
    manifest: true,
    // Inlined assets would dodge the CSP's img-src and the size report; keep files.
    assetsInlineLimit: 0,
    // Maps stay unreferenced (no sourceMappingURL); the size report reads them to
    // name the source modules on the first-paint path.
    sourcemap: 'hidden',
  },
  preview: { port: 4173, strictPort: true, headers: securityHeaders },
  plugins: [
    preact(),
    firstPaintModules(resolve(import.meta.dirname, 'src', 'main.tsx')),
    contentSecurityPolicyMeta(),
    firstHelp?.firstHelpPlugin(inlineHelp),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      // Never swap the worker silently: installed people must consent (see sw-bridge).
      registerType: 'prompt',
      injectRegister: false,
      // Manifests are static files, one per disguise, in public/.
      manifest: false,
      injectManifest: {
        rollupFormat: 'iife',
        globPatterns: ['**/*.{html,js,css,json,webmanifest,png,svg,ico}'],
        globIgnores: ['**/sw.js', '**/*.map'],
        maximumFileSizeToCacheInBytes: 1024 * 1024,
      },
    }),
  ],
});
