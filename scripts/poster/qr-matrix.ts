import { create } from 'qrcode';

/** Light modules required around the symbol by ISO/IEC 18004; scanners lose the finder patterns without it. */
export const QUIET_ZONE = 4;

/** The module matrix a poster draws, with what it encodes. */
export interface QrMatrix {
  text: string;
  version: number;
  errorCorrectionLevel: 'M' | 'Q' | 'H';
  /** Modules per side, without the quiet zone. */
  size: number;
  /** Row-major, `size * size` entries, true for a dark module. */
  dark: readonly boolean[];
}

// H survives more of a torn, faded or scribbled-on poster than Q, but costs modules.
// Above this version the symbol gets dense enough that a cheap camera at arm's length
// struggles, so we fall back to Q there (the brief's floor).
const MAX_VERSION_FOR_H = 5;

/** The largest symbol a poster may carry: beyond it a phone at arm's length can't read the modules. */
export const MAX_QR_VERSION = 20;

/**
 * Builds the QR module matrix for a text, preferring error correction H, then Q,
 * and for a long venue link M (never lower); throws when even M needs a version
 * above MAX_QR_VERSION.
 */
export function getQrMatrix(text: string): QrMatrix {
  const high = create(text, { errorCorrectionLevel: 'H' });
  const chosen =
    high.version <= MAX_VERSION_FOR_H
      ? { code: high, level: 'H' as const }
      : [
          { code: create(text, { errorCorrectionLevel: 'Q' }), level: 'Q' as const },
          { code: create(text, { errorCorrectionLevel: 'M' }), level: 'M' as const },
        ].find((option) => option.code.version <= MAX_QR_VERSION);
  if (!chosen) {
    throw new Error(
      `the code would need a QR version above ${MAX_QR_VERSION} even at error correction M (${text.length} characters); shorten the venue pack (fewer contacts, shorter names or hours)`,
    );
  }
  const { code, level } = chosen;
  const size = code.modules.size;
  const dark: boolean[] = [];
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) dark.push(code.modules.get(row, col) === 1);
  }
  return { text, version: code.version, errorCorrectionLevel: level, size, dark };
}

/** Whether the module at (row, col) is dark; anything outside the symbol (the quiet zone) is light. */
export function isDarkModule(matrix: QrMatrix, row: number, col: number): boolean {
  if (row < 0 || col < 0 || row >= matrix.size || col >= matrix.size) return false;
  return matrix.dark[row * matrix.size + col] === true;
}

/**
 * SVG path data for the dark modules, one subpath per horizontal run, in module units
 * with the quiet zone as offset (so the symbol spans QUIET_ZONE .. QUIET_ZONE + size).
 */
export function getQrPathData(matrix: QrMatrix): string {
  const parts: string[] = [];
  for (let row = 0; row < matrix.size; row++) {
    let col = 0;
    while (col < matrix.size) {
      if (!isDarkModule(matrix, row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (isDarkModule(matrix, row, col)) col++;
      const width = col - start;
      // Runs rather than one square per module: a fraction of the size, and no
      // hairline seams between neighbours in viewers that anti-alias each shape.
      parts.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${width}v1h-${width}z`);
    }
  }
  return parts.join('');
}
