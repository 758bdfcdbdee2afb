/**
 * `npm run i18n:check`: every word and every article in every language.
 * Usage: tsx scripts/i18n-check.ts [--locales DIR] [--articles DIR] [--cards DIR]
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  checkArticles,
  cardsOnlyLanguages,
  checkCardReviewRecords,
  checkLocales,
  checkReviewRecords,
} from './i18n/check-locales.ts';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const index = args.indexOf(name);
  return index >= 0 && args[index + 1] ? args[index + 1]! : fallback;
};
const localesDir = option('--locales', join(root, 'src/locales'));
const articlesDir = option('--articles', join(root, 'content/articles'));
const cardsDir = option('--cards', join(root, 'content/cards'));

const uiLanguages = readdirSync(localesDir).filter((name) => !name.includes('.'));
const errors = [
  ...checkLocales(localesDir, root),
  ...checkReviewRecords(localesDir, root),
  ...checkArticles(articlesDir, uiLanguages, root),
  ...checkCardReviewRecords(cardsDir, uiLanguages, root),
];
for (const error of errors) console.error(error);
if (errors.length > 0) {
  console.error(`\ni18n:check: ${errors.length} problem(s) in ${uiLanguages.length} languages.`);
  process.exit(1);
}
const cardsOnly = cardsOnlyLanguages(cardsDir, uiLanguages);
console.log(`i18n:check: ${uiLanguages.length} languages complete (${uiLanguages.join(', ')}).`);
console.log(
  `i18n:check: cards in ${cardsOnly.length} more languages, each with a review record (${cardsOnly.join(', ')}).`,
);
