import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DigiOneEventCard } from '../../src/event-card/event-card.js';
import '../../src/define.js';
import { $, $$, active, setLang, text, watchConsole } from '../support/helpers.js';

const SEED_HEADING = 'Tietoisku oppimisen hankkeesta DigiOne – kuinka ekosysteemiin pääsee mukaan';
const BEFORE = new Date('2022-09-01T10:00:00Z');
const DURING = new Date('2022-09-15T06:30:00Z');
const AFTER = new Date('2022-09-15T07:00:00Z');

/** The seed's own event, with an injected clock and viewer zone. */
async function seedCard(options: { lang?: string; now?: Date; viewer?: string; extra?: Record<string, string> } = {}): Promise<DigiOneEventCard> {
  const el = document.createElement('digione-event-card');
  el.now = options.now ?? BEFORE;
  el.viewerTimeZone = options.viewer ?? 'Europe/Helsinki';
  const attributes: Record<string, string> = {
    heading: SEED_HEADING,
    start: '2022-09-15T09:00',
    end: '2022-09-15T09:45',
    location: 'Kuntatalo',
    address: 'Toinen linja 14, 00530 Helsinki',
    organizer: 'Kuntaliitto',
    ...(options.lang ? { lang: options.lang } : {}),
    ...options.extra,
  };
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

describe('<digione-event-card> content', () => {
  before(() => (document.documentElement.lang = 'fi'));

  it('renders the seed event in Finnish with a real h3, time, place, organiser and status', async () => {
    const el = await seedCard();
    const heading = $(el, '[part="heading"]')!;
    expect(heading.localName).to.equal('h3');
    expect(text(heading)).to.equal(SEED_HEADING);
    expect(text($(el, 'time'))).to.equal('to 15.9.2022 klo 9.00–9.45');
    expect($(el, 'time')!.getAttribute('datetime')).to.equal('2022-09-15T06:00:00.000Z');
    const meta = text($(el, '[part="meta"]'));
    expect(meta).to.include('Paikka Kuntatalo Toinen linja 14, 00530 Helsinki');
    expect(meta).to.include('Järjestäjä Kuntaliitto');
    expect(text($(el, '[part="badge"]'))).to.equal('Tulossa');
    expect($(el, '.zone')).to.equal(null);
    expect($(el, '[part="form"]')).to.equal(null);
    expect($(el, 'a.button')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('renders in Swedish (Finland) and English', async () => {
    const sv = await seedCard({ lang: 'sv' });
    expect(text($(sv, 'time'))).to.equal('to 15.9.2022 kl. 9.00–9.45');
    expect(text($(sv, '[part="badge"]'))).to.equal('Kommande');
    expect(text($(sv, '[aria-controls="calendar-menu"]'))).to.include('Lägg till i kalendern');
    const en = await seedCard({ lang: 'en' });
    expect(text($(en, 'time'))).to.equal('Thu 15 September 2022, 09:00–09:45');
    expect(text($(en, '[part="meta"]'))).to.include('Organiser Kuntaliitto');
    await setLang(en, 'fi');
    expect(text($(en, 'time'))).to.equal('to 15.9.2022 klo 9.00–9.45');
  });

  it('uses heading-level for a real heading element, clamped to h2–h6', async () => {
    for (const [level, tag] of [
      ['2', 'h2'],
      ['5', 'h5'],
      ['9', 'h6'],
      ['x', 'h3'],
    ]) {
      const el = await seedCard({ extra: { 'heading-level': level } });
      expect($(el, '[part="heading"]')!.localName, level).to.equal(tag);
    }
  });

  it('shows the plain-text description as text, and slotted rich content', async () => {
    const el = await seedCard({ extra: { description: 'Rivi 1\n<b>ei lihavoitu</b>' } });
    const rich = document.createElement('p');
    const link = Object.assign(document.createElement('a'), { href: 'https://example.fi', textContent: 'sivulla' });
    rich.append('Lisätietoja ', link);
    el.append(rich);
    await el.updateComplete;
    expect($(el, '.description')!.textContent).to.equal('Rivi 1\n<b>ei lihavoitu</b>');
    expect($(el, '.description b')).to.equal(null);
    expect($<HTMLSlotElement>(el, 'slot')!.assignedElements()[0].localName).to.equal('p');
  });

  it('tells a viewer in another zone, with the time in their zone', async () => {
    const el = await seedCard({ viewer: 'America/New_York' });
    expect(text($(el, 'time'))).to.equal('to 15.9.2022 klo 9.00–9.45');
    expect(text($(el, '.zone'))).to.equal('Ajat Suomen aikaa (Europe/Helsinki). Omalla aikavyöhykkeelläsi (America/New_York): to 15.9.2022 klo 2.00–2.45');
    const en = await seedCard({
      viewer: 'Asia/Tokyo',
      lang: 'en',
      extra: { 'time-zone': 'Europe/Stockholm', start: '2022-09-15T08:00', end: '2022-09-15T08:45' },
    });
    expect(text($(en, '.zone'))).to.equal('Times are in the Europe/Stockholm time zone. In your time zone (Asia/Tokyo): Thu 15 September 2022, 15:00–15:45');
    const same = await seedCard({ viewer: 'Europe/Mariehamn' });
    expect($(same, '.zone')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('reads a multi-day event naturally', async () => {
    const el = await seedCard({ extra: { end: '2022-09-16T16:00' } });
    expect(text($(el, 'time'))).to.equal('15.–16.9.2022, to klo 9.00 – pe klo 16.00');
  });
});

describe('<digione-event-card> status', () => {
  it('is ongoing during the event', async () => {
    const el = await seedCard({ now: DURING, extra: { 'registration-url': 'https://example.fi/ilmo' } });
    expect(text($(el, '[part="badge"]'))).to.equal('Käynnissä nyt');
    expect($(el, '[part="badge"]')!.classList.contains('ongoing')).to.equal(true);
    expect($(el, 'a.button')).not.to.equal(null);
  });

  it('says when it has ended and hides registration and calendar', async () => {
    const el = await seedCard({ now: AFTER, extra: { 'registration-url': 'https://example.fi/ilmo', endpoint: '/collect', 'privacy-url': '/tietosuoja' } });
    expect(text($(el, '[part="badge"]'))).to.equal('Päättynyt');
    expect(text(el.shadowRoot)).to.include('Tilaisuus on päättynyt.');
    expect($(el, '[aria-controls="calendar-menu"]')).to.equal(null);
    expect($(el, 'a.button')).to.equal(null);
    expect($(el, 'form')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('follows the injected clock', async () => {
    const el = await seedCard({ now: BEFORE });
    el.now = AFTER;
    await el.updateComplete;
    expect(text($(el, '[part="badge"]'))).to.equal('Päättynyt');
  });
});

describe('<digione-event-card> add to calendar', () => {
  it('is a disclosure button with a menu of four actions', async () => {
    const el = await seedCard({ extra: { 'event-id': 'digione-2022@kuntaliitto.fi' } });
    const button = $(el, '[aria-controls="calendar-menu"]')!;
    expect(button.localName).to.equal('button');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '#calendar-menu')!.hidden).to.equal(true);
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const items = $$(el, '#calendar-menu a');
    expect(items.map(text)).to.deep.equal([
      'Kalenteritiedosto (.ics)',
      'Google-kalenteri (avautuu uuteen ikkunaan)',
      'Outlook.com (avautuu uuteen ikkunaan)',
      'Microsoft 365 (Outlook) (avautuu uuteen ikkunaan)',
    ]);
    await expect(el).to.be.accessible();

    const ics = items[0] as HTMLAnchorElement;
    expect(ics.href).to.match(/^blob:/);
    expect(ics.getAttribute('download')).to.match(/^tietoisku-oppimisen-hankkeesta-digione-kuinka-[a-z-]+\.ics$/);
    const file = await (await fetch(ics.href)).text();
    expect(file).to.include('\r\nUID:digione-2022@kuntaliitto.fi\r\n');
    expect(file).to.include('\r\nDTSTART:20220915T060000Z\r\n');
    expect(file.replace(/\r\n /g, '')).to.include('LOCATION:Kuntatalo\\, Toinen linja 14\\, 00530 Helsinki');

    const google = new URL((items[1] as HTMLAnchorElement).href);
    expect(google.hostname).to.equal('calendar.google.com');
    expect(google.searchParams.get('dates')).to.equal('20220915T060000Z/20220915T064500Z');
    expect((items[1] as HTMLAnchorElement).target).to.equal('_blank');
    expect(new URL((items[2] as HTMLAnchorElement).href).hostname).to.equal('outlook.live.com');
    expect(new URL((items[3] as HTMLAnchorElement).href).hostname).to.equal('outlook.office.com');

    items[1].addEventListener('click', (event) => event.preventDefault());
    setTimeout(() => items[1].click());
    const added = await oneEvent<CustomEvent<{ service: string }>>(el, 'digione-calendar-add');
    expect(added.detail).to.deep.equal({ service: 'google' });
    expect(added.composed).to.equal(true);
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('works by keyboard: Enter opens, arrows move, Escape closes and returns focus, Tab out closes', async () => {
    const el = await seedCard();
    const button = $(el, '[aria-controls="calendar-menu"]')!;
    const items = () => $$(el, '#calendar-menu a');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(active(el)).to.equal(items()[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(active(el)).to.equal(items()[1]);
    await sendKeys({ press: 'End' });
    expect(active(el)).to.equal(items()[3]);
    await sendKeys({ press: 'ArrowDown' });
    expect(active(el)).to.equal(items()[0]);
    await sendKeys({ press: 'ArrowUp' });
    expect(active(el)).to.equal(items()[3]);
    await sendKeys({ press: 'Home' });
    expect(active(el)).to.equal(items()[0]);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(active(el)).to.equal(button);

    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(active(el)).to.equal(items()[0]);
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.activeElement).to.equal(null);
  });

  it('activates an item with Enter and says which service', async () => {
    const el = await seedCard();
    const button = $(el, '[aria-controls="calendar-menu"]')!;
    button.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    const ics = $$(el, '#calendar-menu a')[0];
    ics.addEventListener('click', (event) => event.preventDefault()); // no real download in the test browser
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const added = await oneEvent<CustomEvent<{ service: string }>>(el, 'digione-calendar-add');
    expect(added.detail.service).to.equal('ics');
    await el.updateComplete;
    expect(active(el)).to.equal(button);
  });
});

describe('<digione-event-card> registration link', () => {
  it('shows a link button for an http(s) registration-url', async () => {
    const el = await seedCard({ extra: { 'registration-url': 'https://example.fi/ilmo' } });
    const link = $<HTMLAnchorElement>(el, 'a.button')!;
    expect(link.href).to.equal('https://example.fi/ilmo');
    expect(text(link)).to.equal('Ilmoittaudu');
    await expect(el).to.be.accessible();
  });
});

describe('<digione-event-card> bad input', () => {
  let warnings: ReturnType<typeof watchConsole>;
  beforeEach(() => (warnings = watchConsole('warn')));
  afterEach(() => warnings.restore());

  async function expectOneWarning(el: DigiOneEventCard, attribute: string): Promise<void> {
    await setLang(el, 'sv'); // a re-render must not warn again
    await setLang(el, 'fi');
    expect(warnings.calls.length, warnings.calls.join('\n')).to.equal(1);
    expect(warnings.calls[0]).to.include(`${attribute} `);
    expect(warnings.calls[0]).to.include('<digione-event-card>');
  }

  it('a missing start', async () => {
    const el = await seedCard({ extra: {} });
    el.removeAttribute('start');
    await el.updateComplete;
    expect(text($(el, '[part="problems"]'))).to.equal('Tilaisuuden aikaa ei ole annettu.');
    expect($(el, 'time')).to.equal(null);
    expect($(el, '[part="badge"]')).to.equal(null);
    expect($(el, '[aria-controls="calendar-menu"]')).to.equal(null);
    await expectOneWarning(el, 'start');
    await expect(el).to.be.accessible();
  });

  it('an unparsable start', async () => {
    const el = await seedCard({ extra: { start: '15.9.2022 klo 9' } });
    expect(text($(el, '[part="problems"]'))).to.equal('Tilaisuuden alkamisaikaa ”15.9.2022 klo 9” ei voi lukea.');
    expect($(el, 'time')).to.equal(null);
    await expectOneWarning(el, 'start');
  });

  it('an end before the start', async () => {
    const el = await seedCard({ extra: { end: '2022-09-15T08:00' } });
    expect(text($(el, '[part="problems"]'))).to.equal('Päättymisaika on ennen alkamisaikaa, joten vain alkamisaika näytetään.');
    expect(text($(el, 'time'))).to.equal('to 15.9.2022 klo 9.00');
    await expectOneWarning(el, 'end');
  });

  it('an unparsable end', async () => {
    const el = await seedCard({ extra: { end: 'soon' } });
    expect(text($(el, '[part="problems"]'))).to.include('”soon”');
    await expectOneWarning(el, 'end');
  });

  it('an unknown time zone', async () => {
    const el = await seedCard({ extra: { 'time-zone': 'Europe/Tampere' } });
    expect(text($(el, '[part="problems"]'))).to.equal('Aikavyöhykettä ”Europe/Tampere” ei tunnisteta, joten ajat näytetään Suomen aikaa.');
    expect(text($(el, 'time'))).to.equal('to 15.9.2022 klo 9.00–9.45');
    await expectOneWarning(el, 'time-zone');
  });

  for (const [attribute, value] of [
    ['online-url', 'javascript:alert(1)'],
    ['registration-url', 'data:text/html,<script>alert(1)</script>'],
  ]) {
    it(`a ${value.split(':')[0]}: URL in ${attribute}`, async () => {
      const el = await seedCard({ extra: { [attribute]: value } });
      const hrefs = $$(el, 'a').map((a) => a.getAttribute('href') ?? '');
      expect(hrefs.some((href) => /^(javascript|data):/i.test(href))).to.equal(false);
      expect($(el, 'a.button')).to.equal(null);
      expect(text($(el, '[part="meta"]'))).not.to.include('Verkossa');
      await expectOneWarning(el, attribute);
    });
  }
});

describe('<digione-event-card> src', () => {
  it('loads a Linked Events event served by the test server, announcing the load', async () => {
    const el = document.createElement('digione-event-card');
    el.now = BEFORE;
    el.viewerTimeZone = 'Europe/Helsinki';
    el.setAttribute('src', '/test/fixtures/linked-events-event.json');
    el.setAttribute('lang', 'sv');
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.append(el);
    // every text the live region shows, in order
    const announced: string[] = [];
    const busy: string[] = [];
    const observer = new MutationObserver(() => {
      const now = text($(el, '[role="status"]'));
      if (announced.at(-1) !== now) announced.push(now);
      busy.push($(el, '[part="card"]')?.getAttribute('aria-busy') ?? '');
    });
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
    await el.updateComplete;
    expect($(el, '[role="status"]'), 'the live region is there from the first render').not.to.equal(null);
    await waitUntil(() => $(el, 'time'), 'the event loads');
    observer.disconnect();
    expect(announced).to.deep.equal(['', 'Laddar…', '']);
    expect(busy).to.include('true');
    expect(text($(el, '[part="heading"]'))).to.equal('Infoträff om lärandeprojektet DigiOne – hur man kommer med i ekosystemet');
    expect(text($(el, 'time'))).to.equal('to 15.9.2022 kl. 9.00–9.45');
    expect(text($(el, '[part="meta"]'))).to.include('Kommunernas hus Andra linjen 14, 00530 Helsingfors');
    expect(text($(el, '[part="meta"]'))).to.include('Kommunförbundet');
    expect($(el, '.description')!.textContent).to.equal(
      'Hur kommer en kommun med i ekosystemet DigiOne?\nTillfället är avgiftsfritt & öppet för alla kommuners bildningsväsende.',
    );
    expect($<HTMLAnchorElement>(el, 'a.button')!.href).to.equal('https://www.kuntaliitto.fi/sv/evenemang/digione-infotraff');
    expect(text($(el, '[role="status"]'))).to.equal('');
    // Finnish: the Finnish texts; the script in the description stays text-free and inert
    await setLang(el, 'fi');
    expect(text($(el, '[part="heading"]'))).to.equal(SEED_HEADING);
    expect($(el, '.description')!.textContent).not.to.include('alert');
    expect($(el, 'script')).to.equal(null);
    // attributes win over fetched values
    el.setAttribute('heading', 'Oma otsikko');
    el.setAttribute('end', '2022-09-15T10:00');
    await el.updateComplete;
    expect(text($(el, '[part="heading"]'))).to.equal('Oma otsikko');
    expect(text($(el, 'time'))).to.equal('to 15.9.2022 klo 9.00–10.00');
    await expect(el).to.be.accessible();
  });

  it('is accessible while loading (the test server answers slowly)', async () => {
    const el = await seedCard({ extra: { src: '/test/slow/2000/event-card.json' } });
    await waitUntil(() => text($(el, '[role="status"]')) === 'Ladataan…', 'the load is announced');
    expect($(el, '[part="card"]')!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('loads the card’s own JSON shape', async () => {
    const el = document.createElement('digione-event-card');
    el.now = BEFORE;
    el.viewerTimeZone = 'Europe/Helsinki';
    el.setAttribute('src', '/test/fixtures/event-card.json');
    await fixture(html`<div lang="fi"></div>`).then((w) => w.append(el));
    await waitUntil(() => $(el, 'time'), 'the event loads');
    expect(text($(el, '[part="heading"]'))).to.equal('DigiOne-tietoisku verkossa');
    expect(text($(el, 'time'))).to.equal('ti 4.10.2022 klo 13.00–14.00');
    expect($<HTMLAnchorElement>(el, '[part="meta"] a')!.href).to.equal('https://teams.example.fi/digione');
  });

  it('says so briefly when the fetch fails, and warns once', async () => {
    const warnings = watchConsole('warn');
    try {
      const el = document.createElement('digione-event-card');
      el.setAttribute('src', '/test/fixtures/no-such-event.json');
      el.setAttribute('lang', 'fi');
      await fixture(html`<div></div>`).then((w) => w.append(el));
      await waitUntil(() => text($(el, '[role="alert"]')) === 'Tilaisuuden tietoja ei saatu ladattua.', 'the failure is shown');
      expect($(el, '[part="problems"]')).to.equal(null);
      expect(warnings.calls.length).to.equal(1);
      expect(warnings.calls[0]).to.include('src "/test/fixtures/no-such-event.json"');
      await expect(el).to.be.accessible();
      await aTimeout(0);
    } finally {
      warnings.restore();
    }
  });
});

describe('<digione-event-card> look', () => {
  /** Elements inside the card that reach past its right edge (horizontal overflow). */
  function overflowing(el: DigiOneEventCard): string[] {
    const card = $(el, '[part="card"]')!.getBoundingClientRect();
    return $$(el, '*')
      .filter((node) => node.getClientRects().length && node.getBoundingClientRect().right > card.right + 0.5)
      .map((node) => `${node.localName}.${node.className}`);
  }

  for (const width of [280, 800]) {
    it(`fits ${width} px with the menu open and the form showing errors`, async () => {
      const el = await seedCard({
        extra: {
          endpoint: '/api/submissions',
          'privacy-url': '/tietosuoja',
          'online-url': 'https://teams.example.fi/a-very-long-meeting-link-that-goes-on-and-on',
        },
        viewer: 'America/Los_Angeles',
      });
      el.parentElement!.style.width = `${width}px`;
      $(el, '[aria-controls="calendar-menu"]')!.click();
      $(el, 'button[type="submit"]')!.click();
      await waitUntil(() => $(el, '.error-summary'));
      expect(el.getBoundingClientRect().width).to.be.at.most(width);
      expect(overflowing(el)).to.deep.equal([]);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    });
  }

  it('works on a dark page by overriding the tokens (axe checks the contrast)', async () => {
    const style = document.createElement('style');
    style.textContent = `body { background: #101418; }
      digione-event-card.dark {
        --digione-color-background: #101418; --digione-color-surface: #1c232b; --digione-color-text: #eef1f4;
        --digione-color-text-muted: #b7c0c9; --digione-color-border: #8b96a1; --digione-color-primary: #8cc4ff;
        --digione-color-on-primary: #0b1a2a; --digione-color-focus: #ffb46b; --digione-color-error: #ff9d94;
        --digione-color-success: #7fd69b;
      }`;
    document.head.append(style);
    try {
      const el = await seedCard({ now: DURING, viewer: 'Asia/Tokyo', extra: { endpoint: '/api/submissions', 'privacy-url': '/tietosuoja' } });
      el.classList.add('dark');
      $(el, '[aria-controls="calendar-menu"]')!.click();
      $(el, 'button[type="submit"]')!.click();
      await waitUntil(() => $(el, '.error-summary'));
      expect(getComputedStyle($(el, '[part="card"]')!).backgroundColor).to.equal('rgb(16, 20, 24)');
      await expect(el).to.be.accessible();
      el.now = AFTER;
      await el.updateComplete;
      await expect(el).to.be.accessible();
    } finally {
      style.remove();
    }
  });
});

describe('<digione-event-card> a page of many cards', () => {
  it('renders 100 cards, in document order, each complete when it first shows', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fi"></div>`);
    const cards = Array.from({ length: 100 }, (_, i) => {
      const card = document.createElement('digione-event-card');
      card.now = BEFORE;
      card.viewerTimeZone = 'Europe/Helsinki';
      card.setAttribute('heading', `Tietoisku ${i + 1}`);
      card.setAttribute('start', `2032-09-${String(1 + (i % 28)).padStart(2, '0')}T09:00`);
      card.setAttribute('end', `2032-09-${String(1 + (i % 28)).padStart(2, '0')}T09:45`);
      return card;
    });
    wrapper.append(...cards);
    /** What a person could see in each frame: the cards shown so far must be the first ones, and complete. */
    const shownInFrame = () => {
      const shown = cards.map((card) => Boolean(card.shadowRoot?.querySelector('[part="card"]')));
      const count = shown.filter(Boolean).length;
      expect(shown.slice(0, count).every(Boolean), `frame with ${count} cards shown: not the first ${count}`).to.equal(true);
      for (const [i, card] of cards.slice(0, count).entries()) {
        expect(text($(card, '[part="heading"]'))).to.equal(`Tietoisku ${i + 1}`);
        expect(text($(card, 'time'))).to.match(/^\w\w \d+\.9\.2032 klo 9\.00–9\.45$/);
        expect(text($(card, '[part="badge"]'))).to.equal('Tulossa');
        expect($(card, '[aria-controls="calendar-menu"]')).to.not.equal(null);
      }
      return count;
    };
    while (shownInFrame() < cards.length) await new Promise((resolve) => requestAnimationFrame(resolve));
    await Promise.all(cards.map((card) => card.updateComplete));
    expect(text($(cards[99], 'time'))).to.equal('to 16.9.2032 klo 9.00–9.45');
  });
});
