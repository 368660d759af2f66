import { expect } from '@open-wc/testing';
import { createRegistry } from '../../src/loader/registry.js';

describe('the loader’s registry of parts', () => {
  it('runs nothing at define; require runs a part once, after the parts it requires, and hands out its exports', () => {
    const registry = createRegistry();
    const ran: string[] = [];
    registry.define('shared-1.js', (_require, _module, exports) => {
      ran.push('shared');
      Object.assign(exports, { answer: 42 });
    });
    registry.define('card-1.js', (require, module) => {
      const shared = require('./shared-1.js') as { answer: number };
      ran.push('card');
      module.exports = { doubled: shared.answer * 2 };
    });
    expect(ran).to.deep.equal([]);
    expect(registry.has('card-1.js')).to.equal(true);
    expect(registry.require('card-1.js')).to.deep.equal({ doubled: 84 });
    expect(registry.require('./card-1.js')).to.deep.equal({ doubled: 84 });
    expect(ran).to.deep.equal(['shared', 'card']);
  });

  it('a part defined twice keeps the first; a part that has not arrived is a clear error', () => {
    const registry = createRegistry();
    registry.define('a.js', (_r, module) => void (module.exports = { first: true }));
    registry.define('a.js', (_r, module) => void (module.exports = { first: false }));
    expect(registry.require('a.js')).to.deep.equal({ first: true });
    expect(() => registry.require('./missing.js')).to.throw('the part missing.js has not arrived');
    expect(registry.has('missing.js')).to.equal(false);
  });
});
