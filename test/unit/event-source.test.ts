import { expect } from '@open-wc/testing';
import { htmlToText, normaliseEvent, pickLanguage } from '../../src/event-card/event-source.js';

describe('pickLanguage', () => {
  it('takes the element’s language, then fi → en → sv, then any', () => {
    expect(pickLanguage({ fi: 'Hei', sv: 'Hej', en: 'Hello' }, 'sv')).to.equal('Hej');
    expect(pickLanguage({ sv: 'Hej', en: 'Hello' }, 'fi')).to.equal('Hello');
    expect(pickLanguage({ sv: 'Hej', fi: ' ' }, 'en')).to.equal('Hej');
    expect(pickLanguage({ ru: 'Привет' }, 'fi')).to.equal('Привет');
    expect(pickLanguage('plain', 'fi')).to.equal('plain');
    expect(pickLanguage(42, 'fi')).to.equal(undefined);
  });
});

describe('htmlToText', () => {
  it('keeps text and paragraph breaks, drops tags and scripts, decodes references', () => {
    expect(htmlToText('<p>Tervetuloa <b>mukaan</b>!</p><p>Kahvi &amp; pulla&nbsp;&#8211; &#x263A;</p>')).to.equal('Tervetuloa mukaan!\nKahvi & pulla\u00a0– ☺');
    expect(htmlToText('a<br>b<script>alert(1)</script><img src=x onerror=alert(1)>c')).to.equal('a\nbc');
    expect(htmlToText('1 &lt; 2 &unknown; &#0;')).to.equal('1 < 2 &unknown; &#0;');
  });
});

describe('normaliseEvent', () => {
  it('reads the card’s own shape (kebab or camel keys)', () => {
    expect(
      normaliseEvent({ heading: 'Tietoisku', start: '2022-09-15T09:00', 'time-zone': 'Europe/Helsinki', onlineUrl: 'https://x.fi', 'event-id': 7 }, 'fi'),
    ).to.deep.equal({ heading: 'Tietoisku', start: '2022-09-15T09:00', timeZone: 'Europe/Helsinki', onlineUrl: 'https://x.fi', eventId: '7' });
  });

  it('reads a Linked Events event in the element’s language', () => {
    const json = {
      id: 'helsinki:agf3',
      name: { fi: 'Tietoisku', sv: 'Infoträff', en: 'Info session' },
      description: { fi: '<p>Tule <strong>kuulemaan</strong></p>', en: '<p>Come</p>' },
      start_time: '2022-09-15T06:00:00Z',
      end_time: '2022-09-15T06:45:00Z',
      location: {
        '@id': 'x',
        name: { fi: 'Kuntatalo', sv: 'Kommunhuset' },
        street_address: { fi: 'Toinen linja 14' },
        postal_code: '00530',
        address_locality: { fi: 'Helsinki', sv: 'Helsingfors' },
      },
      offers: [{ is_free: true, info_url: null }, { info_url: { fi: 'https://example.fi/ilmo', sv: 'https://example.fi/anm' } }],
      provider: { fi: 'Kuntaliitto' },
    };
    expect(normaliseEvent(json, 'sv')).to.deep.equal({
      heading: 'Infoträff',
      start: '2022-09-15T06:00:00Z',
      end: '2022-09-15T06:45:00Z',
      location: 'Kommunhuset',
      address: 'Toinen linja 14, 00530 Helsingfors',
      registrationUrl: 'https://example.fi/anm',
      description: 'Tule kuulemaan',
      organizer: 'Kuntaliitto',
      eventId: 'helsinki:agf3',
    });
    expect(normaliseEvent(json, 'en').description).to.equal('Come');
  });

  it('gives nothing for something else', () => {
    expect(normaliseEvent(null, 'fi')).to.deep.equal({});
    expect(normaliseEvent([1, 2], 'fi')).to.deep.equal({});
    expect(normaliseEvent('x', 'fi')).to.deep.equal({});
  });
});
