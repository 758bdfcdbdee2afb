/// <reference types="node" />
// Orchestrates the content build: check everything, and only if nothing is wrong,
// replace the generated JSON the app and the service worker read.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isRealIsoDate } from '../../src/core/content-schema';
import type { RegionIndexEntry, RegionPack } from '../../src/core/content-types';
import { loadArticles, type ArticleStat } from './articles';
import { loadAsk } from './ask';
import { checkCardCoverage, loadCards } from './cards';
import { IssueList, type ContentIssue } from './issues';
import { loadRegionPacks } from './regions';

/** Where to read content, where to write, and what day "today" is (for the 12-month check). */
export interface BuildOptions {
  readonly contentDir: string;
  readonly outDir: string;
  /** `YYYY-MM-DD`; injectable so tests don't depend on the clock. */
  readonly today: string;
  /** False for `--check`: validate only. Nothing is written when there are errors. */
  readonly write: boolean;
}

/** Counts for the summary line and the tests. */
export interface BuildStats {
  readonly regions: number;
  readonly hotlines: number;
  readonly articles: readonly ArticleStat[];
  /** The languages that have show-a-card texts. */
  readonly cardLanguages: readonly string[];
  /** The languages that have the ask-without-speaking questions. */
  readonly askLanguages: readonly string[];
  /** Region languages with no cards: those regions show theirs in English. */
  readonly cardFallbacks: readonly string[];
  readonly files: readonly string[];
  readonly bytesWritten: number;
}

/** Every error and warning found, and what was (or would be) emitted. */
export interface BuildResult {
  readonly errors: readonly ContentIssue[];
  readonly warnings: readonly ContentIssue[];
  readonly stats: BuildStats;
}

/** The codes the entry bundle needs at boot: space-separated, a few hundred bytes. */
export interface ContentCodes {
  readonly regions: string;
  readonly cards: string;
}

/**
 * A pack as the app receives it: without what no screen shows. `second_source`
 * is for reviewers (content/ keeps it and the build checks it) and costs ~120 B
 * of precache per region.
 */
export function compiledPack(pack: RegionPack): RegionPack {
  return {
    ...pack,
    hotlines: pack.hotlines.map(({ second_source: _reviewOnly, ...shown }) => shown),
  };
}

/** Validates content/ and, when asked and error-free, compiles it into `outDir`. */
export function buildContent(options: BuildOptions): BuildResult {
  // A wrong "today" would silently skip the 12-month check, so it is a hard failure.
  if (!isRealIsoDate(options.today)) {
    throw new RangeError(`today must be a YYYY-MM-DD date, got "${options.today}"`);
  }
  const issues = new IssueList();
  const packs = loadRegionPacks(options.contentDir, options.today, issues);
  const { bundles, stats: articleStats } = loadArticles(options.contentDir, issues);
  const cards = loadCards(options.contentDir, issues);
  const cardFallbacks = checkCardCoverage(options.contentDir, cards, packs, issues);
  const ask = loadAsk(options.contentDir, issues);

  const index: RegionIndexEntry[] = packs
    .map(({ code, name, country, hotlines }) => ({ code, name, country, hotlineCount: hotlines.length }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || a.code.localeCompare(b.code));

  // The app validates a code at boot before anything loads, so the entry bundles only
  // the codes as one short string; the index with names loads where names are shown.
  const codes: ContentCodes = {
    regions: packs.map((pack) => pack.code).sort().join(' '),
    cards: cards.map((bundle) => bundle.lang).sort().join(' '),
  };

  // Compact JSON: these files are precached on every install, so every byte is paid for.
  const outputs = new Map<string, string>([
    ...packs.map((pack): [string, string] => [
      `regions/${pack.code}.json`,
      JSON.stringify(compiledPack(pack)),
    ]),
    ['region-index.json', JSON.stringify(index)],
    ['content-codes.json', JSON.stringify(codes)],
    ...bundles.map((bundle): [string, string] => [`articles/${bundle.lang}.json`, JSON.stringify(bundle)]),
    ...cards.map((bundle): [string, string] => [`cards/${bundle.lang}.json`, JSON.stringify(bundle)]),
    ...(ask?.bundles ?? []).map((bundle): [string, string] => [
      `ask/${bundle.lang}.json`,
      JSON.stringify(bundle),
    ]),
    ...(ask ? [['ask-sets.json', JSON.stringify(ask.sets)] as [string, string]] : []),
  ]);

  let bytesWritten = 0;
  if (options.write && issues.errors.length === 0) {
    // Only our own subtrees are cleared, so a removed pack can't linger in the precache.
    for (const subtree of ['regions', 'articles', 'cards', 'ask']) {
      rmSync(join(options.outDir, subtree), { recursive: true, force: true });
      mkdirSync(join(options.outDir, subtree), { recursive: true });
    }
    for (const [file, json] of outputs) {
      writeFileSync(join(options.outDir, file), json);
      bytesWritten += Buffer.byteLength(json);
    }
  }

  return {
    errors: issues.errors,
    warnings: issues.warnings,
    stats: {
      regions: packs.length,
      hotlines: packs.reduce((sum, pack) => sum + pack.hotlines.length, 0),
      articles: articleStats,
      cardLanguages: cards.map((bundle) => bundle.lang),
      cardFallbacks,
      askLanguages: (ask?.bundles ?? []).map((bundle) => bundle.lang),
      files: [...outputs.keys()],
      bytesWritten,
    },
  };
}
