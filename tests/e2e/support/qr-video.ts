/**
 * Fake camera footage for Chromium: a Y4M video (raw 4:2:0 frames) showing
 * one QR code, for `--use-file-for-fake-video-capture`. The code is drawn
 * from the `qrcode` package's module matrix, so what the camera "sees" is
 * exactly what a poster would print.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import QRCode from 'qrcode';

/** Size and length of the generated footage. */
export interface QrVideoOptions {
  width?: number;
  height?: number;
  frames?: number;
  /** Share of the frame's height the code (with its quiet zone) takes; the scanner reads the middle 2/3. */
  fill?: number;
  /** As a poster would print it: a venue poster's long link falls back to M. */
  errorCorrectionLevel?: 'M' | 'Q';
}

/** Renders `text` as a QR code into a grey-scale Y4M video and returns the file's path. */
export function writeQrVideo(text: string, options: QrVideoOptions = {}): string {
  const {
    width = 640,
    height = 480,
    frames = 5,
    fill = 0.85,
    errorCorrectionLevel = 'Q',
  } = options;
  const modules = QRCode.create(text, { errorCorrectionLevel }).modules;
  const quietZone = 4;
  const span = modules.size + quietZone * 2;
  const scale = Math.floor((Math.min(width, height) * fill) / span);
  const left = Math.floor((width - span * scale) / 2);
  const top = Math.floor((height - span * scale) / 2);

  // Luma: white page, black modules. Chroma planes at 128 are neutral grey.
  const luma = Buffer.alloc(width * height, 235);
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      const y0 = top + (row + quietZone) * scale;
      const x0 = left + (col + quietZone) * scale;
      for (let y = y0; y < y0 + scale; y++) luma.fill(16, y * width + x0, y * width + x0 + scale);
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2), 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`);

  const dir = mkdtempSync(join(tmpdir(), 'lantern-qr-'));
  const file = join(dir, 'code.y4m');
  writeFileSync(file, Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]));
  return file;
}

/** A PNG of `text` as a QR code, as a photo of a poster would show it. */
export function qrPng(text: string): Promise<Buffer> {
  return QRCode.toBuffer(text, { errorCorrectionLevel: 'Q', scale: 8, margin: 4 });
}
