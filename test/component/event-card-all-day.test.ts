import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import type { DigiOneEventCard } from '../../src/event-card/event-card.js';
import type { Envelope } from '../../src/core/submit/envelope.js';
import type { EventRegistrationData } from '../../src/core/submit/types.js';
import '../../src/define.js';

type Lang = 'fi' | 'sv' | 'en';
const BEFORE = new Date('2026-09-01T10:00:00Z');
const INSTAGRAM =
  'Mozilla/5.0 (Linux; Android 13; SM-A536B Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/124.0.6367.179 Mobile Safari/537.36 Instagram 330.0.0.40.92 Android';

/** The two-day fair, as an editor writes it: dates without times. */
async function fair(
  options: { lang?: Lang; now?: Date; viewer?: string; userAgent?: string; attributes?: Record<string, string> } = {},
): Promise<DigiOneEventCard> {
  const el = document.createElement('digione-event-card');
  el.now = options.now ?? BEFORE;
  el.viewerTimeZone = options.viewer ?? 'Europe/Helsinki';
  if (options.userAgent) el.userAgent = options.userAgent;
  const attributes = { lang: options.lang ?? 'fi', heading: 'Kuntamarkkinat', start: '2026-09-15', end: '2026-09-16', location: 'Tori', ...options.attributes };
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

const $ = <T extends HTMLElement = HTMLElement>(el: DigiOneEventCard, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends HTMLElement = HTMLElement>(el: DigiOneEventCard, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const text = (node: HTMLElement | null) => (node?.innerText ?? '').replace(/\s+/g, ' ').trim();

async function openMenu(el: DigiOneEventCard): Promise<void> {
  $(el, '[aria-controls="calendar-menu"]')!.click();
  await el.updateComplete;
}

/** Collects console.warn calls while a test runs. */
function watchWarnings(): { calls: string[]; restore: () => void } {
  const calls: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => calls.push(args.map(String).join(' '));
  return { calls, restore: () => (console.warn = original) };
}

const EXPECTED: Record<Lang, { twoDays: RegExp; oneDay: string; upcoming: string; mixed: string; blocked: string }> = {
  fi: {
    twoDays: /^15\.–16\.9\.2026$/,
    oneDay: 'ti 15.9.2026',
    upcoming: 'Tulossa',
    mixed: 'Päättymisaika ”2026-09-16T16:00” ei ole samaa muotoa (päivä tai kellonaika) kuin alkamisaika, joten vain alkamisaika näytetään.',
    blocked: 'Tämä sovelluksen sisäinen selain ei voi tallentaa kalenteritiedostoa. Käytä alla olevia linkkejä tai avaa sivu tavallisessa selaimessa.',
  },
  sv: {
    twoDays: /^15–16\.9\.2026$/,
    oneDay: 'ti 15.9.2026',
    upcoming: 'Kommande',
    mixed: 'Sluttiden ”2026-09-16T16:00” har inte samma form (datum eller klockslag) som starttiden, så endast starttiden visas.',
    blocked: 'Den här webbläsaren i appen kan inte spara kalenderfilen. Använd länkarna nedan eller öppna sidan i en vanlig webbläsare.',
  },
  en: {
    twoDays: /^15\s?–\s?16 September 2026$/,
    oneDay: 'Tue 15 September 2026',
    upcoming: 'Upcoming',
    mixed: 'The end “2026-09-16T16:00” is not in the same form (date or time) as the start, so only the start is shown.',
    blocked: 'This in-app browser cannot save the calendar file. Use the links below, or open the page in your usual browser.',
  },
};

describe('<digione-event-card> all-day events', () => {
  for (const lang of ['fi', 'sv', 'en'] as const) {
    describe(lang, () => {
      const expected = EXPECTED[lang];

      it('shows the days without a time or a time-zone note, even for a viewer in another zone', async () => {
        const el = await fair({ lang, viewer: 'America/New_York' });
        const time = $(el, 'time')!;
        expect(text(time)).to.match(expected.twoDays);
        expect(time.getAttribute('datetime')).to.equal('2026-09-15');
        expect(text($(el, '.zone')), 'no time-zone note').to.equal('');
        expect(text($(el, '[part="meta"]'))).not.to.match(/klo|kl\.|00:00|0\.00/);
        expect(text($(el, '[part="badge"]'))).to.equal(expected.upcoming);
        expect(text($(el, '[part="problems"]'))).to.equal('');
        await expect(el).to.be.accessible();
      });

      it('shows one day with its weekday when there is no end', async () => {
        const el = await fair({ lang, attributes: { end: '' } });
        el.removeAttribute('end');
        await el.updateComplete;
        expect(text($(el, 'time'))).to.equal(expected.oneDay);
      });

      it('says plainly that the end mixes a date with a time, and warns once', async () => {
        const warnings = watchWarnings();
        try {
          const el = await fair({ lang, attributes: { end: '2026-09-16T16:00' } });
          expect(text($(el, '[part="problems"]'))).to.include(expected.mixed);
          expect(text($(el, 'time'))).to.equal(expected.oneDay);
          el.now = new Date('2026-09-02T10:00:00Z');
          await el.updateComplete; // a re-render must not warn again
          expect(warnings.calls.length, warnings.calls.join('\n')).to.equal(1);
          expect(warnings.calls[0]).to.include('<digione-event-card>: end "2026-09-16T16:00"');
          await expect(el).to.be.accessible();
        } finally {
          warnings.restore();
        }
      });

      it('in an in-app browser, tells the person the file cannot be saved and keeps the Google and Outlook entries', async () => {
        const el = await fair({ lang, userAgent: INSTAGRAM });
        await openMenu(el);
        expect(text($(el, '#calendar-menu .note'))).to.include(expected.blocked);
        const links = $$<HTMLAnchorElement>(el, '#calendar-menu a');
        expect(links.map((a) => a.dataset.service)).to.deep.equal(['google', 'outlook', 'office365']);
        expect(links.some((a) => a.hasAttribute('download'))).to.equal(false);
        expect(new URL(links[0].href).searchParams.get('dates')).to.equal('20260915/20260917');
        expect(el.shadowRoot!.activeElement === links[0], 'focus on Google').to.equal(true);
        await sendKeys({ press: 'ArrowDown' });
        expect(el.shadowRoot!.activeElement === links[1], 'focus on Outlook').to.equal(true);
        await expect(el).to.be.accessible();
      });
    });
  }

  it("follows the fair's days in Helsinki for the status", async () => {
    const el = await fair({ now: new Date('2026-09-14T20:59:00Z') });
    expect(text($(el, '[part="badge"]'))).to.equal('Tulossa');
    el.now = new Date('2026-09-14T21:00:00Z');
    await el.updateComplete;
    expect(text($(el, '[part="badge"]'))).to.equal('Käynnissä nyt');
    el.now = new Date('2026-09-16T20:59:00Z');
    await el.updateComplete;
    expect(text($(el, '[part="badge"]'))).to.equal('Käynnissä nyt');
    el.now = new Date('2026-09-16T21:00:00Z');
    await el.updateComplete;
    expect(text($(el, '[part="badge"]'))).to.equal('Päättynyt');
  });

  it('offers an all-day .ics, Google dates and Outlook allday links', async () => {
    const el = await fair({ lang: 'fi' });
    await openMenu(el);
    const [ics, google, outlook, office] = $$<HTMLAnchorElement>(el, '#calendar-menu a');
    expect(text($(el, '#calendar-menu .note'))).to.equal('');
    expect(ics.getAttribute('download')).to.equal('kuntamarkkinat.ics');
    const file = await (await fetch(ics.href)).text();
    expect(file).to.include('\r\nDTSTART;VALUE=DATE:20260915\r\n');
    expect(file).to.include('\r\nDTEND;VALUE=DATE:20260917\r\n');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(file) as unknown[]).getFirstSubcomponent('vevent')!);
    expect([event.startDate.isDate, event.startDate.toString(), event.endDate.toString()]).to.deep.equal([true, '2026-09-15', '2026-09-17']);
    expect(new URL(google.href).searchParams.get('dates')).to.equal('20260915/20260917');
    for (const link of [outlook, office]) {
      const params = new URL(link.href).searchParams;
      expect([params.get('allday'), params.get('startdt'), params.get('enddt')]).to.deep.equal(['true', '2026-09-15', '2026-09-17']);
      expect(params.get('subject')).to.equal('Kuntamarkkinat');
    }
  });

  it("shows the days in the event's own zone", async () => {
    const el = await fair({ attributes: { 'time-zone': 'America/New_York', start: '2026-09-15', end: '2026-09-15' } });
    expect(text($(el, 'time'))).to.equal('ti 15.9.2026');
    expect(text($(el, '.zone')), 'no time-zone note').to.equal('');
    el.setAttribute('lang', 'en');
    await nextFrame();
    await el.updateComplete;
    expect(text($(el, 'time'))).to.equal('Tue 15 September 2026');
  });

  describe('registration with the reference collector', () => {
    beforeEach(async () => {
      await executeServerCommand('collector-reset');
    });

    it('posts eventStart as the instant the first day begins in the zone, with allDay: true, and the collector accepts it', async () => {
      const endpoint = await executeServerCommand<string, unknown>('collector-url');
      const el = await fair({ attributes: { endpoint, 'privacy-url': '/tietosuoja', 'event-id': 'markkinat-2026@kunta.fi' } });
      for (const [id, value] of [
        ['reg-name', 'Åsa Öhman'],
        ['reg-email', 'asa.ohman@kauniainen.fi'],
        ['reg-organisation', 'Kauniaisten kaupunki'],
      ]) {
        $(el, `#${id}`)!.focus();
        await sendKeys({ type: value });
      }
      $(el, '#reg-consent')!.focus();
      await sendKeys({ press: 'Space' });
      $(el, 'button[type="submit"]')!.click();
      await waitUntil(() => $(el, '#sent'), 'the thanks', { timeout: 5000 });
      const rows = await executeServerCommand<Array<{ envelope: Envelope<EventRegistrationData> }>, unknown>('collector-rows', {
        type: 'fi.digione.event.registered',
      });
      expect(rows.length).to.equal(1);
      expect(rows[0].envelope.data).to.deep.include({ eventId: 'markkinat-2026@kunta.fi', eventStart: '2026-09-14T21:00:00.000Z', allDay: true });
    });
  });
});
