import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { html as litHtml, type TemplateResult } from 'lit';
import { DigiOneElement } from '../../src/core/element.js';
import { defineElement } from '../../src/core/define.js';
import { configure } from '../../src/core/config.js';
import { addResources, i18n } from '../../src/core/i18n.js';
import { baseStyles, controlStyles, TOKENS } from '../../src/core/theme.js';
import { VERSION } from '../../src/core/version.js';
import { DigiOneEventCard } from '../../src/event-card/event-card.js';
import '../../src/define.js';

/** A minimal widget on the base class: greets, and shows its endpoint check. */
class TestGreeting extends DigiOneElement {
  static override styles = [baseStyles, controlStyles];
  static override namespace = 'test-greeting';
  static override strings = { fi: { hello: 'Hei' }, sv: { hello: 'Hej' }, en: { hello: 'Hello' } };
  override render(): TemplateResult {
    const endpoint = this.resolveEndpoint(this.getAttribute('endpoint'));
    return litHtml`<p part="greeting">${this.t('hello')}</p>
      ${endpoint.ok ? litHtml`<p class="ok">${endpoint.url}</p>` : litHtml`<p class="refused">${this.t('common:endpointMissing')}</p>`}
      <button class="button" type="button">${this.t('hello')}</button>`;
  }
}
defineElement('test-greeting', TestGreeting, VERSION);

const text = (el: Element) => el.shadowRoot!.querySelector('[part="greeting"]')!.textContent;
const settle = async (el: DigiOneElement) => {
  await nextFrame(); // the shared MutationObserver runs in a microtask, then Lit updates
  await el.updateComplete;
};

describe('DigiOneElement language', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
    configure({ locale: '' });
  });

  it('uses its own lang, then the closest ancestor, then <html lang>, then fi', async () => {
    document.documentElement.lang = 'en';
    const own = await fixture<TestGreeting>(html`<div lang="sv"><test-greeting lang="fi"></test-greeting></div>`);
    expect(text(own.querySelector('test-greeting')!)).to.equal('Hei');
    const ancestor = await fixture(
      html`<div lang="sv-FI">
        <section><test-greeting></test-greeting></section>
      </div>`,
    );
    expect(text(ancestor.querySelector('test-greeting')!)).to.equal('Hej');
    const page = await fixture(html`<test-greeting></test-greeting>`);
    expect(text(page)).to.equal('Hello');
    document.documentElement.removeAttribute('lang');
    const none = await fixture<TestGreeting>(html`<test-greeting></test-greeting>`);
    expect(text(none)).to.equal('Hei');
  });

  it('falls back to Finnish for an unsupported language', async () => {
    const el = await fixture<TestGreeting>(html`<test-greeting lang="de"></test-greeting>`);
    expect(el.language).to.equal('fi');
    expect(text(el)).to.equal('Hei');
  });

  it('re-renders when its own, an ancestor’s or the page’s lang changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><test-greeting></test-greeting></div>`);
    const el = wrapper.querySelector<TestGreeting>('test-greeting')!;
    expect(text(el)).to.equal('Hello');
    document.documentElement.lang = 'fi';
    await settle(el);
    expect(text(el)).to.equal('Hei');
    wrapper.lang = 'sv';
    await settle(el);
    expect(text(el)).to.equal('Hej');
    el.setAttribute('lang', 'en-GB');
    await settle(el);
    expect(text(el)).to.equal('Hello');
  });

  it('takes the page-wide locale from configure() before <html lang>', async () => {
    configure({ locale: 'sv' });
    const el = await fixture<TestGreeting>(html`<test-greeting></test-greeting>`);
    expect(text(el)).to.equal('Hej');
  });

  it('re-renders when strings are added', async () => {
    const el = await fixture<TestGreeting>(html`<test-greeting lang="fi"></test-greeting>`);
    addResources('fi', 'test-greeting', { hello: 'Terve' });
    await el.updateComplete;
    expect(text(el)).to.equal('Terve');
    addResources('fi', 'test-greeting', { hello: 'Hei' });
  });

  it('uses one i18next instance on a Symbol.for key, not the page’s', () => {
    expect((globalThis as Record<symbol, unknown>)[Symbol.for('digione-widgets.i18n')]).to.equal(i18n);
  });
});

