/**
 * Plugins of the web-test-runner server: test fixtures under /test/fixtures are served as files
 * by the runner itself; servers that tests talk to (the collector, redirects, slow answers) are added here.
 */
import { collectorPlugin } from './collector-plugin.mjs';
import { redirectPlugin } from './redirect-plugin.mjs';
import { slowPlugin } from './slow-plugin.mjs';

export function testPlugins() {
  return [collectorPlugin(), redirectPlugin(), slowPlugin()];
}
