import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import {
  buildIcs,
  downloadBlocked,
  escapeText,
  eventUid,
  foldLine,
  googleCalendarUrl,
  outlookCalendarUrl,
  type CalendarEvent,
} from '../../src/event-card/calendar.js';
import { dayStart, parseEventTime } from '../../src/event-card/event-time.js';

const seed: CalendarEvent = {
  title: 'Tietoisku oppimisen hankkeesta DigiOne – kuinka ekosysteemiin pääsee mukaan',
  start: new Date('2022-09-15T06:00:00Z'),
  end: new Date('2022-09-15T06:45:00Z'),
  location: 'Kuntatalo, Toinen linja 14, 00530 Helsinki',
};
const now = new Date('2022-09-01T10:00:00Z');
const octets = (line: string) => new TextEncoder().encode(line).length;

describe('buildIcs', () => {
  it('writes a PUBLISH calendar with CRLF, UTC times and the required properties', () => {
    const ics = buildIcs({ ...seed, uid: 'tietoisku-2022@kuntaliitto.fi', url: 'https://example.fi/tapahtuma' }, now);
    expect(ics.endsWith('\r\n')).to.equal(true);
    expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    const unfolded = ics.replace(/\r\n /g, '');
    for (const line of [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//DigiOne//digione-widgets//FI',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
      'UID:tietoisku-2022@kuntaliitto.fi',
      'DTSTAMP:20220901T100000Z',
      'DTSTART:20220915T060000Z',
      'DTEND:20220915T064500Z',
      'SUMMARY:Tietoisku oppimisen hankkeesta DigiOne – kuinka ekosysteemiin pääsee mukaan',
      'LOCATION:Kuntatalo\\, Toinen linja 14\\, 00530 Helsinki',
      'URL:https://example.fi/tapahtuma',
      'END:VEVENT',
      'END:VCALENDAR',
    ]) {
      expect(unfolded.split('\r\n'), line).to.include(line);
    }
  });

  it('makes a stable UID from the title and start when there is no event-id', () => {
    const a = eventUid(seed);
    expect(a).to.match(/^[0-9a-f]{14}@digione-widgets$/);
    expect(eventUid({ ...seed })).to.equal(a);
    expect(eventUid({ ...seed, start: new Date('2022-09-16T06:00:00Z') })).not.to.equal(a);
    expect(eventUid({ ...seed, uid: ' x ' })).to.equal('x');
  });

  it('escapes TEXT: backslash, semicolon, comma, newline', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).to.equal('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const line = `DESCRIPTION:${'ä'.repeat(100)}€😀${'x'.repeat(80)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).to.be.greaterThan(3);
    for (const part of folded) expect(octets(part)).to.be.at.most(75);
    for (const part of folded.slice(1)) expect(part[0]).to.equal(' ');
    expect(folded.map((p, i) => (i ? p.slice(1) : p)).join('')).to.equal(line);
    expect(folded.every((p) => !p.includes('\ufffd'))).to.equal(true);
    expect(foldLine('short')).to.equal('short');
  });

  it('parses back with ical.js: ä ö å, commas, semicolons, newlines and a 300-character description', () => {
    const description = `Åbo; Öja, Ähtäri.\nToinen rivi \\ kenoviiva. ${'Lorem ipsum dolor sit åäö, '.repeat(11)}`.slice(0, 300);
    expect(description.length).to.equal(300);
    const event = {
      title: 'Tietoisku: DigiOne, osa 1; ääkköset åäö',
      start: new Date('2022-09-15T06:00:00Z'),
      end: new Date('2022-09-15T06:45:00Z'),
      location: 'Kuntatalo, Toinen linja 14; 00530 Helsinki',
      description,
      url: 'https://example.fi/a?b=1&c=2',
    };
    const ics = buildIcs(event, now);
    for (const line of ics.split('\r\n')) expect(octets(line)).to.be.at.most(75);
    const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
    expect(calendar.getFirstPropertyValue('method')).to.equal('PUBLISH');
    const vevent = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(vevent.summary).to.equal(event.title);
    expect(vevent.location).to.equal(event.location);
    expect(vevent.description).to.equal(description);
    expect(vevent.uid).to.equal(eventUid(event));
    expect(vevent.startDate.toJSDate().toISOString()).to.equal('2022-09-15T06:00:00.000Z');
    expect(vevent.endDate.toJSDate().toISOString()).to.equal('2022-09-15T06:45:00.000Z');
    expect(vevent.startDate.zone.tzid).to.equal('UTC');
    expect(String(vevent.component.getFirstPropertyValue('url'))).to.equal(event.url);
  });
});

