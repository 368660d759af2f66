import { expect } from '@open-wc/testing';
import { describeEvent } from '../../src/event-card/event-view.js';
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
      eventId: 'x@esimerkkila.fi', eventTitle: 'Tietoisku', eventStart: '2022-09-15T06:00:00.000Z',
      name: 'Maija', email: 'maija@kunta.fi', organisation: 'Esimerkkilä', consent: true,
    });
  });
});

describe('icsFileName', () => {
  it('makes a plain file name of the title', () => {
    expect(icsFileName({ title: 'Tietoisku: DigiOne – kuinka mukaan?' })).to.equal('tietoisku-digione-kuinka-mukaan.ics');
    expect(icsFileName({ title: '!!!' })).to.equal('event.ics');
  });
});
