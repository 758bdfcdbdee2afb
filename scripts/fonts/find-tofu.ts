/** What findTofu saw: how many distinct non-ASCII letters it measured, and the texts drawn as boxes. */
export interface TofuReport {
  letters: number;
  tofu: string[];
}

/**
 * Runs in the page (pass it to Playwright's `page.evaluate`): finds the visible
 * text that the browser draws as tofu, the empty box of a missing glyph.
 *
 * Each text's letters outside ASCII are measured with canvas in the element's
 * own computed font, against a private-use character (U+E000) that no font
 * here draws, so it measures as the missing-glyph box of that same font stack.
 * A text whose every such letter measures exactly as the box has no font for
 * its script. Self-contained on purpose: it is serialised into the page.
 */
export function findTofu(): TofuReport {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return { letters: 0, tofu: ['canvas: no 2d context to measure with'] };
  const measured = new Set<string>();
  const tofu: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    const text = node.textContent ?? '';
    // Letters only (marks have no width of their own); ASCII is drawn by every font.
    const letters = [...new Set(text.match(/\p{L}/gu) ?? [])].filter(
      (letter) => (letter.codePointAt(0) ?? 0) > 0x7f,
    );
    if (!element || letters.length === 0 || element.getClientRects().length === 0) continue;
    const style = getComputedStyle(element);
    context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const box = context.measureText('\uE000').width;
    const boxes = letters.filter(
      (letter) => Math.abs(context.measureText(letter).width - box) < 0.01,
    );
    for (const letter of letters) measured.add(letter);
    if (boxes.length === letters.length) {
      const lang = element.closest('[lang]')?.getAttribute('lang') ?? '';
      tofu.push(`<${element.tagName.toLowerCase()} lang="${lang}"> ${text.trim().slice(0, 40)}`);
    }
  }
  return { letters: measured.size, tofu };
}