describe('DigiOneElement events', () => {
  it('emit() dispatches a bubbling, composed CustomEvent', async () => {
    const el = await fixture<TestGreeting>(html`<test-greeting></test-greeting>`);
    setTimeout(() => el.emit('digione-calendar-add', { service: 'ics' }));
    const event = await oneEvent(document, 'digione-calendar-add');
    expect(event.detail).to.deep.equal({ service: 'ics' });
    expect(event.bubbles && event.composed).to.equal(true);
  });
  it('emit() reports a cancelled event', async () => {
    const el = await fixture<TestGreeting>(html`<test-greeting></test-greeting>`);
    el.addEventListener('digione-submitted', (e) => e.preventDefault(), { once: true });
    expect(el.emit('digione-submitted', { id: 'x', status: 200 }, { cancelable: true })).to.equal(false);
  });
  it('emit() takes only the library’s events, each with its own detail', () => {
    const el = document.createElement('test-greeting') as TestGreeting;
    // @ts-expect-error an event the library does not fire
    el.emit('digione-test', { a: 1 });
    // @ts-expect-error the detail of another event
    el.emit('digione-queued', { service: 'ics' });
  });
});

describe('defineElement', () => {
  let warnings: unknown[][];
  const original = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(() => {
    console.warn = original;
  });

  it('is a quiet no-op for the same version', () => {
    class Again extends DigiOneEventCard {}
    expect(() => defineElement('digione-event-card', Again, VERSION)).not.to.throw();
    expect(warnings).to.have.length(0);
    expect(customElements.get('digione-event-card')).to.equal(DigiOneEventCard);
  });

  it('warns once for another version and never throws', () => {
    class Other extends DigiOneEventCard {
      static override readonly digioneVersion = '9.9.9';
    }
    expect(() => {
      defineElement('digione-event-card', Other, '9.9.9');
      defineElement('digione-join-form', Other, '9.9.9');
      defineElement('digione-readiness-checker', Other, '9.9.9');
    }).not.to.throw();
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.include('9.9.9').and.include(VERSION);
    expect(customElements.get('digione-event-card')).to.equal(DigiOneEventCard);
  });
});

describe('endpoint resolution', () => {
  let errors: unknown[][];
  const original = console.error;
  beforeEach(() => {
    errors = [];
    console.error = (...args: unknown[]) => errors.push(args);
  });
  afterEach(() => {
    console.error = original;
    configure({ endpoint: '' });
  });

  it('takes the attribute, else configure({ endpoint })', async () => {
    configure({ endpoint: '/api/submissions' });
    const configured = await fixture<TestGreeting>(html`<test-greeting></test-greeting>`);
    expect(configured.shadowRoot!.querySelector('.ok')!.textContent).to.equal(new URL('/api/submissions', location.href).href);
    const own = await fixture<TestGreeting>(html`<test-greeting endpoint="https://vastaanotto.example.fi/x"></test-greeting>`);
    expect(own.shadowRoot!.querySelector('.ok')!.textContent).to.equal('https://vastaanotto.example.fi/x');
  });

  it('refuses clear-text http with a console error naming the element and the attribute', async () => {
    const el = await fixture<TestGreeting>(html`<test-greeting endpoint="http://vastaanotto.example.fi/x"></test-greeting>`);
    expect(el.shadowRoot!.querySelector('.refused')).to.exist;
    expect(errors).to.have.length(1);
    expect(String(errors[0][0])).to.include('<test-greeting>').and.include('endpoint');
  });
});

describe('theme', () => {
  it('takes token overrides from the host page', async () => {
    const style = document.createElement('style');
    style.textContent = 'test-greeting.themed { --digione-color-primary: rgb(1, 2, 3); --digione-font-family: Georgia; }';
    document.head.append(style);
    const el = await fixture<TestGreeting>(html`<test-greeting class="themed"></test-greeting>`);
    const button = el.shadowRoot!.querySelector('button')!;
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(button).fontFamily).to.equal('Georgia');
    style.remove();
  });

  it('is accessible', async () => {
    const el = await fixture<TestGreeting>(html`<test-greeting endpoint="/x"></test-greeting>`);
    await expect(el).to.be.accessible();
  });
});

describe('theme tokens on a widget', () => {
  it('every widget host has each token of core/tokens.ts at its default', async () => {
    for (const tag of ['digione-event-card', 'digione-join-form', 'digione-readiness-checker']) {
      const el = document.createElement(tag) as DigiOneElement;
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      await el.updateComplete;
      const style = getComputedStyle(el);
      for (const [name, value] of Object.entries(TOKENS)) expect(style.getPropertyValue(name).trim(), `${tag} ${name}`).to.equal(value);
    }
  });
});
