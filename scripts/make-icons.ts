/**
 * Renders every public/icons/<name>.svg to the PNGs a manifest and iOS need:
 * <name>-180.png (apple-touch-icon), -192 and -512 (any), -maskable-192 and
 * -maskable-512 (art inside the 80% safe zone on the icon's own background).
 * Uses the same Debian Chromium as the browser tests, so it is reproducible
 * without an image library. Run: `npx tsx scripts/make-icons.ts` (PNGs are committed).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const iconsDir = join(import.meta.dirname, '..', 'public', 'icons');
const APPLE_TOUCH_SIZE = 180;
const plainSizes = [APPLE_TOUCH_SIZE, 192, 512];
const maskableSizes = [192, 512];

function pageFor(svg: string, size: number, inset: number, background: string): string {
  const source = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  const art = size - inset * 2;
  return `<!doctype html><html><body style="margin:0;background:${background}">
    <img src="${source}" width="${art}" height="${art}" style="display:block;margin:${inset}px">
  </body></html>`;
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const page = await browser.newPage({ deviceScaleFactor: 1 });
for (const file of readdirSync(iconsDir).filter((name) => name.endsWith('.svg'))) {
  const svg = readFileSync(join(iconsDir, file), 'utf8');
  const name = file.replace(/\.svg$/, '');
  const background = /data-maskable-bg="(#[0-9a-fA-F]{3,8})"/.exec(svg)?.[1] ?? '#ffffff';
  const renders: Array<[string, number, number, string]> = [
    ...plainSizes.map((size): [string, number, number, string] => [
      `${name}-${size}.png`,
      size,
      0,
      // iOS paints an apple-touch-icon's transparent corners black and rounds it itself.
      size === APPLE_TOUCH_SIZE ? background : 'transparent',
    ]),
    ...maskableSizes.map((size): [string, number, number, string] => [
      `${name}-maskable-${size}.png`,
      size,
      Math.round(size * 0.1),
      background,
    ]),
  ];
  for (const [output, size, inset, fill] of renders) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(pageFor(svg, size, inset, fill));
    const png = await page.screenshot({
      omitBackground: fill === 'transparent',
      clip: { x: 0, y: 0, width: size, height: size },
    });
    writeFileSync(join(iconsDir, output), png);
    console.log(`${output} ${png.length} bytes`);
  }
}
await browser.close();
