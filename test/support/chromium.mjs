// Debian's Chromium for every browser test (web-test-runner, e2e, consumers): where it is and the
// flags it needs as root on a machine without internet (see ../shared/TOOLCHAIN.md).
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];
