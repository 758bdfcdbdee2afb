/// <reference types="node" />
// Articles: front matter, Markdown → a small typed block tree (never HTML), reading grade.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { Lexer, type Token, type Tokens } from 'marked';
import { ArticleFrontMatterSchema } from '../../src/core/content-schema';
import type { Article, ArticleBundle, Block, Inline } from '../../src/core/content-types';
import { countWords, measureText, readingGrade, readingMinutes } from '../../src/core/readability';
import { LANGUAGE_CODE_PATTERN } from '../../src/core/languages';
import type { IssueList } from './issues';

/** The language every other language is checked against. */
export const SOURCE_LANGUAGE = 'en';

/** Child-facing pages must read at or below this Flesch–Kincaid grade. */
export const MAX_CHILD_GRADE = 6;

/** The word range articles are kept to; outside it the build warns. */
export const WORD_RANGE = { min: 200, max: 450 } as const;

/** What the build learned about one article, for the summary and the tests. */
export interface ArticleStat {
  readonly lang: string;
  readonly slug: string;
  readonly audience: Article['audience'];
  readonly words: number;
  readonly readingMinutes: number;
  /** Flesch–Kincaid grade; only measured for English, which the formula was made for. */
  readonly grade: number | undefined;
}

/** Compiled bundles plus per-article stats. */
export interface ArticlesResult {
  readonly bundles: ArticleBundle[];
  readonly stats: ArticleStat[];
}

const LANG_DIR = LANGUAGE_CODE_PATTERN;
const SLUG_FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;
// Three or more digits, maybe spaced or dashed: looks like a phone number or short code.
const PHONE_LIKE = /\d(?:[\s.\-–]?\d){2,}/;

const UNSUPPORTED: Readonly<Record<string, string>> = {
  html: 'HTML',
  link: 'links (numbers and addresses belong in region packs)',
  image: 'images',
  code: 'code blocks',
  codespan: 'inline code',
  table: 'tables',
  blockquote: 'block quotes',
  hr: 'horizontal rules',
  em: 'italics (use **bold**)',
  del: 'strikethrough',
  br: 'hard line breaks',
  def: 'link definitions',
};

/** Reads `content/articles/<lang>/<slug>.md` for every language and compiles them. */
export function loadArticles(contentDir: string, issues: IssueList): ArticlesResult {
  const root = join(contentDir, 'articles');
  let langs: string[];
  try {
    langs = readdirSync(root)
      .filter((name) => !name.startsWith('.') && statSync(join(root, name)).isDirectory())
      .sort();
  } catch {
    issues.error('articles', 1, 'no articles/ directory');
    return { bundles: [], stats: [] };
  }
  if (!langs.includes(SOURCE_LANGUAGE)) {
    issues.error(`articles/${SOURCE_LANGUAGE}`, 1, 'the English articles are missing');
    return { bundles: [], stats: [] };
  }
  // English first: the other languages are checked against it.
  langs = [SOURCE_LANGUAGE, ...langs.filter((lang) => lang !== SOURCE_LANGUAGE)];
  const bundles: ArticleBundle[] = [];
  const stats: ArticleStat[] = [];
  const english = new Map<string, Article>();
  for (const lang of langs) {
    if (!LANG_DIR.test(lang)) {
      issues.error(`articles/${lang}`, 1, 'a language folder must be a BCP-47 code like en or pt-BR');
      continue;
    }
    const articles: Article[] = [];
    const orders = new Map<number, string>();
    const names = readdirSync(join(root, lang))
      .filter((name) => !name.startsWith('.'))
      .sort();
    for (const name of names) {
      const file = `articles/${lang}/${name}`;
      const slug = SLUG_FILE.exec(name)?.[1];
      if (slug === undefined) {
        issues.error(file, 1, 'an article must be named <kebab-case-slug>.md');
        continue;
      }
      const compiled = compileArticle(readFileSync(join(root, lang, name), 'utf8'), {
        file,
        slug,
        lang,
        issues,
      });
      if (compiled === undefined) continue;
      const { article, stat, orderLine, audienceLine } = compiled;
      const sameOrder = orders.get(article.order);
      if (sameOrder !== undefined) {
        issues.error(file, orderLine, `order ${article.order} is already used by "${sameOrder}"`);
      }
      orders.set(article.order, slug);
      if (lang === SOURCE_LANGUAGE) {
        english.set(slug, article);
      } else {
        const original = english.get(slug);
        // An English file that failed to compile has its own error; don't blame each translation too.
        if (!existsSync(join(root, SOURCE_LANGUAGE, name))) {
          issues.error(file, 1, `no English original articles/${SOURCE_LANGUAGE}/${slug}.md`);
        } else if (original !== undefined && original.audience !== article.audience) {
          issues.error(
            file,
            audienceLine,
            `audience "${article.audience}" differs from the English "${original.audience}"`,
          );
        }
      }
      articles.push(article);
      stats.push(stat);
    }
    if (names.length === 0) {
      issues.error(`articles/${lang}`, 1, 'no articles in this language folder');
    }
    if (lang !== SOURCE_LANGUAGE) {
      for (const slug of english.keys()) {
        if (!names.includes(`${slug}.md`)) {
          issues.error(
            `articles/${lang}/${slug}.md`,
            1,
            `missing: every language needs the same articles as articles/${SOURCE_LANGUAGE}/`,
          );
        }
      }
    }
    articles.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
    bundles.push({ lang, articles });
  }
  return { bundles, stats };
}

