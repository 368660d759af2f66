// npm run build: the npm build (ES modules + types), the script-tag build, the manifest and
// what is generated from it (JSX types, VS Code and JetBrains data), and dist/integrity.json:
// the SRI hash a municipality pins in its embed snippet, for each classic script (the loader's
// parts in dist/parts/ carry theirs inside the loader).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { integrityOf } from './integrity.mjs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('npx', ['vite', 'build', '--mode', 'embed', '--logLevel', 'warn']);
run('npx', ['vite', 'build', '--mode', 'lazy', '--logLevel', 'warn']);
run('node', ['scripts/build-parts.mjs']); // the loader dist/digione-widgets.js and dist/parts/
run('node', ['scripts/build-embed.mjs']); // the iframe embed (dist/embed/) and its resizer; needs digione-widgets.js
run('npx', ['custom-elements-manifest', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);

const scripts = ['digione-widgets.js', 'digione-widgets-all.js', 'digione-lazy.js', 'digione-embed-resizer.js'];
const integrity = Object.fromEntries(scripts.map((file) => [file, integrityOf(`dist/${file}`)]));
writeFileSync('dist/integrity.json', `${JSON.stringify(integrity, null, 2)}\n`);
for (const [file, hash] of Object.entries(integrity)) console.log(`dist/${file}  integrity="${hash}"`);
run('node', ['scripts/build-builder.mjs']);
run('node', ['scripts/build-wordpress.mjs']);
