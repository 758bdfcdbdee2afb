/**
 * Joins each language's interface words (src/locales/<lang>/<namespace>.json,
 * one file per feature for people editing them) into one module per language
 * (src/generated/locales/<lang>.json), so the app lazy-loads one chunk per
 * language instead of one per feature, and the entry bundle carries a map of
 * 14 languages rather than 14 × every namespace. A namespace in
 * LAZY_NAMESPACES is left out of that chunk and written on its own
 * (src/generated/locales/<namespace>/<lang>.json): its feature loads it when
 * opened, so its words cost nothing on the first paint. A namespace in
 * TOOL_NAMESPACES (the poster's words, read by `npm run poster`) is never
 * shipped: the app does not print posters. It also writes
 * src/generated/translation-status.json: how each language's words were made
 * and checked, read from the `_meta` it deletes and from REVIEW.md, for Settings.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LANGUAGE } from '../src/core/languages';
import { translationStatus, type TranslationStatus } from '../src/core/translation-status';

const root = join(import.meta.dirname, '..');
const localesDir = join(root, 'src', 'locales');
const outDir = join(root, 'src', 'generated', 'locales');
// Ask without speaking is opened by few, and English words are in the entry bundle.
const LAZY_NAMESPACES = new Set(['ask']);
const TOOL_NAMESPACES = new Set(['poster']);

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
for (const namespace of LAZY_NAMESPACES) mkdirSync(join(outDir, namespace), { recursive: true });
const languages = readdirSync(localesDir).filter((name) => !name.includes('.'));
const statuses: Record<string, TranslationStatus> = {};
for (const lang of languages) {
  const bundle: Record<string, unknown> = {};
  const metas: unknown[] = [];
  for (const file of readdirSync(join(localesDir, lang)).filter((name) => name.endsWith('.json'))) {
    const words = JSON.parse(readFileSync(join(localesDir, lang, file), 'utf8')) as Record<
      string,
      unknown
    >;
    // Review notes are for people, not for the app: only the status they add up to is kept.
    if (words._meta !== undefined) metas.push(words._meta);
    delete words._meta;
    const namespace = file.replace(/\.json$/, '');
    if (TOOL_NAMESPACES.has(namespace)) continue;
    if (LAZY_NAMESPACES.has(namespace)) {
      writeFileSync(join(outDir, namespace, `${lang}.json`), JSON.stringify(words));
    } else bundle[namespace] = words;
  }
  writeFileSync(join(outDir, `${lang}.json`), JSON.stringify(bundle));
  statuses[lang] = translationStatus({
    isSource: lang === DEFAULT_LANGUAGE,
    metas,
    hasReviewRecord: existsSync(join(localesDir, lang, 'REVIEW.md')),
  });
}
writeFileSync(join(root, 'src', 'generated', 'translation-status.json'), JSON.stringify(statuses));
console.log(`locales: ${languages.length} languages → src/generated/locales/`);
