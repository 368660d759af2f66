// The script tag's guard, around the loader and the all-in-one file: a second copy on the page
// (pasted twice, or another version) must not even start, since Lit's Trusted Types policy
// "lit-html" can be created only once under a strict CSP. The same version returns quietly;
// another one warns once, as the define guard does.
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

export const onceOnPage = {
  banner: `(function(){var k=Symbol.for("digione-widgets.bundle"),g=globalThis,v=${JSON.stringify(version)},o=g[k];if(o){if(o!==v)console.warn("digione-widgets "+v+" is loaded on a page that already has version "+o+"; the first one stays in use. Load the script once.");return}g[k]=v;`,
  footer: '})();',
};
