import { expect } from '@open-wc/testing';
import { acceptedValue, WIDGET_ATTRIBUTES } from '../../src/attributes.js';
import { readEmbedQuery } from '../../src/iframe/query.js';
import { heightMessage, isHeightMessage } from '../../src/iframe/height-message.js';
import { EMBED_STRINGS, widgetProblem } from '../../src/iframe/messages.js';

const base = 'https://cdn.jsdelivr.net/npm/digione-widgets@0.1.0/dist/embed/index.html';
const read = (query: Record<string, string> | string) => readEmbedQuery(typeof query === 'string' ? query : `?${new URLSearchParams(query).toString()}`, base);

describe('the iframe embed’s query', () => {
  it('names the widget and sets the attributes the element accepts, in the query’s order', () => {
    const request = read({
      widget: 'join-form',
      endpoint: 'https://vastaanotto.example.fi/api/submissions',
      'privacy-url': 'https://www.kunta.example/tietosuoja',
      lang: 'sv-FI',
      municipality: 'esbo',
      'no-draft': '',
    });
    expect(request).to.deep.equal({
      ok: true,
      widget: 'join-form',
      tag: 'digione-join-form',
      language: 'sv',
      attributes: [
        ['endpoint', 'https://vastaanotto.example.fi/api/submissions'],
        ['privacy-url', 'https://www.kunta.example/tietosuoja'],
        ['lang', 'sv'],
        ['municipality', '049'],
        ['no-draft', ''],
      ],
      refused: [],
    });
  });

  it('drops what the element would refuse: javascript: and data: URLs, http on the open network, unknown municipalities', () => {
    const request = read({
      widget: 'join-form',
      endpoint: 'javascript:alert(1)',
      'privacy-url': 'data:text/html,<script>alert(1)</script>',
      municipality: '<img src=x onerror=alert(1)>',
      'no-draft': 'maybe',
    });
    expect(request.ok && request.attributes).to.deep.equal([]);
    expect(request.ok && request.refused).to.deep.equal(['endpoint', 'privacy-url', 'municipality', 'no-draft']);
    const insecure = read({ widget: 'join-form', endpoint: 'http://vastaanotto.example.fi/api' });
    expect(insecure.ok && insecure.refused).to.deep.equal(['endpoint']);
  });

  it('ignores parameters that are not attributes of the widget, and repeated ones after the first', () => {
    const request = read('?widget=event-card&onload=alert(1)&style=display:none&municipality=091&heading=Eka&heading=Toka&no-draft=1');
    expect(request.ok && request.attributes).to.deep.equal([['heading', 'Eka']]);
    expect(request.ok && request.refused).to.deep.equal([]);
  });

  it('passes text as text: markup in a heading is a value for setAttribute, never parsed', () => {
    const request = read({ widget: 'event-card', heading: '<img src=x onerror=alert(1)>', description: 'Rivi\n<b>ei</b>' });
    expect(request.ok && request.attributes).to.deep.equal([
      ['heading', '<img src=x onerror=alert(1)>'],
      ['description', 'Rivi\n<b>ei</b>'],
    ]);
  });

  it('checks the event card’s dates in its time zone, and its links, heading level and time zone', () => {
    const request = read({
      widget: 'event-card',
      start: '2026-09-15T09:00',
      end: '2026-02-30',
      'time-zone': 'Mars/Olympus',
      'online-url': 'https://teams.example/meet',
      'registration-url': 'javascript:alert(1)',
      'heading-level': '1',
      src: 'ftp://x.example/event.json',
    });
    expect(request.ok && request.attributes).to.deep.equal([
      ['start', '2026-09-15T09:00'],
      ['online-url', 'https://teams.example/meet'],
    ]);
    expect(request.ok && request.refused).to.deep.equal(['end', 'time-zone', 'registration-url', 'heading-level', 'src']);
  });

  it('resolves relative URLs against the embed page, as the element resolves them against its page', () => {
    const request = read({ widget: 'readiness-checker', endpoint: '/api/submissions', src: 'kysely.json', 'heading-level': '9' });
    expect(request.ok && request.attributes).to.deep.equal([
      ['endpoint', 'https://cdn.jsdelivr.net/api/submissions'],
      ['src', 'https://cdn.jsdelivr.net/npm/digione-widgets@0.1.0/dist/embed/kysely.json'],
      ['heading-level', '6'],
    ]);
  });

  it('says why there is no widget, in the query’s language (Finnish by default)', () => {
    expect(read('')).to.deep.equal({ ok: false, reason: 'widget-missing', widget: '', language: 'fi' });
    expect(read({ widget: 'map', lang: 'en' })).to.deep.equal({ ok: false, reason: 'widget-unknown', widget: 'map', language: 'en' });
    expect(read({ widget: 'constructor' }).ok).to.equal(false);
    expect(read({ widget: '__proto__' }).ok).to.equal(false);
    expect(widgetProblem('widget-missing', '', 'fi')).to.match(/^Upotusosoitteesta puuttuu widget/);
    expect(widgetProblem('widget-unknown', '<b>map</b>', 'sv')).to.equal(
      'Inbäddningsadressens widget ”<b>map</b>” är okänd. Använd widget=join-form, widget=event-card eller widget=readiness-checker.',
    );
  });

  it('has a title in fi, sv and en for every widget', () => {
    for (const strings of Object.values(EMBED_STRINGS)) expect(Object.keys(strings.titles).sort()).to.deep.equal(Object.keys(WIDGET_ATTRIBUTES).sort());
  });

  it('rules out a value kind by kind (acceptedValue)', () => {
    expect(acceptedValue('link', 'mailto:digione@kunta.example', base)).to.equal('mailto:digione@kunta.example');
    expect(acceptedValue('fetch', 'mailto:digione@kunta.example', base)).to.equal(undefined);
    expect(acceptedValue('endpoint', 'http://127.0.0.1:8787/api/submissions', base)).to.equal('http://127.0.0.1:8787/api/submissions');
    expect(acceptedValue('date', '2026-09-15T09:00+03:00', base)).to.equal('2026-09-15T09:00+03:00');
    expect(acceptedValue('lang', 'de', base)).to.equal(undefined);
    expect(acceptedValue('boolean', 'true', base)).to.equal('');
  });
});

describe('the height message', () => {
  it('has the documented shape, a whole number of pixels', () => {
    expect(heightMessage('join-form', 811.2)).to.deep.equal({ type: 'digione-embed-height', widget: 'join-form', height: 812 });
  });

  it('is told apart from other messages on the window', () => {
    expect(isHeightMessage({ type: 'digione-embed-height', widget: 'join-form', height: 812 })).to.equal(true);
    for (const other of [
      null,
      'digione-embed-height',
      { type: 'digione-embed-height', widget: 'join-form', height: '812' },
      { type: 'digione-embed-height', widget: 'join-form', height: 81.5 },
      { type: 'digione-embed-height', widget: 'join-form', height: -1 },
      { type: 'digione-embed-height', widget: 'join-form', height: 1e9 },
      { type: 'digione-embed-height', height: 812 },
      { type: 'resize', widget: 'join-form', height: 812 },
    ]) {
      expect(isHeightMessage(other), JSON.stringify(other)).to.equal(false);
    }
  });
});
