/**
 * Plain text of content, for reading aloud: the words a person sees, in
 * order, with each block ending a sentence so a voice pauses there.
 */
import type { Article, Block, Inline } from './content-types';

function inlineText(parts: readonly Inline[]): string {
  return parts.map((part) => part.text).join('');
}

function blockText(block: Block): string[] {
  return block.type === 'list' ? block.items.map(inlineText) : [inlineText(block.text)];
}

/** The article's title, then every heading, paragraph and list item, one per line. */
export function articlePlainText(article: Pick<Article, 'title' | 'blocks'>): string {
  return [article.title, ...article.blocks.flatMap(blockText)].join('.\n');
}
