import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Counts passed and failed tests of a web-test-runner run into a JSON file for the summary line. */
export function countReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      const walk = (suite) => {
        for (const test of suite.tests ?? []) {
          if (test.skipped) continue;
          if (test.passed) passed += 1;
          else failed += 1;
        }
        for (const child of suite.suites ?? []) walk(child);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        // a file that failed to load or threw outside a test counts as one failure
        if (!session.passed && (session.errors?.length ?? 0) > 0) failed += 1;
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify({ passed, failed }));
    },
  };
}
