import { expect } from '@open-wc/testing';
import { describeEvent, whenDatetime, whenText } from '../../src/event-card/event-view.js';
import { buildRegistration, validateRegistration } from '../../src/event-card/registration.js';
import { icsFileName } from '../../src/event-card/calendar.js';

const options = { now: new Date('2022-09-01T00:00:00Z'), base: 'https://www.esimerkkila.fi/', untitled: 'Nimetön', startMayFollow: false };
const seed = { heading: 'Tietoisku', start: '2022-09-15T09:00', end: '2022-09-15T09:45', location: 'Kuntatalo', address: 'Toinen linja 14' };

describe('describeEvent', () => {
  it('reads the seed event in Helsinki time and builds its calendar entry', () => {
    const view = describeEvent(seed, options);
    expect(view.problems).to.deep.equal([]);
    expect(view.warnings).to.deep.equal([]);
    expect(view.start!.toISOString()).to.equal('2022-09-15T06:00:00.000Z');
    expect(view.status).to.equal('upcoming');
    expect(view.calendar).to.deep.include({ title: 'Tietoisku', location: 'Kuntatalo, Toinen linja 14' });
    expect(view.calendar!.end.toISOString()).to.equal('2022-09-15T06:45:00.000Z');
  });

  it('falls back to Helsinki for an unknown zone, and says so', () => {
    const view = describeEvent({ ...seed, timeZone: 'Mars/Olympus' }, options);
    expect(view.timeZone).to.equal('Europe/Helsinki');
    expect(view.problems).to.deep.equal([{ key: 'timeZone', value: 'Mars/Olympus' }]);
    expect(view.warnings[0]).to.include({ attribute: 'time-zone', value: 'Mars/Olympus' });
  });

  it('shows no time for a missing or unparsable start, unless the start may still come from src', () => {
    expect(describeEvent({ heading: 'x' }, options).problems).to.deep.equal([{ key: 'startMissing' }]);
    expect(describeEvent({ heading: 'x' }, { ...options, startMayFollow: true }).problems).to.deep.equal([]);
    const bad = describeEvent({ ...seed, start: 'huomenna' }, options);
    expect(bad.problems[0]).to.deep.equal({ key: 'startInvalid', value: 'huomenna' });
    expect(bad.calendar).to.equal(undefined);
  });

  it('ignores an end before the start, and an end that is no date', () => {
    const before = describeEvent({ ...seed, end: '2022-09-15T08:00' }, options);
    expect(before.end).to.equal(undefined);
    expect(before.problems).to.deep.equal([{ key: 'endBeforeStart' }]);
    expect(describeEvent({ ...seed, end: 'x' }, options).problems).to.deep.equal([{ key: 'endInvalid', value: 'x' }]);
  });

  it('leaves script and data URLs out of the links, with a warning naming the attribute', () => {
    const view = describeEvent({ ...seed, onlineUrl: 'javascript:alert(1)', registrationUrl: 'data:text/html,x' }, options);
    expect(view.onlineUrl).to.equal(undefined);
    expect(view.registrationUrl).to.equal(undefined);
    expect(view.warnings.map((w) => w.attribute)).to.deep.equal(['online-url', 'registration-url']);
    expect(describeEvent({ ...seed, registrationUrl: '/ilmoittaudu' }, options).calendar!.url).to.equal('https://www.esimerkkila.fi/ilmoittaudu');
  });

  it('computes the status from the given clock', () => {
    expect(describeEvent(seed, { ...options, now: new Date('2022-09-15T06:10:00Z') }).status).to.equal('ongoing');
    expect(describeEvent(seed, { ...options, now: new Date('2022-09-15T07:00:00Z') }).status).to.equal('ended');
  });
});

