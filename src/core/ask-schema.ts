/**
 * Ask without speaking: the shape of the question sets (content/ask/) and the
 * bundle the build emits per language, and the rules a set must keep (a
 * source, at most 12 questions, every "yes" mapped to an indicator the set
 * names, plain English). Pure: the build and the tests share these rules.
 */
import * as v from 'valibot';
import { isRealIsoDate } from './content-schema';
import { LANGUAGE_CODE_PATTERN } from './languages';
import { readingGrade } from './readability';

/** The two sets: adults (ILO forced-labour indicators) and children (safeguarding guidance). */
export const ASK_SET_IDS = ['adult', 'child'] as const;

/** One of the question sets. */
export type AskSetId = (typeof ASK_SET_IDS)[number];

/** At most this many questions per set: a person handed a phone should finish in a few minutes. */
export const MAX_ASK_QUESTIONS = 12;

/** English questions must read at or below this Flesch–Kincaid grade (children answer them too). */
export const MAX_ASK_GRADE = 5;

/**
 * The ILO's eleven indicators of forced labour (ILO, 2012), in the
 * publication's order; the adult set must point to each of them.
 */
export const FORCED_LABOUR_INDICATORS = [
  'abuse-of-vulnerability',
  'deception',
  'restriction-of-movement',
  'isolation',
  'physical-and-sexual-violence',
  'intimidation-and-threats',
  'retention-of-identity-documents',
  'withholding-of-wages',
  'debt-bondage',
  'abusive-working-and-living-conditions',
  'excessive-overtime',
] as const;

/** The simple drawings a question can carry (see src/features/ask/Pictogram.tsx). */
export const PICTOGRAMS = [
  'hands',
  'job',
  'door',
  'phone',
  'hurt',
  'warning',
  'id-card',
  'coins',
  'debt',
  'house',
  'clock',
  'school',
  'family',
  'speech',
  'fear',
] as const;

/** A question's drawing. */
export type Pictogram = (typeof PICTOGRAMS)[number];

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = v.pipe(v.string('must be text'), v.regex(ID, 'must be a lower-case-id'));

const sourceText = (max: number) =>
  v.pipe(
    v.string('must be text'),
    v.trim(),
    v.nonEmpty('must not be empty'),
    v.maxLength(max, `must be at most ${max} characters`),
  );

/** Where a set comes from: a published document a helper can look up. */
export const AskSourceSchema = v.strictObject({
  title: sourceText(200),
  publisher: sourceText(200),
  /** When the document was published: `YYYY` or `YYYY-MM-DD`. */
  published: v.pipe(
    v.string('must be text'),
    v.check(
      (text) => /^\d{4}$/.test(text) || isRealIsoDate(text),
      'must be a year (YYYY) or a date (YYYY-MM-DD)',
    ),
  ),
  url: v.pipe(
    v.string('must be text'),
    v.regex(/^https:\/\/\S+$/, 'must be an https:// address'),
    v.url('must be a valid address'),
  ),
  /** The day someone last opened the address and found the document there. */
  checked: v.pipe(
    v.string('must be text'),
    v.check(isRealIsoDate, 'must be a real date written YYYY-MM-DD'),
  ),
});

/** One question as the source file maps it: what a "yes" points to, and its drawing. */
export const AskQuestionSpecSchema = v.strictObject({
  id,
  indicators: v.pipe(
    v.array(id, 'must be a list of indicator ids'),
    v.nonEmpty('must name at least one indicator a "yes" points to'),
  ),
  pictogram: v.picklist(PICTOGRAMS, `must be one of ${PICTOGRAMS.join(', ')}`),
});

/** One set in `content/ask/sets.json`: its source, its indicators, its questions in order. */
export const AskSetSpecSchema = v.strictObject({
  source: AskSourceSchema,
  indicators: v.pipe(v.array(id), v.nonEmpty('must list the indicators the set is built on')),
  questions: v.pipe(
    v.array(AskQuestionSpecSchema),
    v.nonEmpty('must hold at least one question'),
    v.maxLength(MAX_ASK_QUESTIONS, `must hold at most ${MAX_ASK_QUESTIONS} questions`),
  ),
});

/** `content/ask/sets.json`: both sets. */
export const AskSetsSourceSchema = v.strictObject({
  adult: AskSetSpecSchema,
  child: AskSetSpecSchema,
});

const questionTexts = v.pipe(
  v.record(id, sourceText(200)),
  v.check((entries) => Object.keys(entries).length > 0, 'must hold at least one question'),
);

