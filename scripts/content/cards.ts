/// <reference types="node" />
// Show-a-card texts: `content/cards/<lang>.json`. Every language must say the same
// things as English: the same card and line ids, the same {{placeholders}}, no empty
// text and no phone numbers (the number always comes from the region pack).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { CARD_PLACEHOLDERS, hasStrayBraces, placeholdersIn } from '../../src/core/cards';
import { CardsSourceSchema } from '../../src/core/content-schema';
import type { CardBundle, CardsSource, RegionPack } from '../../src/core/content-types';
import { LANGUAGE_CODE_PATTERN, languages, languageCodeOf } from '../../src/core/languages';
import { SOURCE_LANGUAGE } from './articles';
import type { IssueList } from './issues';
import { lineOf, type ParsedJson } from './json-lines';
import { listContentFiles, readJsonFile } from './files';

// The name is the code we ship, script included ("zh-Hant.json").
const LANG_FILE = new RegExp(`^(${LANGUAGE_CODE_PATTERN.source.slice(1, -1)})\\.json$`);
// Three or more digits, maybe spaced or dashed: a number typed into text instead of the pack's.
const PHONE_LIKE = /\d(?:[\s.\-–]?\d){2,}/;

type Section = 'cards' | 'whatToSay';

interface LoadedSource {
  readonly lang: string;
  readonly file: string;
  readonly parsed: ParsedJson;
  readonly source: CardsSource;
}

/** Reads every `content/cards/<lang>.json`, checks it against English and compiles it. */
export function loadCards(contentDir: string, issues: IssueList): CardBundle[] {
  const dir = join(contentDir, 'cards');
  const names = listContentFiles(contentDir, 'cards', issues, 'no cards/ directory with show-a-card texts');
  if (!names) return [];
  const sources: LoadedSource[] = [];
  for (const name of names) {
    const file = `cards/${name}`;
    const lang = LANG_FILE.exec(name)?.[1];
    if (lang === undefined) {
      issues.error(file, 1, 'a cards file must be named <language code>.json, like en.json');
      continue;
    }
    const loaded = loadSource(join(dir, name), file, lang, issues);
    if (loaded) sources.push(loaded);
  }
  const english = sources.find((entry) => entry.lang === SOURCE_LANGUAGE);
  if (!english) {
    if (!names.includes(`${SOURCE_LANGUAGE}.json`)) {
      issues.error(`cards/${SOURCE_LANGUAGE}.json`, 1, 'the English cards are missing');
    }
    return [];
  }
  checkEnglishPlaceholders(english, issues);
  const bundles: CardBundle[] = [];
  for (const entry of sources) {
    const errorsBefore = issues.errors.length;
    for (const section of ['cards', 'whatToSay'] as const) {
      compareWithEnglish(entry, english, section, issues);
    }
    checkText(entry, ['firstText'], entry.source.firstText, [], issues);
    if (issues.errors.length === errorsBefore) bundles.push(toBundle(entry, english));
  }
  return bundles;
}

function loadSource(
  path: string,
  file: string,
  lang: string,
  issues: IssueList,
): LoadedSource | undefined {
  const parsed = readJsonFile(path, file, issues);
  if (!parsed) return undefined;
  const result = v.safeParse(CardsSourceSchema, parsed.value, { abortEarly: false });
  if (!result.success) {
    for (const issue of result.issues) {
      const path = (issue.path ?? []).map((item) =>
        typeof item.key === 'number' ? item.key : String(item.key),
      );
      const key = path.map(String).join('.');
      if (issue.type === 'strict_object' && issue.expected === 'never') {
        issues.error(file, lineOf(parsed, path), `unknown field "${key}"`);
      } else if (issue.type === 'strict_object' && issue.input === undefined) {
        issues.error(file, 1, `missing "${key}"`);
      } else {
        issues.error(file, lineOf(parsed, path), `${key === '' ? '' : `${key} `}${issue.message}`);
      }
    }
    return undefined;
  }
  return { lang, file, parsed, source: result.output };
}

