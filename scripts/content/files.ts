// Reading content files the same way for every kind (region packs, cards):
// one listing rule and one way a broken JSON file becomes `file:line: message`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { IssueList } from './issues';
import { JsonSyntaxError, parseJsonWithLines, type ParsedJson } from './json-lines';

/**
 * The files in `contentDir/folder`, sorted, without dot files; undefined (and
 * an error saying `missing`) when the folder can't be read.
 */
export function listContentFiles(
  contentDir: string,
  folder: string,
  issues: IssueList,
  missing: string,
): string[] | undefined {
  const dir = join(contentDir, folder);
  try {
    return readdirSync(dir)
      .filter((name) => !name.startsWith('.') && statSync(join(dir, name)).isFile())
      .sort();
  } catch {
    issues.error(folder, 1, missing);
    return undefined;
  }
}

/** Parses a JSON content file with line numbers; a syntax error is recorded against `file`. */
export function readJsonFile(path: string, file: string, issues: IssueList): ParsedJson | undefined {
  try {
    // Editors on some systems save a byte-order mark; it isn't part of the JSON.
    return parseJsonWithLines(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      issues.error(file, error.line, error.message);
      return undefined;
    }
    throw error;
  }
}
