import { expect } from '@open-wc/testing';
import {
  ATTRIBUTES,
  attributeProblem,
  attributeProblems,
  baseOf,
  cdnScriptUrl,
  changedColours,
  chosenScriptUrl,
  COLOUR_TOKENS,
  elementMarkup,
  embedUrl,
  escapeHtml,
  iframeSnippet,
  leavesOut,
  scriptSnippet,
  snippetAttributes,
  tokenCss,
} from '../../demo/builder/snippet.js';
import { TOKENS } from '../../src/core/tokens.js';

const endpoint = 'https://vastaanotto.example.fi/api/submissions';
const spec = (widget: keyof typeof ATTRIBUTES, name: string) => ATTRIBUTES[widget].find((a) => a.name === name)!;

describe('snippet builder: attributes under the widgets’ rules', () => {
  it('offers every attribute of each element', () => {
    const names = (widget: keyof typeof ATTRIBUTES) => ATTRIBUTES[widget].map((a) => a.name);
    expect(names('join-form')).to.have.members(['endpoint', 'privacy-url', 'municipality', 'no-draft', 'lang']);
    expect(names('readiness-checker')).to.have.members(['endpoint', 'privacy-url', 'municipality', 'src', 'heading-level', 'lang']);
    expect(names('event-card')).to.include.members(['heading', 'start', 'end', 'time-zone', 'online-url', 'registration-url', 'event-id', 'src', 'endpoint']);
  });

  it('refuses what the widget refuses: endpoints, links, dates, time zones, municipalities', () => {
    const values = { endpoint: 'http://vastaanotto.example.fi/api', 'privacy-url': 'javascript:alert(1)' };
    expect(attributeProblems('join-form', values).map((p) => [p.attribute.name, p.problem])).to.deep.equal([
      ['endpoint', 'endpoint'],
      ['privacy-url', 'url'],
    ]);
    expect(attributeProblem(spec('join-form', 'endpoint'), { endpoint: '' })).to.equal('required');
    expect(attributeProblem(spec('join-form', 'endpoint'), { endpoint: '/api/submissions' })).to.equal(undefined);
    expect(attributeProblem(spec('join-form', 'endpoint'), { endpoint: 'http://127.0.0.1:8080/api' })).to.equal(undefined);
    expect(attributeProblem(spec('event-card', 'start'), { start: '15.9.2026' })).to.equal('date');
    expect(attributeProblem(spec('event-card', 'start'), { start: '2026-09-15T09:00' })).to.equal(undefined);
    expect(attributeProblem(spec('event-card', 'time-zone'), { 'time-zone': 'Mars/Olympus' })).to.equal('timeZone');
    expect(attributeProblem(spec('event-card', 'time-zone'), { 'time-zone': 'Europe/Stockholm' })).to.equal(undefined);
    expect(attributeProblem(spec('join-form', 'municipality'), { municipality: 'Esbo' })).to.equal(undefined);
    expect(attributeProblem(spec('join-form', 'municipality'), { municipality: 'Atlantis' })).to.equal('municipality');
    expect(attributeProblem(spec('event-card', 'endpoint'), {})).to.equal(undefined); // optional there
  });

  it('puts only accepted, filled values in the snippet; a municipality as its code, a boolean bare', () => {
    const attributes = snippetAttributes('join-form', {
      endpoint: ` ${endpoint} `,
      'privacy-url': 'javascript:alert(1)',
      municipality: 'Espoo',
      'no-draft': 'on',
      lang: '',
      heading: 'not a join form attribute',
    });
    expect(attributes).to.deep.equal([
      ['endpoint', endpoint],
      ['municipality', '049'],
      ['no-draft', ''],
    ]);
  });
});

