import { expect, fixture, html } from '@open-wc/testing';
import { elementLanguage } from '../../src/core/language.js';

describe('elementLanguage (the elements and the loader decide alike)', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'fi'));

  it('own lang, then the closest ancestor’s across a shadow root, then configured, then <html lang>', async () => {
    document.documentElement.setAttribute('lang', 'en-GB');
    const outer = await fixture<HTMLDivElement>(
      html`<div lang="sv-FI">
        <p></p>
        <span lang="en"></span><span lang="de"></span>
      </div>`,
    );
    expect(elementLanguage(outer.querySelector('p')!, 'en')).to.equal('sv');
    expect(elementLanguage(outer.querySelector('[lang="en"]')!, undefined)).to.equal('en');
    expect(elementLanguage(outer.querySelector('[lang="de"]')!, undefined), 'unsupported: Finnish').to.equal('fi');

    const host = await fixture<HTMLDivElement>(html`<div lang="sv"></div>`);
    const inner = document.createElement('b');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(elementLanguage(inner, undefined), 'crosses the shadow root to its host').to.equal('sv');

    const plain = await fixture<HTMLDivElement>(html`<div></div>`);
    expect(elementLanguage(plain, 'sv'), 'configured wins over <html lang>').to.equal('sv');
    expect(elementLanguage(plain, undefined)).to.equal('en');
  });
});
