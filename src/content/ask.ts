/**
 * The question sets of "ask without speaking": which indicator each "yes"
 * points to and each set's source (one small module, in the feature's
 * chunk), and the texts, one lazy JSON chunk per language (precached, so
 * every language works offline). Only the ask feature imports this module,
 * so none of it is on the first paint.
 */
import { ASK_SET_IDS, composeAskSet, type AskSet, type AskSetId, type AskSetsSource } from '../core/ask-schema';
import type { AskBundle } from '../core/ask-schema';
import askSetsJson from '../generated/ask-sets.json';

const askLoaders = import.meta.glob<AskBundle>('../generated/ask/*.json', { import: 'default' });
const askSets: AskSetsSource = askSetsJson as AskSetsSource;

/** The languages that have the questions (known without loading any). */
export const askLanguages: readonly string[] = Object.keys(askLoaders).map(
  (path) => /([^/]+)\.json$/.exec(path)?.[1] ?? '',
);

/** Loads set `id` in `lang`; rejects for a language without the questions. */
export async function loadAskSet(id: AskSetId, lang: string): Promise<AskSet> {
  const load = askLoaders[`../generated/ask/${lang}.json`];
  if (!load || !ASK_SET_IDS.includes(id)) throw new Error(`No questions in ${lang}`);
  const texts = await load();
  return composeAskSet(id, askSets[id], texts[id]);
}
