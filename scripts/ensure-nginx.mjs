// Makes sure Debian's nginx is on the PATH for tests/e2e/nginx.spec.ts, which serves
// the build through deploy/nginx.conf. Installs the distribution package as root,
// or says exactly what to run. The test starts its own nginx; the system one is left alone.
import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// Debian puts nginx in /usr/sbin, which a normal user's PATH often lacks.
const onPath = spawnSync('nginx', ['-v'], { stdio: 'ignore' }).status === 0;

if (!onPath && !existsSync('/usr/sbin/nginx')) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(
      'nginx is missing. Install it with:\n  sudo apt-get update && sudo apt-get install -y nginx\nthen run npm test again.',
    );
    process.exit(1);
  }
  console.log('Installing Debian nginx for the deployment test (apt-get install -y nginx)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'nginx'], { stdio: 'inherit', env });
}
