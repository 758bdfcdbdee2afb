// Builds what the browser tests serve: dist/ (the app) and dist-next/ (the same
// app with another build id, which the update test deploys over it), and
// dist-venue/ (the app trusting a throwaway venue key, for the venue poster test).
// The content build comes first: a fresh clone has no src/generated/ for vite to import.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function build(outDir, buildId, env = {}) {
  run('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    LANTERN_BUILD_ID: buildId,
    ...env,
  });
}

run('npm', ['run', '--silent', 'content:build']);
build('dist', 'test-a');
build('dist-next', 'test-b');

// The shipped key set is empty, so dist/ accepts no venue pack. The venue test needs one
// the app trusts: a key made here, never committed (.cache/ is ignored), fresh each run.
// A third build is the only honest way in: the keys are compiled into the app.
const venueKeys = '.cache/venue-test';
rmSync(venueKeys, { recursive: true, force: true });
run('npx', ['tsx', 'scripts/venue.ts', 'keygen', '--out', venueKeys, '--kid', 'e2e-test']);
build('dist-venue', 'test-venue', { LANTERN_VENUE_KEYS: `${venueKeys}/venue-keys.json` });
