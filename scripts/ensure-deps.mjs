// Runs before `npm start` and `npm test` (npm's prestart/pretest): on a fresh clone it installs
// the dependencies from the lock file, so those two commands are all a newcomer types. For the
// tests it also checks that a Chromium is there, and says how to get one when it is not.
import { existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const installed = 'node_modules/.package-lock.json';
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync('package-lock.json').mtimeMs) {
  console.log('Installing dependencies (npm ci) …');
  const run = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

if (process.argv.includes('--browser')) {
  const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chrome)) {
    console.error(
      `No Chromium at ${chrome}. The tests run in headless Chromium:\n` +
        '  Debian/Ubuntu: sudo apt-get install -y chromium\n' +
        '  elsewhere: set CHROME_PATH to a Chrome or Chromium binary.',
    );
    process.exit(1);
  }
}