// English defines which placeholders exist; one the app can't fill would show as "{{x}}".
function checkEnglishPlaceholders(english: LoadedSource, issues: IssueList): void {
  for (const [id, text] of Object.entries(english.source.cards)) {
    for (const name of placeholdersIn(text)) {
      if (!(CARD_PLACEHOLDERS as readonly string[]).includes(name)) {
        issues.error(
          english.file,
          lineOf(english.parsed, ['cards', id]),
          `cards.${id}: unknown placeholder {{${name}}} (use ${CARD_PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')})`,
        );
      }
    }
  }
}

function compareWithEnglish(
  entry: LoadedSource,
  english: LoadedSource,
  section: Section,
  issues: IssueList,
): void {
  const own = entry.source[section];
  const reference = english.source[section];
  for (const [id, text] of Object.entries(own)) {
    const englishText = reference[id];
    if (englishText === undefined) {
      issues.error(
        entry.file,
        lineOf(entry.parsed, [section, id]),
        `${section}.${id}: not in cards/${SOURCE_LANGUAGE}.json (every language has the same ids)`,
      );
      continue;
    }
    checkText(entry, [section, id], text, placeholdersIn(englishText), issues);
  }
  for (const id of Object.keys(reference)) {
    if (own[id] === undefined) {
      issues.error(
        entry.file,
        lineOf(entry.parsed, [section]),
        `${section}.${id}: missing (every language has the same ids as cards/${SOURCE_LANGUAGE}.json)`,
      );
    }
  }
}

function checkText(
  entry: LoadedSource,
  path: readonly string[],
  text: string,
  expected: readonly string[],
  issues: IssueList,
): void {
  const line = lineOf(entry.parsed, path);
  const label = path.join('.');
  const got = placeholdersIn(text);
  if ([...got].sort().join(',') !== [...expected].sort().join(',')) {
    const list = (names: readonly string[]) =>
      names.length === 0 ? 'none' : names.map((name) => `{{${name}}}`).join(' ');
    issues.error(
      entry.file,
      line,
      `${label}: placeholders ${list(got)} differ from the English ${list(expected)}`,
    );
  }
  if (hasStrayBraces(text)) {
    issues.error(entry.file, line, `${label}: stray braces; placeholders are written {{name}}`);
  }
  const phone = PHONE_LIKE.exec(text);
  if (phone !== null) {
    issues.error(
      entry.file,
      line,
      `${label}: looks like a phone number ("${phone[0]}"); use {{number}}, the region pack holds numbers`,
    );
  }
}

// Arrays in the English order, so every language shows its cards in the same sequence.
function toBundle(entry: LoadedSource, english: LoadedSource): CardBundle {
  const inOrder = (section: Section) =>
    Object.keys(english.source[section]).map((id) => ({
      id,
      text: entry.source[section][id] ?? '',
    }));
  return {
    lang: entry.lang,
    cards: inOrder('cards'),
    firstText: entry.source.firstText,
    whatToSay: inOrder('whatToSay'),
  };
}

/**
 * Every interface language must have cards (the person's own line is always
 * theirs); returns the region languages with none, which show in English.
 */
export function checkCardCoverage(
  contentDir: string,
  bundles: readonly CardBundle[],
  packs: readonly Pick<RegionPack, 'languages'>[],
  issues: IssueList,
): string[] {
  // A file that is there but broken has its own error already.
  const written = (code: string) => existsSync(join(contentDir, 'cards', `${code}.json`));
  if (!written(SOURCE_LANGUAGE)) return [];
  for (const { code } of languages) {
    if (!written(code)) {
      issues.error(`cards/${code}.json`, 1, 'missing: every interface language needs its cards');
    }
  }
  const have = new Set(bundles.map((bundle) => bundle.lang));
  const fallback = new Set<string>();
  for (const pack of packs) {
    for (const tag of pack.languages) {
      const code = languageCodeOf(tag);
      if (!have.has(code) && !written(code)) fallback.add(code);
    }
  }
  return [...fallback].sort();
}