interface CompileContext {
  readonly file: string;
  readonly slug: string;
  readonly lang: string;
  readonly issues: IssueList;
}

interface Compiled {
  readonly article: Article;
  readonly stat: ArticleStat;
  readonly orderLine: number;
  readonly audienceLine: number;
}

/** Compiles one article's source; returns undefined (with errors recorded) if it is broken. */
export function compileArticle(source: string, context: CompileContext): Compiled | undefined {
  const { file, slug, lang, issues } = context;
  const errorsBefore = issues.errors.length;
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const front = readFrontMatter(text, file, issues);
  if (front === undefined) return undefined;

  const parsed = v.safeParse(ArticleFrontMatterSchema, front.fields, { abortEarly: false });
  if (!parsed.success) {
    for (const issue of parsed.issues) {
      const key = String(issue.path?.[0]?.key ?? '');
      if (issue.type === 'strict_object' && issue.expected === 'never') {
        issues.error(file, front.lines.get(key) ?? 1, `unknown front matter field "${key}"`);
      } else if (issue.type === 'strict_object' && issue.input === undefined) {
        issues.error(file, 1, `missing front matter field "${key}"`);
      } else {
        const got = issue.received === undefined ? '' : ` (got ${issue.received})`;
        issues.error(file, front.lines.get(key) ?? 1, `${key} ${issue.message}${got}`);
      }
    }
    return undefined;
  }
  const meta = parsed.output;
  for (const key of ['title', 'summary'] as const) {
    checkNoPhoneNumber(meta[key], file, front.lines.get(key) ?? 1, issues);
  }

  const blocks = toBlocks(text.slice(front.bodyOffset), front.bodyLine, file, issues);
  if (issues.errors.length > errorsBefore) return undefined;
  if (blocks.length === 0) {
    issues.error(file, front.bodyLine, 'the article has no text');
    return undefined;
  }

  const plain = blocksToText(blocks);
  const isSource = lang === SOURCE_LANGUAGE;
  const words = isSource ? measureText(plain).words : countWords(plain.join('\n'), lang);
  const grade = lang === SOURCE_LANGUAGE ? readingGrade(plain) : undefined;
  const audienceLine = front.lines.get('audience') ?? 1;
  if (grade !== undefined && meta.audience !== 'adult' && grade > MAX_CHILD_GRADE) {
    issues.error(
      file,
      audienceLine,
      `reading grade ${grade.toFixed(1)} is above ${MAX_CHILD_GRADE} for a "${meta.audience}" article; use shorter sentences and words`,
    );
    return undefined;
  }
  // Length is an editorial limit on the English original; a faithful translation may run longer.
  if (isSource && (words < WORD_RANGE.min || words > WORD_RANGE.max)) {
    issues.warn(file, 1, `${words} words; keep articles between ${WORD_RANGE.min} and ${WORD_RANGE.max}`);
  }
  const minutes = readingMinutes(words);
  return {
    article: {
      slug,
      title: meta.title,
      summary: meta.summary,
      audience: meta.audience,
      order: meta.order,
      readingMinutes: minutes,
      blocks,
    },
    stat: { lang, slug, audience: meta.audience, words, readingMinutes: minutes, grade },
    orderLine: front.lines.get('order') ?? 1,
    audienceLine,
  };
}