describe('describeEvent: all-day events', () => {
  const fair = { heading: 'Kuntamarkkinat', start: '2026-09-15', end: '2026-09-16' };
  const at = (now: string) => ({ ...options, now: new Date(now) });

  it('reads date-only start and end as whole days in the zone, with an exclusive end', () => {
    const view = describeEvent(fair, at('2026-09-01T00:00:00Z'));
    expect(view.problems).to.deep.equal([]);
    expect(view.warnings).to.deep.equal([]);
    expect(view.allDay).to.equal(true);
    expect(view.start!.toISOString()).to.equal('2026-09-14T21:00:00.000Z');
    expect(view.end!.toISOString()).to.equal('2026-09-16T21:00:00.000Z');
    expect(view.calendar).to.deep.include({ start: view.start, end: view.end, days: { first: '2026-09-15', after: '2026-09-17' } });
    expect(whenText(view, 'fi')).to.equal('15.–16.9.2026');
    expect(whenDatetime(view)).to.equal('2026-09-15');
  });

  it('takes a date-only start without an end as one day', () => {
    const view = describeEvent({ heading: 'x', start: '2026-09-15' }, options);
    expect(view.calendar!.days).to.deep.equal({ first: '2026-09-15', after: '2026-09-16' });
    expect(view.end!.toISOString()).to.equal('2026-09-15T21:00:00.000Z');
    expect(whenText(view, 'fi')).to.equal('ti 15.9.2026');
    expect(whenText(view, 'sv')).to.equal('ti 15.9.2026');
    expect(whenText(view, 'en')).to.equal('Tue 15 September 2026');
  });

  it("follows the days in the event's zone for the status", () => {
    expect(describeEvent(fair, at('2026-09-14T20:59:00Z')).status).to.equal('upcoming');
    expect(describeEvent(fair, at('2026-09-14T21:00:00Z')).status).to.equal('ongoing');
    expect(describeEvent(fair, at('2026-09-16T20:59:59Z')).status).to.equal('ongoing');
    expect(describeEvent(fair, at('2026-09-16T21:00:00Z')).status).to.equal('ended');
    // in New York the fair's days begin seven hours later
    const ny = { ...fair, timeZone: 'America/New_York' };
    expect(describeEvent(ny, at('2026-09-15T03:59:00Z')).status).to.equal('upcoming');
    expect(describeEvent(ny, at('2026-09-17T03:59:00Z')).status).to.equal('ongoing');
    expect(describeEvent(ny, at('2026-09-17T04:00:00Z')).status).to.equal('ended');
  });

  it('keeps its days across a DST change', () => {
    const view = describeEvent({ heading: 'x', start: '2026-10-24', end: '2026-10-25' }, options);
    expect(view.start!.toISOString()).to.equal('2026-10-23T21:00:00.000Z');
    expect(view.end!.toISOString()).to.equal('2026-10-25T22:00:00.000Z');
    expect(view.calendar!.days).to.deep.equal({ first: '2026-10-24', after: '2026-10-26' });
  });

  it('ignores a last day before the first, and says so; a same-day end is one day', () => {
    const before = describeEvent({ ...fair, end: '2026-09-14' }, options);
    expect(before.problems).to.deep.equal([{ key: 'endBeforeStart' }]);
    expect(before.calendar!.days).to.deep.equal({ first: '2026-09-15', after: '2026-09-16' });
    expect(describeEvent({ ...fair, end: '2026-09-15' }, options).problems).to.deep.equal([]);
    const bad = describeEvent({ ...fair, end: '2026-09-31' }, options);
    expect(bad.problems).to.deep.equal([{ key: 'endInvalid', value: '2026-09-31' }]);
    expect(bad.calendar!.days!.after).to.equal('2026-09-16');
  });

  it('refuses a mixed start and end with one problem and one warning, and ignores the end', () => {
    const dateThenTime = describeEvent({ ...fair, end: '2026-09-16T16:00' }, options);
    expect(dateThenTime.problems).to.deep.equal([{ key: 'endMixed', value: '2026-09-16T16:00' }]);
    expect(dateThenTime.warnings).to.have.length(1);
    expect(dateThenTime.warnings[0]).to.include({ attribute: 'end', value: '2026-09-16T16:00' });
    expect(dateThenTime.allDay).to.equal(true);
    expect(dateThenTime.calendar!.days).to.deep.equal({ first: '2026-09-15', after: '2026-09-16' });

    const timeThenDate = describeEvent({ ...fair, start: '2026-09-15T09:00', end: '2026-09-16' }, options);
    expect(timeThenDate.problems).to.deep.equal([{ key: 'endMixed', value: '2026-09-16' }]);
    expect(timeThenDate.warnings).to.have.length(1);
    expect(timeThenDate.allDay).to.equal(false);
    expect(timeThenDate.end).to.equal(undefined);
    expect(timeThenDate.calendar!.days).to.equal(undefined);
    expect(timeThenDate.calendar!.end.toISOString()).to.equal('2026-09-15T07:00:00.000Z');
    expect(whenText(timeThenDate, 'fi')).to.equal('ti 15.9.2026 klo 9.00');
  });

  it('keeps a timed event as it was', () => {
    const view = describeEvent(seed, options);
    expect(view.allDay).to.equal(false);
    expect(view.calendar!.days).to.equal(undefined);
    expect(whenDatetime(view)).to.equal('2022-09-15T06:00:00.000Z');
    expect(whenText(view, 'fi')).to.equal('to 15.9.2022 klo 9.00–9.45');
  });
});

describe('registration', () => {
  const valid = { name: 'Maija Meikäläinen', email: 'maija@kunta.fi', organisation: 'Esimerkkilä', message: '', consent: true };
  it('validates every field in form order', () => {
    expect(validateRegistration(valid)).to.deep.equal([]);
    expect(validateRegistration({ name: ' ', email: 'maija@kunta', organisation: '', message: 'x'.repeat(2001), consent: false })).to.deep.equal([
      { field: 'name', key: 'required' },
      { field: 'email', key: 'email' },
      { field: 'organisation', key: 'required' },
      { field: 'message', key: 'tooLong' },
      { field: 'consent', key: 'required' },
    ]);
  });
  it('builds the posted data, trimmed, without an empty message', () => {
    const event = { title: 'Tietoisku', start: new Date('2022-09-15T06:00:00Z'), end: new Date('2022-09-15T06:45:00Z'), uid: 'x@esimerkkila.fi' };
    expect(buildRegistration({ ...valid, name: ' Maija ' }, event)).to.deep.equal({
      eventId: 'x@esimerkkila.fi',
      eventTitle: 'Tietoisku',
      eventStart: '2022-09-15T06:00:00.000Z',
      name: 'Maija',
      email: 'maija@kunta.fi',
      organisation: 'Esimerkkilä',
      consent: true,
    });
  });
  it("sends an all-day event's start as the instant its first day begins, with allDay: true", () => {
    const view = describeEvent({ heading: 'Kuntamarkkinat', start: '2026-09-15', end: '2026-09-16', eventId: 'markkinat@kunta.fi' }, options);
    const data = buildRegistration(valid, view.calendar!);
    expect(data.eventStart).to.equal('2026-09-14T21:00:00.000Z');
    expect(data.allDay).to.equal(true);
    expect(buildRegistration(valid, describeEvent(seed, options).calendar!)).not.to.have.property('allDay');
  });
});

describe('icsFileName', () => {
  it('makes a plain file name of the title', () => {
    expect(icsFileName({ title: 'Tietoisku: DigiOne – kuinka mukaan?' })).to.equal('tietoisku-digione-kuinka-mukaan.ics');
    expect(icsFileName({ title: '!!!' })).to.equal('event.ics');
  });
});
