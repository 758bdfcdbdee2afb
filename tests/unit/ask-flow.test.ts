// Ask without speaking as plain state, and which indicators a "yes" points to.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  answerQuestion,
  askStart,
  beginAsk,
  currentQuestion,
  indicatorsPointedTo,
  showSummary,
  stopAsk,
  type AskAnswer,
  type AskFlow,
} from '../../src/core/ask-flow';
import { AskSetsSourceSchema, FORCED_LABOUR_INDICATORS } from '../../src/core/ask-schema';

const sets = v.parse(
  AskSetsSourceSchema,
  JSON.parse(
    readFileSync(fileURLToPath(new URL('../../content/ask/sets.json', import.meta.url)), 'utf8'),
  ),
);

const toy = {
  indicators: ['a', 'b', 'c'],
  questions: [
    { id: 'q1', indicators: ['b'] },
    { id: 'q2', indicators: ['a', 'b'] },
    { id: 'q3', indicators: ['c'] },
  ],
};

describe('indicatorsPointedTo', () => {
  it('lists what each "yes" points to, in the set\'s order, with the questions behind it', () => {
    expect(indicatorsPointedTo(toy, ['yes', 'yes', 'no'])).toEqual([
      { indicator: 'a', questions: ['q2'] },
      { indicator: 'b', questions: ['q1', 'q2'] },
    ]);
  });

  it('counts no "no", no "skip" and no missing answer', () => {
    expect(indicatorsPointedTo(toy, ['no', 'skip'])).toEqual([]);
    expect(indicatorsPointedTo(toy, [])).toEqual([]);
  });

  it('maps the real adult set: all "yes" names the ILO\'s eleven; one "yes" names its own', () => {
    const all = sets.adult.questions.map((): AskAnswer => 'yes');
    expect(indicatorsPointedTo(sets.adult, all).map((hit) => hit.indicator)).toEqual([
      ...FORCED_LABOUR_INDICATORS,
    ]);
    const documents = sets.adult.questions.findIndex((q) => q.id === 'documents-kept');
    const answers = sets.adult.questions.map((_, index): AskAnswer =>
      index === documents ? 'yes' : 'no',
    );
    expect(indicatorsPointedTo(sets.adult, answers)).toEqual([
      { indicator: 'restriction-of-movement', questions: ['documents-kept'] },
      { indicator: 'retention-of-identity-documents', questions: ['documents-kept'] },
    ]);
  });

  it('names exactly the indicators of the questions answered "yes", whatever the answers', () => {
    const answer = fc.constantFrom<AskAnswer>('yes', 'no', 'skip');
    for (const set of [sets.adult, sets.child]) {
      fc.assert(
        fc.property(fc.array(answer, { maxLength: set.questions.length }), (answers) => {
          const hits = indicatorsPointedTo(set, answers);
          const expected = new Set(
            set.questions.flatMap((q, index) => (answers[index] === 'yes' ? q.indicators : [])),
          );
          expect(new Set(hits.map((hit) => hit.indicator))).toEqual(expected);
          for (const hit of hits) {
            for (const id of hit.questions) {
              const index = set.questions.findIndex((q) => q.id === id);
              expect(answers[index]).toBe('yes');
            }
          }
        }),
      );
    }
  });
});

describe('the flow', () => {
  it('asks each question once, hands back after the last, then shows the summary', () => {
    let flow: AskFlow = beginAsk('child', 'tl', 3);
    expect(flow).toMatchObject({ step: 'question', set: 'child', lang: 'tl', answers: [] });
    expect(currentQuestion(flow)).toBe(0);
    flow = answerQuestion(flow, 'yes');
    flow = answerQuestion(flow, 'skip');
    expect(currentQuestion(flow)).toBe(2);
    expect(showSummary(flow)).toBe(flow);
    flow = answerQuestion(flow, 'no');
    expect(flow).toEqual({
      step: 'done',
      set: 'child',
      lang: 'tl',
      answers: ['yes', 'skip', 'no'],
    });
    // No more answers once handed back.
    expect(answerQuestion(flow, 'yes')).toBe(flow);
    flow = showSummary(flow);
    expect(flow).toEqual({
      step: 'summary',
      set: 'child',
      lang: 'tl',
      answers: ['yes', 'skip', 'no'],
    });
  });

  it('stops from any step with nothing kept', () => {
    const steps: AskFlow[] = [
      askStart,
      beginAsk('adult', 'ar', 2),
      answerQuestion(beginAsk('adult', 'ar', 1), 'yes'),
      showSummary(answerQuestion(beginAsk('adult', 'ar', 1), 'yes')),
    ];
    for (const step of steps) expect(stopAsk()).toEqual({ step: 'choose' });
    expect(steps.map((step) => step.step)).toEqual(['choose', 'question', 'done', 'summary']);
  });

  it('does not start a set with no questions', () => {
    expect(beginAsk('adult', 'en', 0)).toBe(askStart);
  });
});
