/**
 * What each interface language adds to the offline copy (issue 13: at most
 * 16 kB gzip each): its compiled words, articles, cards and questions, each a
 * lazy chunk of its own. Measured on the compiled content in src/generated,
 * which the build turns into one chunk per file (JSON chunks carry no source
 * map, so the built files can't be told apart by language).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compressedSizes, sumSizes, type Sizes } from './compressed';

/** One language's files and their summed sizes. */
export interface LanguageCost {
  language: string;
  files: string[];
  sizes: Sizes;
}

// Folders holding one `<lang>.json` per language; locales/<namespace>/ are the lazy namespaces.
function languageFolders(generated: string): string[] {
  const lazyNamespaces = readdirSync(join(generated, 'locales'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join('locales', entry.name));
  return ['locales', 'articles', 'cards', 'ask', ...lazyNamespaces];
}

/** Each language in `languages`: the generated files that are its own, gzip -9 per file. */
export function languageCosts(generated: string, languages: readonly string[]): LanguageCost[] {
  const folders = languageFolders(generated);
  return languages.map((language) => {
    const files = folders
      .map((folder) => join(folder, `${language}.json`))
      .filter((file) => existsSync(join(generated, file)));
    const sizes = sumSizes(
      files.map((file) => compressedSizes(readFileSync(join(generated, file)))),
    );
    return { language, files, sizes };
  });
}
