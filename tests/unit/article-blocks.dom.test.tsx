// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import type { Block } from '../../src/core/content-types';
import { ArticleBlocks } from '../../src/features/articles/ArticleBlocks';

const hostile = '<img src=x onerror="window.__pwned = true">';

function mount(blocks: Block[]): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(<ArticleBlocks blocks={blocks} />, root);
  return root;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('ArticleBlocks', () => {
  it('renders headings, paragraphs, lists and bold runs as real elements', () => {
    const root = mount([
      { type: 'heading', text: [{ text: 'If you need help now' }] },
      {
        type: 'paragraph',
        text: [{ text: 'Call ' }, { text: '999', strong: true }, { text: '.' }],
      },
      { type: 'list', ordered: false, items: [[{ text: 'One' }], [{ text: 'Two' }]] },
      { type: 'list', ordered: true, items: [[{ text: 'First', strong: true }]] },
    ]);
    expect(root.querySelector('h2')?.textContent).toBe('If you need help now');
    expect(root.querySelector('p')?.textContent).toBe('Call 999.');
    expect(root.querySelector('p strong')?.textContent).toBe('999');
    expect([...root.querySelectorAll('ul > li')].map((li) => li.textContent)).toEqual([
      'One',
      'Two',
    ]);
    expect(root.querySelector('ol > li > strong')?.textContent).toBe('First');
  });

  it('keeps markup-looking text as text, everywhere text can be', () => {
    const root = mount([
      { type: 'heading', text: [{ text: hostile }] },
      {
        type: 'paragraph',
        text: [{ text: hostile }, { text: '<script>alert(1)</script>', strong: true }],
      },
      { type: 'list', ordered: false, items: [[{ text: '<a href="javascript:alert(1)">x</a>' }]] },
    ]);
    expect(root.querySelector('img, script, a')).toBeNull();
    expect(root.querySelector('h2')?.textContent).toBe(hostile);
    expect(root.querySelector('p strong')?.textContent).toBe('<script>alert(1)</script>');
    expect(root.querySelector('li')?.textContent).toBe('<a href="javascript:alert(1)">x</a>');
    expect((window as Window & { __pwned?: boolean }).__pwned).toBeUndefined();
  });
});
