/**
 * Placeholder content build: copies region packs into src/generated/.
 * Replaced by the validating build.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const out = join(root, 'src/generated/regions');
mkdirSync(out, { recursive: true });
const index = [];
for (const file of readdirSync(join(root, 'content/regions'))) {
  const pack = JSON.parse(readFileSync(join(root, 'content/regions', file), 'utf8'));
  writeFileSync(join(out, file), JSON.stringify(pack));
  index.push({
    code: pack.code,
    name: pack.name,
    country: pack.country,
    hotlineCount: pack.hotlines.length,
  });
}
writeFileSync(join(root, 'src/generated/region-index.json'), JSON.stringify(index));
