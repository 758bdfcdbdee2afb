/// <reference types="node" />
// Content build and check: `npm run content:build` compiles content/ into src/generated/;
// `npm run content:check` only validates. Flags: --check, --content DIR, --out DIR.
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildContent, type BuildResult } from './content/build';
import { formatIssue, type ContentIssue } from './content/issues';

export { buildContent } from './content/build';
export type { BuildOptions, BuildResult, BuildStats } from './content/build';
export { formatIssue } from './content/issues';
export type { ContentIssue } from './content/issues';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** Parses the command line; unknown flags are an error so a typo can't skip the check. */
export function parseArgs(argv: readonly string[]): {
  check: boolean;
  contentDir: string;
  outDir: string;
} {
  let check = false;
  let contentDir = resolve(repoRoot, 'content');
  let outDir = resolve(repoRoot, 'src/generated');
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = argv[i + 1];
    if (arg === '--check') check = true;
    else if ((arg === '--content' || arg === '--out') && value !== undefined) {
      if (arg === '--content') contentDir = resolve(value);
      else outDir = resolve(value);
      i += 1;
    } else throw new Error(`unknown argument ${arg ?? ''} (use --check, --content DIR, --out DIR)`);
  }
  return { check, contentDir, outDir };
}

function printReport(
  result: BuildResult,
  contentDir: string,
  outDir: string,
  check: boolean,
): void {
  const label = (issue: ContentIssue) =>
    formatIssue(issue, relative(process.cwd(), resolve(contentDir, issue.file)));
  for (const warning of result.warnings) console.warn(`warning: ${label(warning)}`);
  for (const error of result.errors) console.error(label(error));
  const { stats } = result;
  console.log(`regions: ${stats.regions} packs, ${stats.hotlines} hotlines`);
  const fallbacks =
    stats.cardFallbacks.length > 0 ? `; shown in English for ${stats.cardFallbacks.join(' ')}` : '';
  console.log(
    `cards: ${stats.cardLanguages.length} languages (${stats.cardLanguages.join(' ')})${fallbacks}`,
  );
  console.log(`ask: questions in ${stats.askLanguages.length} languages`);
  for (const article of stats.articles) {
    const grade = article.grade === undefined ? '   -' : article.grade.toFixed(1).padStart(4);
    console.log(
      `  ${article.lang} grade ${grade}  ${article.audience.padEnd(5)}  ${article.slug} (${article.words} words, ${article.readingMinutes} min)`,
    );
  }
  if (result.errors.length > 0) {
    console.error(`content: ${result.errors.length} error(s); nothing written`);
  } else if (check) {
    console.log(`content: ok (${result.warnings.length} warning(s)); --check wrote nothing`);
  } else {
    console.log(
      `content: wrote ${stats.files.length} files, ${stats.bytesWritten} bytes to ${relative(process.cwd(), outDir) || '.'}`,
    );
  }
}

function main(): void {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
    return;
  }
  const result = buildContent({
    contentDir: args.contentDir,
    outDir: args.outDir,
    today: new Date().toISOString().slice(0, 10),
    write: !args.check,
  });
  printReport(result, args.contentDir, args.outDir, args.check);
  if (result.errors.length > 0) process.exitCode = 1;
}

// Run only as a script, so tests can import buildContent without side effects.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main();
}
