// npm run build: the npm build (ES modules + types), the script-tag build, the manifest,
// and the SRI hash a municipality pins in its embed snippet.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('npx', ['vite', 'build', '--mode', 'embed', '--logLevel', 'warn']);
run('npx', ['vite', 'build', '--mode', 'lazy', '--logLevel', 'warn']);
run('npx', ['custom-elements-manifest', 'analyze', '--litelement', '--globs', 'src/**/*.ts', '--exclude', 'src/data/**', '--outdir', 'dist', '--quiet']);

for (const file of ['dist/digione-widgets.js', 'dist/digione-lazy.js']) {
  const bundle = readFileSync(file);
  const integrity = `sha384-${createHash('sha384').update(bundle).digest('base64')}`;
  console.log(`${file}  ${bundle.length} bytes  integrity="${integrity}"`);
}