describe('calendar links', () => {
  const event = { ...seed, description: 'Rivi 1\nRivi 2 & muuta', url: 'https://example.fi/e' };
  it('Google Calendar template', () => {
    const url = new URL(googleCalendarUrl(event));
    expect(url.origin + url.pathname).to.equal('https://calendar.google.com/calendar/render');
    expect(url.searchParams.get('action')).to.equal('TEMPLATE');
    expect(url.searchParams.get('text')).to.equal(seed.title);
    expect(url.searchParams.get('dates')).to.equal('20220915T060000Z/20220915T064500Z');
    expect(url.searchParams.get('details')).to.equal('Rivi 1\nRivi 2 & muuta\n\nhttps://example.fi/e');
    expect(url.searchParams.get('location')).to.equal(seed.location);
    expect(googleCalendarUrl(event)).not.to.include('+');
  });
  it('Outlook.com and Microsoft 365 compose links', () => {
    const live = new URL(outlookCalendarUrl(event));
    expect(live.origin + live.pathname).to.equal('https://outlook.live.com/calendar/0/action/compose');
    expect(live.searchParams.get('rru')).to.equal('addevent');
    expect(live.searchParams.get('startdt')).to.equal('2022-09-15T06:00:00Z');
    expect(live.searchParams.get('enddt')).to.equal('2022-09-15T06:45:00Z');
    expect(live.searchParams.get('subject')).to.equal(seed.title);
    expect(live.searchParams.get('body')).to.equal('Rivi 1\nRivi 2 & muuta\n\nhttps://example.fi/e');
    expect(live.searchParams.get('location')).to.equal(seed.location);
    const office = new URL(outlookCalendarUrl(event, 'office365'));
    expect(office.origin + office.pathname).to.equal('https://outlook.office.com/calendar/0/action/compose');
    expect(office.search).to.equal(live.search);
  });
});

/** An all-day event from the first to the last day (inclusive), as describeEvent builds it. */
function allDay(first: string, last: string, zone = 'Europe/Helsinki'): CalendarEvent {
  const after = new Date(`${last}T00:00:00Z`);
  after.setUTCDate(after.getUTCDate() + 1);
  return {
    title: 'Kuntamarkkinat',
    start: dayStart(first, zone)!,
    end: dayStart(last, zone, 1)!,
    days: { first, after: after.toISOString().slice(0, 10) },
    location: 'Tori',
  };
}

/** The calendar file read back by ical.js: its one event. */
function readIcs(event: CalendarEvent): InstanceType<typeof ICAL.Event> {
  const calendar = new ICAL.Component(ICAL.parse(buildIcs(event, now)) as unknown[]);
  return new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
}

