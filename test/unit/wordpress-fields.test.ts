import { expect } from '@open-wc/testing';
import { attributeName, fieldKind, problem } from '../../wordpress/digione-widgets/src/fields.js';

const site = 'https://www.kunta.example/digione/';

describe('WordPress block sidebar: attribute names and the widgets’ rules', () => {
  it('names block attributes as the element’s attributes', () => {
    expect(['privacyUrl', 'headingLevel', 'noDraft', 'eventId', 'timeZone', 'src'].map(attributeName)).to.deep.equal([
      'privacy-url',
      'heading-level',
      'no-draft',
      'event-id',
      'time-zone',
      'src',
    ]);
  });

  it('flags the endpoints a widget refuses and accepts the ones it takes', () => {
    for (const ok of [
      'https://vastaanotto.example.fi/api/submissions',
      '/api/submissions',
      'http://127.0.0.1:8080/api',
      'http://localhost/api',
      '//elsewhere.example/api',
    ]) {
      expect(problem('endpoint', ok, site), ok).to.equal(undefined);
    }
    for (const bad of ['http://vastaanotto.example.fi/api', 'javascript:alert(1)', 'ftp://x.example/']) {
      expect(problem('endpoint', bad, site), bad).to.equal('endpoint');
    }
  });

  it('takes each field’s kind from the catalogue', () => {
    expect(fieldKind('digione/join-form', 'privacyUrl')).to.equal('link');
    expect(fieldKind('digione/event-card', 'src')).to.equal('fetch');
    expect(fieldKind('digione/event-card', 'timeZone')).to.equal('time-zone');
    expect(fieldKind('digione/join-form', 'noDraft')).to.equal('boolean');
    expect(() => fieldKind('digione/join-form', 'heading')).to.throw();
  });

  it('flags links that are not http(s) or a path', () => {
    for (const kind of ['link', 'fetch'] as const) {
      expect(problem(kind, '/tietosuoja', site)).to.equal(undefined);
      expect(problem(kind, 'https://www.kunta.example/tietosuoja', site)).to.equal(undefined);
      expect(problem(kind, 'javascript:alert(1)', site)).to.equal('url');
      expect(problem(kind, 'data:text/html,x', site)).to.equal('url');
    }
  });

  it('flags dates the event card cannot read', () => {
    for (const ok of ['2026-09-15', '2026-09-15T09:00', '2026-09-15T06:00:00Z', '2026-09-15T09:00+03:00']) {
      expect(problem('date', ok, site), ok).to.equal(undefined);
    }
    for (const bad of ['15.9.2026', '2026-02-30', '2026-09-15T25:00', 'huomenna']) {
      expect(problem('date', bad, site), bad).to.equal('date');
    }
  });

  it('leaves empty values and other kinds alone', () => {
    expect(problem('endpoint', '', site)).to.equal(undefined);
    expect(problem('link', undefined, site)).to.equal(undefined);
    expect(problem('text', 'javascript:alert(1)', site)).to.equal(undefined);
    expect(problem('date', '2026-09-15T09:00', site, 'Mars/Olympus')).to.equal(undefined);
  });
});