interface FrontMatter {
  readonly fields: Record<string, string>;
  readonly lines: ReadonlyMap<string, number>;
  readonly bodyOffset: number;
  readonly bodyLine: number;
}

// "YAML-ish": one `key: value` per line between `---` fences; no nesting, no lists.
function readFrontMatter(text: string, file: string, issues: IssueList): FrontMatter | undefined {
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') {
    issues.error(file, 1, 'an article must start with front matter between --- lines');
    return undefined;
  }
  const close = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (close === -1) {
    issues.error(file, 1, 'front matter is not closed with a --- line');
    return undefined;
  }
  const fields: Record<string, string> = {};
  const fieldLines = new Map<string, number>();
  let ok = true;
  for (let index = 1; index < close; index += 1) {
    const line = lines[index] ?? '';
    if (line.trim() === '') continue;
    const match = /^([A-Za-z_][\w-]*):\s*(.*?)\s*$/.exec(line);
    if (match?.[1] === undefined || match[2] === undefined) {
      issues.error(file, index + 1, 'front matter lines must read `key: value`');
      ok = false;
      continue;
    }
    const [, key, raw] = match;
    if (fieldLines.has(key)) {
      issues.error(file, index + 1, `front matter field "${key}" appears twice`);
      ok = false;
      continue;
    }
    const quoted = /^(["'])(.*)\1$/.exec(raw);
    Object.defineProperty(fields, key, {
      value: quoted?.[2] ?? raw,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    fieldLines.set(key, index + 1);
  }
  if (!ok) return undefined;
  const bodyOffset = lines.slice(0, close + 1).join('\n').length + 1;
  return { fields, lines: fieldLines, bodyOffset, bodyLine: close + 2 };
}

function toBlocks(body: string, firstLine: number, file: string, issues: IssueList): Block[] {
  const blocks: Block[] = [];
  let cursor = 0;
  for (const token of Lexer.lex(body)) {
    const found = body.indexOf(token.raw, cursor);
    const start = found === -1 ? cursor : found;
    cursor = start + token.raw.length;
    const line = firstLine + countNewlines(body.slice(0, start));
    const at: Place = { file, issues, raw: token.raw, line };
    switch (token.type) {
      case 'space':
        break;
      case 'heading': {
        const heading = token as Tokens.Heading;
        if (heading.depth !== 2) {
          issues.error(file, line, 'use ## for headings (the title comes from front matter)');
          break;
        }
        blocks.push({ type: 'heading', text: toInline(heading.tokens, at) });
        break;
      }
      case 'paragraph':
        blocks.push({ type: 'paragraph', text: toInline((token as Tokens.Paragraph).tokens, at) });
        break;
      case 'list': {
        const list = token as Tokens.List;
        const items = list.items.map((item) => listItem(item, at));
        blocks.push({ type: 'list', ordered: list.ordered, items });
        break;
      }
      default:
        unsupported(token, at);
    }
  }
  return blocks;
}

interface Place {
  readonly file: string;
  readonly issues: IssueList;
  /** The raw source of the enclosing block, to find the line of a token inside it. */
  readonly raw: string;
  readonly line: number;
}

function listItem(item: Tokens.ListItem, at: Place): Inline[] {
  if (item.task) {
    at.issues.error(at.file, lineWithin(at, item.raw), 'unsupported Markdown: task lists');
    return [];
  }
  const inline: Inline[] = [];
  for (const child of item.tokens) {
    if (child.type === 'space') continue;
    if (child.type === 'text' || child.type === 'paragraph') {
      const tokens = (child as Tokens.Text | Tokens.Paragraph).tokens ?? [];
      if (inline.length > 0) inline.push({ text: ' ' });
      inline.push(...toInline(tokens, at));
    } else if (child.type === 'list') {
      at.issues.error(at.file, lineWithin(at, child.raw), 'unsupported Markdown: nested lists');
    } else {
      unsupported(child, at);
    }
  }
  return tidy(inline);
}

function toInline(tokens: readonly Token[], at: Place, strong = false): Inline[] {
  const out: Inline[] = [];
  for (const token of tokens) {
    if (token.type === 'text' || token.type === 'escape') {
      const text = (token as Tokens.Text | Tokens.Escape).text;
      checkNoPhoneNumber(text, at.file, lineWithin(at, token.raw), at.issues);
      out.push(strong ? { text, strong: true } : { text });
    } else if (token.type === 'strong' && !strong) {
      out.push(...toInline((token as Tokens.Strong).tokens, at, true));
    } else if (token.type === 'strong') {
      at.issues.error(at.file, lineWithin(at, token.raw), 'unsupported Markdown: bold inside bold');
    } else {
      unsupported(token, at);
    }
  }
  return strong ? out : tidy(out);
}

// Collapse the newlines and spaces Markdown ignores, and merge runs with the same weight.
function tidy(inline: readonly Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const run of inline) {
    const text = run.text.replace(/\s+/g, ' ');
    const last = merged[merged.length - 1];
    if (last !== undefined && last.strong === run.strong) {
      merged[merged.length - 1] = { ...last, text: last.text + text };
    } else {
      merged.push(run.strong === true ? { text, strong: true } : { text });
    }
  }
  const first = merged[0];
  if (first !== undefined) merged[0] = { ...first, text: first.text.trimStart() };
  const lastIndex = merged.length - 1;
  const last = merged[lastIndex];
  if (last !== undefined) merged[lastIndex] = { ...last, text: last.text.trimEnd() };
  return merged.filter((run) => run.text !== '');
}

function unsupported(token: Token, at: Place): void {
  const what = UNSUPPORTED[token.type] ?? `"${token.type}"`;
  at.issues.error(at.file, lineWithin(at, token.raw), `unsupported Markdown: ${what}`);
}

function checkNoPhoneNumber(text: string, file: string, line: number, issues: IssueList): void {
  const match = PHONE_LIKE.exec(text);
  if (match !== null) {
    issues.error(
      file,
      line,
      `looks like a phone number ("${match[0]}"); articles must not name numbers, region packs hold them`,
    );
  }
}

function lineWithin(at: Place, raw: string): number {
  const offset = raw === '' ? -1 : at.raw.indexOf(raw);
  return at.line + (offset === -1 ? 0 : countNewlines(at.raw.slice(0, offset)));
}

function countNewlines(text: string): number {
  let count = 0;
  for (const char of text) if (char === '\n') count += 1;
  return count;
}

/** The text a reader meets, one string per heading, paragraph and list item. */
export function blocksToText(blocks: readonly Block[]): string[] {
  const join = (inline: readonly Inline[]) => inline.map((run) => run.text).join('');
  return blocks.flatMap((block) =>
    block.type === 'list' ? block.items.map(join) : [join(block.text)],
  );
}
