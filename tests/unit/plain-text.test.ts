import { describe, expect, it } from 'vitest';
import { articlePlainText } from '../../src/core/plain-text';

describe('articlePlainText', () => {
  it('reads the title and every block in order, list items one by one', () => {
    expect(
      articlePlainText({
        title: 'Title',
        blocks: [
          { type: 'heading', text: [{ text: 'Heading' }] },
          { type: 'paragraph', text: [{ text: 'One ' }, { text: 'two', strong: true }] },
          { type: 'list', ordered: false, items: [[{ text: 'a' }], [{ text: 'b' }]] },
        ],
      }),
    ).toBe('Title.\nHeading.\nOne two.\na.\nb');
  });
});
