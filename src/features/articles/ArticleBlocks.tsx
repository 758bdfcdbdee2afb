/**
 * An article's blocks as real elements. Text is only ever a text node: the
 * content build emits a typed tree, and nothing here sets HTML.
 */
import type { Block, Inline } from '../../core/content-types';

function Runs({ runs }: { runs: readonly Inline[] }) {
  return (
    <>
      {runs.map((run, index) => (run.strong ? <strong key={index}>{run.text}</strong> : run.text))}
    </>
  );
}

function ArticleBlock({ block }: { block: Block }) {
  switch (block.type) {
    case 'heading':
      return (
        <h2>
          <Runs runs={block.text} />
        </h2>
      );
    case 'paragraph':
      return (
        <p>
          <Runs runs={block.text} />
        </p>
      );
    case 'list': {
      const items = block.items.map((item, index) => (
        <li key={index}>
          <Runs runs={item} />
        </li>
      ));
      return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
  }
}

/** Renders an article body: headings, paragraphs and lists with bold runs. */
export function ArticleBlocks({ blocks }: { blocks: readonly Block[] }) {
  return (
    <>
      {blocks.map((block, index) => (
        <ArticleBlock key={index} block={block} />
      ))}
    </>
  );
}
