/**
 * Bytes on the wire: gzip -9 and brotli -11 of one file. Servers compress file
 * by file, so totals are sums of per-file sizes, never of a concatenation.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Raw, gzip and brotli sizes in bytes. */
export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

/** Sizes of one file's bytes. */
export function compressedSizes(bytes: Uint8Array): Sizes {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
    }).length,
  };
}

/** The per-file sizes added up. */
export function sumSizes(all: Sizes[]): Sizes {
  return all.reduce(
    (total, sizes) => ({
      raw: total.raw + sizes.raw,
      gzip: total.gzip + sizes.gzip,
      brotli: total.brotli + sizes.brotli,
    }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
}
