// SVG cannot wrap text, and the poster must not depend on which system font the
// printing machine has. So widths are estimated per character class, erring wide
// (roughly Arial/Roboto/Segoe proportions plus a margin): a line that comes out
// shorter than estimated only leaves more white space.

const NARROW = new Set([..."il.,:;!|'`ijlftrI()[]{} "]);
const WIDE = new Set([...'mwMW@%&']);

/** Estimated advance width, in the same unit as fontSize, of a single line of text. */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.32;
    else if (WIDE.has(ch)) em += 0.9;
    else if (ch >= 'A' && ch <= 'Z') em += 0.7;
    else if (ch >= '0' && ch <= '9') em += 0.58;
    else em += 0.56;
  }
  return em * fontSize * (bold ? 1.1 : 1);
}

/** Greedy word wrap to a width; a single word wider than the line keeps a line of its own. */
export function wrapText(text: string, fontSize: number, maxWidth: number, bold = false): string[] {
  const words = text.split(/\s+/).filter((word) => word !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && estimateTextWidth(candidate, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** The largest font size, at most `preferred`, at which the text fits on one line of `maxWidth`. */
export function fitFontSize(
  text: string,
  preferred: number,
  maxWidth: number,
  bold = false,
): number {
  const width = estimateTextWidth(text, preferred, bold);
  return width <= maxWidth ? preferred : (preferred * maxWidth) / width;
}
