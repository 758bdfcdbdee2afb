// Builds what the browser tests serve: dist/ (the app) and dist-next/ (the same
// app with another build id, which the update test deploys over it). The content
// build comes first: a fresh clone has no src/generated/ for vite to import.
import { spawnSync } from 'node:child_process';

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function build(outDir, buildId) {
  run('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    ...process.env,
    LANTERN_BUILD_ID: buildId,
  });
}

run('npm', ['run', '--silent', 'content:build']);
build('dist', 'test-a');
build('dist-next', 'test-b');
