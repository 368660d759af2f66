import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { buildIcs, escapeText, eventUid, foldLine, googleCalendarUrl, outlookCalendarUrl, type CalendarEvent } from '../../src/event-card/calendar.js';

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
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//DigiOne//digione-widgets//FI', 'METHOD:PUBLISH', 'BEGIN:VEVENT',
      'UID:tietoisku-2022@kuntaliitto.fi', 'DTSTAMP:20220901T100000Z', 'DTSTART:20220915T060000Z', 'DTEND:20220915T064500Z',
      'SUMMARY:Tietoisku oppimisen hankkeesta DigiOne – kuinka ekosysteemiin pääsee mukaan',
      'LOCATION:Kuntatalo\\, Toinen linja 14\\, 00530 Helsinki', 'URL:https://example.fi/tapahtuma', 'END:VEVENT', 'END:VCALENDAR',
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
