// Builds what the browser tests serve: dist/ (the app) and dist-next/ (the same
// app with another build id, which the update test deploys over it).
import { spawnSync } from 'node:child_process';

function build(outDir, buildId) {
  const result = spawnSync(
    'npx',
    ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    {
      stdio: 'inherit',
      env: { ...process.env, LANTERN_BUILD_ID: buildId },
    },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}

build('dist', 'test-a');
build('dist-next', 'test-b');
