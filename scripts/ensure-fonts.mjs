// Makes sure Debian's Noto fonts are installed for the browser tests and the poster tool.
// The app downloads no web fonts: it relies on the phone's own, so the tests need fonts
// for every script Lantern speaks (Bengali, Devanagari, Arabic, Han…) or they would see
// tofu boxes where a phone shows words. Installs the distribution packages as root, or
// says exactly what to run. Never downloads a font from anywhere else.
import { execFileSync, spawnSync } from 'node:child_process';

const PACKAGES = ['fonts-noto-core', 'fonts-noto-cjk'];

/** Whether dpkg knows the package as installed (false when dpkg itself is missing). */
function isInstalled(name) {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.trim() === 'install ok installed';
}

const missing = PACKAGES.filter((name) => !isInstalled(name));
if (missing.length > 0) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(
      `Fonts for the browser tests are missing (${missing.join(', ')}). Install them with:\n` +
        `  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}\nthen run the tests again.`,
    );
    process.exit(1);
  }
  console.log(
    `Installing Debian fonts for the browser tests (apt-get install -y ${missing.join(' ')})…`,
  );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
  // Chromium reads fontconfig's cache: refresh it so the new fonts are seen at once.
  spawnSync('fc-cache', ['-f'], { stdio: 'ignore' });
}