describe('all-day events in the calendar file', () => {
  it('writes one day as DATE values with an exclusive end', () => {
    const ics = buildIcs(allDay('2026-09-15', '2026-09-15'), now).split('\r\n');
    expect(ics).to.include('DTSTART;VALUE=DATE:20260915');
    expect(ics).to.include('DTEND;VALUE=DATE:20260916');
    expect(ics.filter((line) => line.startsWith('DTSTART') || line.startsWith('DTEND'))).to.have.length(2);
    const event = readIcs(allDay('2026-09-15', '2026-09-15'));
    expect(event.startDate.isDate).to.equal(true);
    expect(event.startDate.toString()).to.equal('2026-09-15');
    expect(event.endDate.toString()).to.equal('2026-09-16');
    expect(event.duration.toString()).to.equal('P1D');
  });

  it('writes a two-day fair as two days, also across the autumn DST change', () => {
    const fair = readIcs(allDay('2026-09-15', '2026-09-16'));
    expect([fair.startDate.toString(), fair.endDate.toString(), fair.duration.toString()]).to.deep.equal(['2026-09-15', '2026-09-17', 'P2D']);
    const autumn = readIcs(allDay('2026-10-24', '2026-10-25'));
    expect([autumn.startDate.toString(), autumn.endDate.toString(), autumn.duration.toString()]).to.deep.equal(['2026-10-24', '2026-10-26', 'P2D']);
    expect(autumn.startDate.isDate && autumn.endDate.isDate).to.equal(true);
  });

  it('keeps a timed event with a DST change inside it at its real instants', () => {
    // Helsinki: 24.10.2026 20.00 (+3) until 25.10.2026 10.00 (+2): 15 hours, not 14
    const start = parseEventTime('2026-10-24T20:00', 'Europe/Helsinki')!;
    const end = parseEventTime('2026-10-25T10:00', 'Europe/Helsinki')!;
    const event = readIcs({ title: 'Yöpäivystys', start, end });
    expect(event.startDate.isDate).to.equal(false);
    expect(event.startDate.toJSDate().toISOString()).to.equal('2026-10-24T17:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).to.equal('2026-10-25T08:00:00.000Z');
    expect(event.endDate.toUnixTime() - event.startDate.toUnixTime()).to.equal(15 * 3600);
  });
});

describe('all-day calendar links', () => {
  it('Google gets dates=YYYYMMDD/YYYYMMDD with an exclusive end', () => {
    expect(new URL(googleCalendarUrl(allDay('2026-09-15', '2026-09-16'))).searchParams.get('dates')).to.equal('20260915/20260917');
    expect(new URL(googleCalendarUrl(allDay('2026-09-15', '2026-09-15'))).searchParams.get('dates')).to.equal('20260915/20260916');
  });

  it('Outlook.com and Microsoft 365 get allday=true and the dates (end exclusive)', () => {
    for (const service of ['outlook', 'office365'] as const) {
      const url = new URL(outlookCalendarUrl(allDay('2026-09-15', '2026-09-16'), service));
      expect(url.pathname).to.equal('/calendar/0/action/compose');
      expect(url.searchParams.get('rru')).to.equal('addevent');
      expect(url.searchParams.get('allday')).to.equal('true');
      expect(url.searchParams.get('startdt')).to.equal('2026-09-15');
      expect(url.searchParams.get('enddt')).to.equal('2026-09-17');
    }
    expect(new URL(outlookCalendarUrl(seed)).searchParams.has('allday')).to.equal(false);
  });
});

describe('link text survives encoding', () => {
  const title = 'Åland & Öja #1: ääkköset åäö';
  const location = 'Kuntatalo, Toinen linja 14 & piha #2\nSali Å';
  const description = `Rivi 1 & rivi #2\nÄä Öö Åå: 50 % + 10 = ?\r\nloppu ${'Lorem ipsum åäö & #, '.repeat(14)}`.slice(0, 300);
  const event: CalendarEvent = { ...seed, title, location, description };
  it('has a 300-character description to test with', () => expect(description.length).to.equal(300));

  for (const [name, build, keys] of [
    ['Google Calendar', (e: CalendarEvent) => googleCalendarUrl(e), { title: 'text', body: 'details', location: 'location' }],
    ['Outlook.com', (e: CalendarEvent) => outlookCalendarUrl(e), { title: 'subject', body: 'body', location: 'location' }],
    ['Microsoft 365', (e: CalendarEvent) => outlookCalendarUrl(e, 'office365'), { title: 'subject', body: 'body', location: 'location' }],
  ] as const) {
    it(`${name}: subject, body and location decode back unchanged`, () => {
      const href = build(event);
      // nothing that would end the query or the URL early, and no + (Outlook shows it literally)
      expect(href.split('?')[1]).not.to.match(/[#\s+]|&(?![a-z]+=)/);
      const params = new URL(href).searchParams;
      expect(params.get(keys.title)).to.equal(title);
      expect(params.get(keys.body)).to.equal(description);
      expect(params.get(keys.location)).to.equal(location);
      expect(new URLSearchParams(href.split('?')[1]).get(keys.body)).to.equal(description);
    });
  }
});

describe('downloadBlocked', () => {
  const blocked = {
    'Facebook on iOS':
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/470.0.0.34.109;FBBV/611234567;FBDV/iPhone15,2;FBMD/iPhone;FBSN/iOS;FBSV/17.5;FBSS/3;FBID/phone;FBLC/fi_FI;FBOP/5]',
    'Facebook on Android':
      'Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP1A.240505.005; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/124.0.6367.179 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/464.0.0.52.109;]',
    'Instagram on Android':
      'Mozilla/5.0 (Linux; Android 13; SM-A536B Build/TP1A.220624.014) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/124.0.6367.179 Mobile Safari/537.36 Instagram 330.0.0.40.92 Android',
    'LINE on iOS': 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Safari Line/14.8.0',
    'an Android WebView':
      'Mozilla/5.0 (Linux; Android 14; Pixel 7; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/124.0.0.0 Mobile Safari/537.36',
    'an iOS WebView': 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
  };
  const allowed = {
    'Chrome on Windows': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    'Safari on iPhone':
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
    'Chrome on iPhone':
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1',
    'Chrome on Android': 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
    'Firefox on Linux': 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
    'Samsung Internet':
      'Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36',
    'Safari on Mac': 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  };
  it('is true for the in-app browsers it knows', () => {
    for (const [name, ua] of Object.entries(blocked)) expect(downloadBlocked(ua), name).to.equal(true);
  });
  it('is false for ordinary browsers, and for this test browser', () => {
    for (const [name, ua] of Object.entries(allowed)) expect(downloadBlocked(ua), name).to.equal(false);
    expect(downloadBlocked(navigator.userAgent)).to.equal(false);
  });
});
