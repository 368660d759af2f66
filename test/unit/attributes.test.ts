import { expect } from '@open-wc/testing';
import { acceptedValue, attributeKind, isWidgetName, WIDGET_ATTRIBUTES, type AttributeKind } from '../../src/attributes.js';

const page = 'https://www.kunta.example/digione/';

describe('the attribute catalogue', () => {
  it('lists every attribute of each element as the README does (the node tests compare it with the built manifest)', () => {
    const names = Object.fromEntries(Object.values(WIDGET_ATTRIBUTES).map(({ tag, attributes }) => [tag, Object.keys(attributes)]));
    expect(names).to.deep.equal({
      'digione-join-form': ['endpoint', 'privacy-url', 'municipality', 'no-draft', 'lang'],
      'digione-event-card': [
        'heading',
        'heading-level',
        'start',
        'end',
        'time-zone',
        'location',
        'address',
        'online-url',
        'registration-url',
        'description',
        'organizer',
        'event-id',
        'src',
        'endpoint',
        'privacy-url',
        'lang',
      ],
      'digione-readiness-checker': ['src', 'endpoint', 'municipality', 'privacy-url', 'compare-src', 'heading-level', 'lang'],
    });
  });

  it('gives the same kind to an attribute the elements share', () => {
    for (const name of ['endpoint', 'privacy-url', 'lang']) {
      expect(new Set(Object.keys(WIDGET_ATTRIBUTES).map((widget) => attributeKind(widget as keyof typeof WIDGET_ATTRIBUTES, name))).size, name).to.equal(1);
    }
    expect(attributeKind('join-form', 'heading')).to.equal(undefined);
    expect(attributeKind('join-form', 'toString')).to.equal(undefined);
    expect(isWidgetName('event-card')).to.equal(true);
    expect(isWidgetName('__proto__')).to.equal(false);
    expect(isWidgetName('')).to.equal(false);
  });
});

describe('acceptedValue: what the element takes, kind by kind', () => {
  const cases: Record<AttributeKind, { good: Array<[string, string]>; bad: string[] }> = {
    endpoint: {
      good: [
        ['https://vastaanotto.example.fi/api/submissions', 'https://vastaanotto.example.fi/api/submissions'],
        ['/api/submissions', 'https://www.kunta.example/api/submissions'],
        ['http://127.0.0.1:8787/api', 'http://127.0.0.1:8787/api'],
      ],
      bad: ['http://vastaanotto.example.fi/api', 'javascript:alert(1)', 'ftp://x.example/', ''],
    },
    link: {
      good: [
        ['/tietosuoja', 'https://www.kunta.example/tietosuoja'],
        ['mailto:digione@kunta.example', 'mailto:digione@kunta.example'],
      ],
      bad: ['javascript:alert(1)', 'data:text/html,x', ''],
    },
    fetch: {
      good: [['kysely.json', 'https://www.kunta.example/digione/kysely.json']],
      bad: ['mailto:digione@kunta.example', 'javascript:alert(1)', ''],
    },
    date: {
      good: [
        ['2026-09-15', '2026-09-15'],
        [' 2026-09-15T09:00 ', '2026-09-15T09:00'],
        ['2026-09-15T06:00:00Z', '2026-09-15T06:00:00Z'],
        ['2026-09-15T09:00+03:00', '2026-09-15T09:00+03:00'],
      ],
      bad: ['15.9.2026', '2026-02-30', '2026-09-15T25:00', 'huomenna', ''],
    },
    'time-zone': { good: [['Europe/Stockholm', 'Europe/Stockholm']], bad: ['Mars/Olympus', ''] },
    level: {
      good: [
        ['2', '2'],
        [' 6 ', '6'],
        ['7', '6'],
      ],
      bad: ['1', 'h3', ''],
    },
    lang: {
      good: [
        ['sv-FI', 'sv'],
        ['en', 'en'],
      ],
      bad: ['de', ''],
    },
    municipality: {
      good: [
        ['Esbo', '049'],
        ['091', '091'],
      ],
      bad: ['Atlantis', '<img src=x onerror=alert(1)>'],
    },
    boolean: {
      good: [
        ['', ''],
        ['1', ''],
        ['TRUE', ''],
      ],
      bad: ['maybe', '0'],
    },
    text: {
      good: [
        ['<b>Tietoisku</b>', '<b>Tietoisku</b>'],
        ['', ''],
      ],
      bad: [],
    },
  };
  for (const [kind, { good, bad }] of Object.entries(cases) as Array<[AttributeKind, (typeof cases)[AttributeKind]]>) {
    it(kind, () => {
      for (const [value, accepted] of good) expect(acceptedValue(kind, value, page), value).to.equal(accepted);
      for (const value of bad) expect(acceptedValue(kind, value, page), value).to.equal(undefined);
    });
  }

  it('reads a date in the given time zone, and in the default one when the zone is not a zone', () => {
    expect(acceptedValue('date', '2026-09-15T09:00', page, 'America/New_York')).to.equal('2026-09-15T09:00');
    expect(acceptedValue('date', '2026-09-15T09:00', page, 'Mars/Olympus')).to.equal('2026-09-15T09:00');
    expect(acceptedValue('date', '15.9.2026', page, 'Mars/Olympus')).to.equal(undefined);
  });
});