/** `content/ask/<lang>.json`: the question texts of both sets in one language, by question id. */
export const AskTextsSchema = v.strictObject({
  adult: questionTexts,
  child: questionTexts,
});

const AskQuestionSchema = v.strictObject({
  ...AskQuestionSpecSchema.entries,
  text: sourceText(200),
});

const AskSetSchema = v.strictObject({
  id: v.picklist(ASK_SET_IDS),
  source: AskSourceSchema,
  indicators: v.array(id),
  questions: v.pipe(v.array(AskQuestionSchema), v.nonEmpty(), v.maxLength(MAX_ASK_QUESTIONS)),
});

/**
 * `src/generated/ask/<lang>.json`: one language's question texts. The sets'
 * mapping and sources are written once (`src/generated/ask-sets.json`), not
 * in every language, since every language is precached.
 */
export const AskBundleSchema = v.strictObject({
  lang: v.pipe(v.string(), v.regex(LANGUAGE_CODE_PATTERN)),
  ...AskTextsSchema.entries,
});

/** A set as the source file maps it. */
export type AskSetSpec = v.InferOutput<typeof AskSetSpecSchema>;
/** Both sets as the source file maps them. */
export type AskSetsSource = v.InferOutput<typeof AskSetsSourceSchema>;
/** One language's question texts. */
export type AskTexts = v.InferOutput<typeof AskTextsSchema>;
/** One question ready to show. */
export type AskQuestion = v.InferOutput<typeof AskQuestionSchema>;
/** One set ready to show, in one language. */
export type AskSet = v.InferOutput<typeof AskSetSchema>;
/** One language's question texts, as the app loads them. */
export type AskBundle = v.InferOutput<typeof AskBundleSchema>;

/** A rule a set breaks that its shape alone can't show. */
export interface AskProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/**
 * What is wrong with a set beyond its shape: duplicate question ids, a "yes"
 * pointing to an indicator the set doesn't name, an indicator no question
 * points to, the adult set not covering the ILO's eleven, and English
 * questions (`english`, by id) missing or above grade 5.
 */
export function askSetProblems(
  setId: AskSetId,
  spec: AskSetSpec,
  english: Readonly<Record<string, string>>,
): AskProblem[] {
  const problems: AskProblem[] = [];
  const named = new Set(spec.indicators);
  const pointed = new Set<string>();
  const seen = new Set<string>();
  spec.questions.forEach((question, index) => {
    if (seen.has(question.id)) {
      problems.push({
        path: ['questions', index, 'id'],
        message: `duplicate question "${question.id}"`,
      });
    }
    seen.add(question.id);
    question.indicators.forEach((indicator, at) => {
      pointed.add(indicator);
      if (!named.has(indicator)) {
        problems.push({
          path: ['questions', index, 'indicators', at],
          message: `"${indicator}" is not one of this set's indicators`,
        });
      }
    });
    const text = english[question.id];
    if (text === undefined) {
      problems.push({
        path: ['questions', index],
        message: `no English text for "${question.id}"`,
      });
      return;
    }
    const grade = readingGrade([text]);
    if (grade > MAX_ASK_GRADE) {
      problems.push({
        path: ['questions', index],
        message: `"${question.id}" reads at grade ${grade.toFixed(1)}, above ${MAX_ASK_GRADE}; use shorter words`,
      });
    }
  });
  spec.indicators.forEach((indicator, index) => {
    if (!pointed.has(indicator)) {
      problems.push({
        path: ['indicators', index],
        message: `no question points to "${indicator}"`,
      });
    }
  });
  if (setId === 'adult') {
    const want = [...FORCED_LABOUR_INDICATORS].sort().join(',');
    if ([...named].sort().join(',') !== want) {
      problems.push({
        path: ['indicators'],
        message: `the adult set must name the ILO's eleven indicators: ${FORCED_LABOUR_INDICATORS.join(', ')}`,
      });
    }
  }
  for (const textId of Object.keys(english)) {
    if (!seen.has(textId)) {
      problems.push({ path: [], message: `English text "${textId}" has no question in sets.json` });
    }
  }
  return problems;
}

/** Joins a set's mapping with its texts in one language, in the set's order. */
export function composeAskSet(
  setId: AskSetId,
  spec: AskSetSpec,
  texts: Readonly<Record<string, string>>,
): AskSet {
  return {
    id: setId,
    source: spec.source,
    indicators: spec.indicators,
    questions: spec.questions.map((question) => ({ ...question, text: texts[question.id] ?? '' })),
  };
}