describe('snippet builder: the snippets', () => {
  it('escapes attribute values so nothing can end the attribute or open a tag', () => {
    expect(escapeHtml('"><script>alert(1)</script>&')).to.equal('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;');
    expect(
      elementMarkup('event-card', [
        ['heading', 'Tietoisku "DigiOne" <b>'],
        ['start', '2026-09-15T09:00'],
      ]),
    ).to.equal('<digione-event-card heading="Tietoisku &quot;DigiOne&quot; &lt;b&gt;" start="2026-09-15T09:00"></digione-event-card>');
    expect(elementMarkup('join-form', [['no-draft', '']])).to.equal('<digione-join-form no-draft></digione-join-form>');
  });

  it('writes a <style> with only the colours that changed, and only hex colours', () => {
    expect(COLOUR_TOKENS).to.include('--digione-color-primary');
    expect(COLOUR_TOKENS.every((token) => token.startsWith('--digione-color-'))).to.equal(true);
    const changed = changedColours({
      ...TOKENS,
      '--digione-color-primary': '#00507A',
      '--digione-color-text': '#1B1F24',
      '--digione-color-border': 'red;}</style>',
    });
    expect(changed).to.deep.equal([['--digione-color-primary', '#00507a']]);
    expect(tokenCss('join-form', changed)).to.equal('digione-join-form {\n  --digione-color-primary: #00507a;\n}');
    expect(tokenCss('join-form', [])).to.equal('');
  });

  it('pins the script with its integrity and links to the iframe embed in <noscript>', () => {
    const scriptUrl = cdnScriptUrl('0.1.0');
    expect(scriptUrl).to.equal('https://cdn.jsdelivr.net/npm/digione-widgets@0.1.0/dist/digione-widgets.js');
    expect(baseOf(scriptUrl)).to.equal('https://cdn.jsdelivr.net/npm/digione-widgets@0.1.0/dist');
    const attributes: Array<[string, string]> = [
      ['endpoint', endpoint],
      ['no-draft', ''],
    ];
    const snippet = scriptSnippet({
      widget: 'join-form',
      attributes,
      colours: [['--digione-color-primary', '#00507a']],
      scriptUrl,
      integrity: 'sha384-abc',
      fallbackText: 'DigiOne: liittymislomake (avautuu omalle sivulleen)',
    });
    expect(snippet).to.equal(
      [
        `<script src="${scriptUrl}" integrity="sha384-abc" crossorigin="anonymous" defer></script>`,
        '<style>\ndigione-join-form {\n  --digione-color-primary: #00507a;\n}\n</style>',
        `<digione-join-form endpoint="${endpoint}" no-draft></digione-join-form>`,
        '<noscript><a href="https://cdn.jsdelivr.net/npm/digione-widgets@0.1.0/dist/embed/index.html?widget=join-form&amp;endpoint=https%3A%2F%2Fvastaanotto.example.fi%2Fapi%2Fsubmissions&amp;no-draft=1">DigiOne: liittymislomake (avautuu omalle sivulleen)</a></noscript>',
      ].join('\n'),
    );
  });

  it('writes the iframe snippet of CONTRACT-16, from the script’s folder', () => {
    const src = embedUrl('https://www.kunta.fi/digione/dist', 'event-card', [['heading', 'Tietoisku & kahvit']]);
    expect(src).to.equal('https://www.kunta.fi/digione/dist/embed/index.html?widget=event-card&heading=Tietoisku+%26+kahvit');
    expect(
      iframeSnippet({
        widget: 'event-card',
        attributes: [['heading', 'Tietoisku & kahvit']],
        scriptUrl: 'https://www.kunta.fi/digione/dist/digione-widgets.js',
        title: 'DigiOne: "infotilaisuus"',
      }),
    ).to.equal(
      '<iframe src="https://www.kunta.fi/digione/dist/embed/index.html?widget=event-card&amp;heading=Tietoisku+%26+kahvit" title="DigiOne: &quot;infotilaisuus&quot;" width="100%" height="900" loading="lazy"></iframe>',
    );
  });
});

describe('snippet builder: what the snippet takes', () => {
  it('loads the script from the editor’s own URL only when chosen and fetchable, else the pinned CDN copy', () => {
    const own = 'https://www.kunta.fi/digione/dist/digione-widgets.js';
    expect(chosenScriptUrl({ 'script-location': 'own', 'script-url': ` ${own} ` }, '1.2.3')).to.equal(own);
    expect(chosenScriptUrl({ 'script-location': 'own', 'script-url': 'javascript:alert(1)' }, '1.2.3')).to.equal(cdnScriptUrl('1.2.3'));
    expect(chosenScriptUrl({ 'script-location': 'cdn', 'script-url': own }, '1.2.3')).to.equal(cdnScriptUrl('1.2.3'));
  });

  it('says when it leaves out what the editor typed: a refused value, a colour that is not hex, a municipality not chosen', () => {
    const colours = Object.fromEntries(COLOUR_TOKENS.map((token) => [token, '#123456']));
    const good = { ...colours, endpoint, 'privacy-url': 'https://www.kunta.fi/tietosuoja' };
    expect(leavesOut('join-form', good)).to.equal(false);
    expect(leavesOut('join-form', { ...good, endpoint: 'javascript:alert(1)' })).to.equal(true);
    expect(leavesOut('join-form', { ...good, [COLOUR_TOKENS[0]]: 'red;}' })).to.equal(true);
    expect(leavesOut('join-form', good, 'Espo')).to.equal(true);
    expect(leavesOut('join-form', { ...good, municipality: '049' }, 'Espoo')).to.equal(false);
  });
});
