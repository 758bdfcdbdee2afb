/**
 * Ask without speaking, as plain state: choose → one question at a time →
 * hand back → summary. Each step returns a new value; the screen holds it in
 * component state only, so leaving the screen or the quick exit drops it.
 */
import type { AskSetId } from './ask-schema';

/** What the person answered: yes, no, or "I don't want to answer". */
export type AskAnswer = 'yes' | 'no' | 'skip';

/** The answers of every step (`DONE` and after). */
interface Answered {
  readonly set: AskSetId;
  /** The person's language. */
  readonly lang: string;
  readonly answers: readonly AskAnswer[];
}

/** Where the flow is. */
export type AskFlow =
  | { readonly step: 'choose' }
  | (Answered & { readonly step: 'question'; readonly total: number })
  | (Answered & { readonly step: 'done' })
  | (Answered & { readonly step: 'summary' });

/** The helper's first screen: nothing chosen, nothing answered. */
export const askStart: AskFlow = { step: 'choose' };

/** Starts a set of `total` questions in the person's language `lang`. */
export function beginAsk(set: AskSetId, lang: string, total: number): AskFlow {
  return total > 0 ? { step: 'question', set, lang, total, answers: [] } : askStart;
}

/** Records the answer to the current question and moves on; after the last, hands back. */
export function answerQuestion(flow: AskFlow, answer: AskAnswer): AskFlow {
  if (flow.step !== 'question') return flow;
  const answers = [...flow.answers, answer];
  if (answers.length >= flow.total) {
    return { step: 'done', set: flow.set, lang: flow.lang, answers };
  }
  return { ...flow, answers };
}

/** The helper has the phone back: show what was answered. */
export function showSummary(flow: AskFlow): AskFlow {
  return flow.step === 'done' ? { ...flow, step: 'summary' } : flow;
}

/** Stop, from any step: back to the helper's first screen with nothing kept. */
export function stopAsk(): AskFlow {
  return askStart;
}

/** The index of the question on screen (only meaningful on the `question` step). */
export function currentQuestion(flow: AskFlow): number {
  return flow.step === 'question' ? flow.answers.length : -1;
}

/** One indicator and the questions whose "yes" points to it. */
export interface IndicatorHit {
  readonly indicator: string;
  readonly questions: readonly string[];
}

/**
 * The indicators the "yes" answers point to, in the set's indicator order,
 * each with the ids of the questions that point to it. "No" and "skip" point
 * to nothing; a missing answer counts as none.
 */
export function indicatorsPointedTo(
  set: {
    readonly indicators: readonly string[];
    readonly questions: readonly { readonly id: string; readonly indicators: readonly string[] }[];
  },
  answers: readonly AskAnswer[],
): IndicatorHit[] {
  const hits = new Map<string, string[]>();
  set.questions.forEach((question, index) => {
    if (answers[index] !== 'yes') return;
    for (const indicator of question.indicators) {
      const list = hits.get(indicator) ?? [];
      if (!list.includes(question.id)) list.push(question.id);
      hits.set(indicator, list);
    }
  });
  return set.indicators.flatMap((indicator) => {
    const questions = hits.get(indicator);
    return questions ? [{ indicator, questions }] : [];
  });
}
