/// <reference types="node" />
// Ask without speaking: `content/ask/sets.json` (each set's source, indicators and
// which indicator a "yes" points to) and `content/ask/<lang>.json` (the question
// texts). Every interface language must have every question; English must read at
// grade 5 or below; a set needs a source and at most 12 questions.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import {
  ASK_SET_IDS,
  AskSetsSourceSchema,
  AskTextsSchema,
  askSetProblems,
  type AskBundle,
  type AskSetId,
  type AskSetsSource,
  type AskTexts,
} from '../../src/core/ask-schema';
import { LANGUAGE_CODE_PATTERN, languages } from '../../src/core/languages';
import { SOURCE_LANGUAGE } from './articles';
import type { IssueList } from './issues';
import { lineOf, type ParsedJson } from './json-lines';
import { listContentFiles, readJsonFile } from './files';

const SETS_FILE = 'ask/sets.json';
// The name is the code we ship, script included ("zh-Hant.json").
const LANG_FILE = new RegExp(`^(${LANGUAGE_CODE_PATTERN.source.slice(1, -1)})\\.json$`);
// Three or more digits: a number typed into a question instead of the region pack's.
const PHONE_LIKE = /\d(?:[\s.\-–]?\d){2,}/;

/** The compiled question sets: the mapping once, the texts per language. */
export interface AskOutput {
  readonly sets: AskSetsSource;
  readonly bundles: readonly AskBundle[];
}

/** Reads, checks and compiles the question sets; undefined when anything is wrong. */
export function loadAsk(contentDir: string, issues: IssueList): AskOutput | undefined {
  const names = listContentFiles(contentDir, 'ask', issues, 'no ask/ directory with question sets');
  if (!names) return undefined;
  const spec = readParsed(contentDir, SETS_FILE, AskSetsSourceSchema, issues);
  if (!spec) return undefined;
  const texts = new Map<string, Parsed<AskTexts>>();
  for (const name of names) {
    if (name === 'sets.json' || name === 'README.md') continue;
    const lang = LANG_FILE.exec(name)?.[1];
    if (lang === undefined) {
      issues.error(`ask/${name}`, 1, 'a question file must be named <language code>.json, like en.json');
      continue;
    }
    const parsed = readParsed(contentDir, `ask/${name}`, AskTextsSchema, issues);
    if (parsed) texts.set(lang, parsed);
  }
  const english = texts.get(SOURCE_LANGUAGE);
  if (!english) {
    issues.error(`ask/${SOURCE_LANGUAGE}.json`, 1, 'the English questions are missing');
    return undefined;
  }
  let ok = checkSets(spec, english.value, issues);
  for (const { code } of languages) {
    if (!existsSync(join(contentDir, 'ask', `${code}.json`))) {
      issues.error(`ask/${code}.json`, 1, 'missing: every interface language needs the questions');
      ok = false;
    }
  }
  for (const [lang, own] of texts) ok = checkTexts(spec.value, lang, own, issues) && ok;
  if (!ok) return undefined;
  // Texts in the order of sets.json, so every language reads in the same sequence.
  const inOrder = (own: AskTexts): AskTexts => {
    const ordered = (id: AskSetId) =>
      Object.fromEntries(spec.value[id].questions.map((q) => [q.id, own[id][q.id] ?? '']));
    return { adult: ordered('adult'), child: ordered('child') };
  };
  return {
    sets: spec.value,
    bundles: [...texts].map(([lang, own]) => ({ lang, ...inOrder(own.value) })),
  };
}

interface Parsed<T> {
  readonly value: T;
  readonly parsed: ParsedJson;
  readonly file: string;
}

function readParsed<T>(
  contentDir: string,
  file: string,
  schema: v.GenericSchema<unknown, T>,
  issues: IssueList,
): Parsed<T> | undefined {
  const parsed = readJsonFile(join(contentDir, file), file, issues);
  if (!parsed) return undefined;
  const result = v.safeParse(schema, parsed.value, { abortEarly: false });
  if (result.success) return { value: result.output, parsed, file };
  for (const issue of result.issues) {
    const path = (issue.path ?? []).map((item) =>
      typeof item.key === 'number' ? item.key : String(item.key),
    );
    const key = path.map(String).join('.');
    const message =
      issue.type === 'strict_object' && issue.expected === 'never'
        ? `unknown field "${key}"`
        : issue.input === undefined
          ? `missing "${key}"`
          : `${key === '' ? '' : `${key} `}${issue.message}`;
    issues.error(file, lineOf(parsed, path), message);
  }
  return undefined;
}

function checkSets(spec: Parsed<AskSetsSource>, english: AskTexts, issues: IssueList): boolean {
  let ok = true;
  for (const id of ASK_SET_IDS) {
    for (const problem of askSetProblems(id, spec.value[id], english[id])) {
      issues.error(spec.file, lineOf(spec.parsed, [id, ...problem.path]), `${id}: ${problem.message}`);
      ok = false;
    }
  }
  return ok;
}

// Every language has exactly the questions sets.json names: none missing, none stray.
function checkTexts(
  spec: AskSetsSource,
  lang: string,
  { value: own, parsed, file }: Parsed<AskTexts>,
  issues: IssueList,
): boolean {
  let ok = true;
  for (const id of ASK_SET_IDS) {
    const wanted = spec[id].questions.map((question) => question.id);
    for (const question of wanted) {
      const text = own[id][question];
      if (text === undefined) {
        issues.error(file, lineOf(parsed, [id]), `${id}.${question}: missing (every language has every question)`);
        ok = false;
      } else if (PHONE_LIKE.test(text)) {
        issues.error(file, lineOf(parsed, [id, question]), `${id}.${question}: looks like a phone number; questions hold none`);
        ok = false;
      }
    }
    for (const question of Object.keys(own[id])) {
      if (!wanted.includes(question)) {
        issues.error(file, lineOf(parsed, [id, question]), `${id}.${question}: not a question in ${SETS_FILE}`);
        ok = false;
      }
    }
  }
  return ok;
}
