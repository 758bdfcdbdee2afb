// `npm test`: every check, in the order that fails fastest. Stops at the first failure.
import { spawnSync } from 'node:child_process';

const steps = [
  ['content', 'npm', ['run', '--silent', 'content:build']],
  ['types', 'npm', ['run', '--silent', 'typecheck']],
  ['format', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']],
  ['i18n', 'npm', ['run', '--silent', 'i18n:check']],
  ['unit', 'npx', ['vitest', 'run']],
  ['build', 'npm', ['run', '--silent', 'build:all']],
  ['size', 'npm', ['run', '--silent', 'size']],
  ['chromium', 'node', ['scripts/ensure-chromium.mjs']],
  ['fonts', 'node', ['scripts/ensure-fonts.mjs']],
  ['nginx', 'node', ['scripts/ensure-nginx.mjs']],
  ['browser', 'npx', ['playwright', 'test']],
];

for (const [name, command, args] of steps) {
  const started = Date.now();
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed after ${seconds}s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${name} (${seconds}s)`);
}
