/// <reference types="node" />
// The ask-without-speaking question sets in the content build: the real sets pass, and a
// set without a source, with more than 12 questions, or with a child question above
// reading grade 5 in English is refused, as is a "yes" mapped to nothing the set names.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildContent, formatIssue, type BuildResult } from '../../scripts/build-content';
import {
  AskBundleSchema,
  AskSetsSourceSchema,
  FORCED_LABOUR_INDICATORS,
  MAX_ASK_QUESTIONS,
  askSetProblems,
} from '../../src/core/ask-schema';
import { languages } from '../../src/core/languages';

const realContent = fileURLToPath(new URL('../../content', import.meta.url));

let work: string;
let content: string;
let out: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'lantern-ask-'));
  content = join(work, 'content');
  out = join(work, 'generated');
  cpSync(realContent, content, { recursive: true });
});

afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

function build(write = false): BuildResult {
  return buildContent({ contentDir: content, outDir: out, today: '2026-11-30', write });
}

function askErrors(result: BuildResult): string[] {
  return result.errors
    .filter((issue) => issue.file.startsWith('ask'))
    .map((issue) => formatIssue(issue));
}

type Json = Record<string, unknown>;

function readAsk(file: string): Json {
  return JSON.parse(readFileSync(join(content, 'ask', file), 'utf8')) as Json;
}

function writeAsk(file: string, value: unknown): void {
  writeFileSync(join(content, 'ask', file), JSON.stringify(value, null, 2));
}

/** content/ask/sets.json, changed by `change` (which edits the parsed object in place). */
function editSets(change: (sets: { adult: Json; child: Json }) => void): void {
  const sets = readAsk('sets.json') as { adult: Json; child: Json };
  change(sets);
  writeAsk('sets.json', sets);
}

describe('the real question sets', () => {
  it('build without errors, in every interface language, at most 12 questions each', () => {
    const result = build(true);
    expect(askErrors(result)).toEqual([]);
    expect([...result.stats.askLanguages].sort()).toEqual(languages.map((l) => l.code).sort());
    const sets = v.parse(AskSetsSourceSchema, readAsk('sets.json'));
    expect(sets.adult.questions.length).toBeLessThanOrEqual(MAX_ASK_QUESTIONS);
    expect(sets.child.questions.length).toBeLessThanOrEqual(MAX_ASK_QUESTIONS);
    // The adult set names exactly the ILO's eleven, and some question points to each.
    expect([...sets.adult.indicators].sort()).toEqual([...FORCED_LABOUR_INDICATORS].sort());
    const tl = v.parse(
      AskBundleSchema,
      JSON.parse(readFileSync(join(out, 'ask', 'tl.json'), 'utf8')),
    );
    expect(Object.keys(tl.adult)).toEqual(sets.adult.questions.map((q) => q.id));
    expect(JSON.parse(readFileSync(join(out, 'ask-sets.json'), 'utf8'))).toEqual(sets);
  });

  it('cite an https source with a publication date', () => {
    const sets = v.parse(AskSetsSourceSchema, readAsk('sets.json'));
    expect(sets.adult.source.title).toBe('ILO indicators of forced labour');
    expect(sets.adult.source.published).toBe('2012');
    expect(sets.adult.source.url).toMatch(/^https:\/\/www\.ilo\.org\/.*wcms_203832\.pdf$/);
    expect(sets.child.source.url).toMatch(/^https:\/\//);
  });
});

describe('a set the build refuses', () => {
  it('has no source', () => {
    editSets((sets) => {
      delete sets.child.source;
    });
    const errors = askErrors(build());
    expect(errors).toEqual([
      expect.stringMatching(/^ask\/sets\.json:\d+: missing "child\.source"/),
    ]);
  });

  it('has a source without an address', () => {
    editSets((sets) => {
      (sets.adult.source as Json).url = 'see the ILO website';
    });
    expect(askErrors(build())).toContainEqual(
      expect.stringContaining('adult.source.url must be an https:// address'),
    );
  });

  it('has more than 12 questions', () => {
    editSets((sets) => {
      const questions = sets.child.questions as Json[];
      const extra = Array.from({ length: 13 - questions.length }, (_, index) => ({
        id: `extra-${index}`,
        indicators: ['afraid'],
        pictogram: 'fear',
      }));
      sets.child.questions = [...questions, ...extra];
    });
    expect(askErrors(build())).toEqual([
      expect.stringContaining('child.questions must hold at most 12 questions'),
    ]);
  });

  it('has a child question above reading grade 5 in English', () => {
    const en = readAsk('en.json') as { child: Record<string, string> };
    en.child.afraid =
      'Are you experiencing considerable apprehension regarding individuals responsible for your accommodation or employment?';
    writeAsk('en.json', en);
    expect(askErrors(build())).toEqual([
      expect.stringMatching(/child: "afraid" reads at grade \d+\.\d, above 5/),
    ]);
  });

  it('maps a "yes" to an indicator the set does not name, or names one no question points to', () => {
    editSets((sets) => {
      const [first] = sets.adult.questions as Json[];
      if (first) first.indicators = ['unhappiness'];
    });
    const errors = askErrors(build());
    expect(errors).toContainEqual(
      expect.stringContaining('adult: "unhappiness" is not one of this set\'s indicators'),
    );
    expect(errors).toContainEqual(
      expect.stringContaining('adult: no question points to "abuse-of-vulnerability"'),
    );
  });

  it('leaves a question out of one language', () => {
    const ar = readAsk('ar.json') as { adult: Record<string, string> };
    delete ar.adult.threats;
    writeAsk('ar.json', ar);
    expect(askErrors(build())).toEqual([
      expect.stringContaining('ask/ar.json:2: adult.threats: missing'),
    ]);
  });

  it('writes a phone number into a question', () => {
    const es = readAsk('es.json') as { child: Record<string, string> };
    es.child.afraid = '¿Tienes miedo? Llama al 116 111.';
    writeAsk('es.json', es);
    expect(askErrors(build())).toEqual([
      expect.stringContaining('child.afraid: looks like a phone number'),
    ]);
  });
});

describe('askSetProblems', () => {
  const spec = {
    source: {
      title: 'A guide',
      publisher: 'Someone',
      published: '2020',
      url: 'https://example.org/guide',
      checked: '2026-11-30',
    },
    indicators: ['afraid'],
    questions: [{ id: 'afraid', indicators: ['afraid'], pictogram: 'fear' as const }],
  };

  it('passes a short plain question and catches a duplicate id', () => {
    expect(askSetProblems('child', spec, { afraid: 'Are you afraid?' })).toEqual([]);
    const twice = { ...spec, questions: [...spec.questions, ...spec.questions] };
    expect(askSetProblems('child', twice, { afraid: 'Are you afraid?' })).toEqual([
      { path: ['questions', 1, 'id'], message: 'duplicate question "afraid"' },
    ]);
  });

  it('refuses an adult set that is not built on the ILO indicators', () => {
    expect(askSetProblems('adult', spec, { afraid: 'Are you afraid?' })).toContainEqual(
      expect.objectContaining({ path: ['indicators'] }),
    );
  });

  it('refuses English text with no question, and a question with no English', () => {
    expect(askSetProblems('child', spec, { other: 'Is it so?' })).toEqual([
      { path: ['questions', 0], message: 'no English text for "afraid"' },
      { path: [], message: 'English text "other" has no question in sets.json' },
    ]);
  });
});
