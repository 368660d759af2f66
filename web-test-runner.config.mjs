import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { countReporter } from './scripts/wtr-count-reporter.mjs';
import { testPlugins } from './test/support/plugins.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './test/support/chromium.mjs';

/** Unit and component tests in headless Debian Chromium (see ../shared/TOOLCHAIN.md). */
export default {
  files: ['test/unit/**/*.test.ts', 'test/component/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 600000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }), ...testPlugins()],
  reporters: [defaultReporter(), countReporter('.test-results/wtr.json')],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
};
