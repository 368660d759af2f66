// A node:test reporter that counts leaf tests into a JSON file (for the suite's closing line).
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export default async function* countReporter(source) {
  const file = process.env.COUNT_FILE ?? '.test-results/node.json';
  let passed = 0;
  let failed = 0;
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') {
      // a suite fails on its own only when a hook or its body threw outside the tests
      if (event.type === 'test:fail' && event.data.details?.error?.failureType !== 'subtestsFailed') failed += 1;
      continue;
    }
    if (event.data.skip || event.data.todo) continue;
    if (event.type === 'test:pass') passed += 1;
    else failed += 1;
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ passed, failed }));
  yield '';
}
