/**
 * Under the script tag's loader a widget's strings come one language at a time (issue 10):
 * core/i18n.ts asks the loader for a language through the shared strings source, and the
 * element shows nothing before its language is here, and keeps its old text while a new
 * language is on its way. Never a raw key.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { customElement } from 'lit/decorators.js';
import { html as litHtml } from 'lit';
import { DigiOneElement } from '../../src/core/element.js';
import { addBuiltinStrings } from '../../src/core/i18n.js';
import type { Language } from '../../src/core/language.js';

@customElement('test-strings-per-language')
class TestStringsPerLanguage extends DigiOneElement {
  static override namespace = 'test-per-language';
  override render() {
    return litHtml`<p>${this.t('greeting')}</p>`;
  }
}

const source = (globalThis as unknown as Record<symbol, { load?: (language: Language, namespace: string) => void }>)[
  Symbol.for('digione-widgets.strings-source')
];
const text = (el: HTMLElement) => el.shadowRoot?.textContent?.trim() ?? '';

describe('strings that arrive one language at a time (the loader)', () => {
  const asked: string[] = [];
  before(() => {
    source.load = (language, namespace) => void asked.push(`${namespace}.${language}`);
    // common strings of every language are here already (the component tests register them)
  });
  after(() => {
    delete source.load;
  });

  it('shows nothing until its language arrives, then renders; a switch keeps the old text until the new one is here', async () => {
    const el = await fixture<TestStringsPerLanguage>(html`<test-strings-per-language lang="fi"></test-strings-per-language>`);
    await nextFrame();
    expect(asked).to.include('test-per-language.fi');
    expect(text(el)).to.equal('');
    expect(el.hasUpdated).to.equal(false);

    addBuiltinStrings('fi', 'test-per-language', { greeting: 'Hei' });
    await nextFrame();
    await el.updateComplete;
    expect(text(el)).to.equal('Hei');

    el.lang = 'sv';
    await nextFrame();
    await el.updateComplete;
    expect(asked).to.include('test-per-language.sv');
    expect(text(el), 'the Finnish text stays while Swedish is on its way').to.equal('Hei');

    addBuiltinStrings('sv', 'test-per-language', { greeting: 'Hej' });
    await nextFrame();
    await el.updateComplete;
    expect(text(el)).to.equal('Hej');
    expect(el.language).to.equal('sv');
  });
});
