import { expect } from '@open-wc/testing';
import { eventStatus, formatEventTime, parseEventTime, wallTimeToUtc, zoneDiffers, zoneOffset } from '../../src/event-card/event-time.js';

const iso = (d: Date | undefined) => d?.toISOString();

describe('parseEventTime', () => {
  it('reads a time without an offset as wall time in the zone (Helsinki summer, +3)', () => {
    expect(iso(parseEventTime('2022-09-15T09:00', 'Europe/Helsinki'))).to.equal('2022-09-15T06:00:00.000Z');
    expect(iso(parseEventTime('2022-12-15T09:00', 'Europe/Helsinki'))).to.equal('2022-12-15T07:00:00.000Z');
    expect(iso(parseEventTime('2022-09-15T09:00:30', 'America/New_York'))).to.equal('2022-09-15T13:00:30.000Z');
    expect(iso(parseEventTime('2022-09-15', 'Europe/Helsinki'))).to.equal('2022-09-14T21:00:00.000Z');
  });

  it('honours an explicit offset or Z, whatever the zone', () => {
    expect(iso(parseEventTime('2022-09-15T09:00Z', 'Europe/Helsinki'))).to.equal('2022-09-15T09:00:00.000Z');
    expect(iso(parseEventTime('2022-09-15T09:00:00+02:00', 'Europe/Helsinki'))).to.equal('2022-09-15T07:00:00.000Z');
    expect(iso(parseEventTime('2022-09-15T09:00-0530', 'Europe/Helsinki'))).to.equal('2022-09-15T14:30:00.000Z');
    expect(iso(parseEventTime('2022-09-15T09:00:00.250Z', 'UTC'))).to.equal('2022-09-15T09:00:00.250Z');
  });

  it('handles the DST changes: the spring gap and the doubled autumn hour', () => {
    // 27.3.2022 clocks went 03.00 → 04.00 in Helsinki; 03.30 does not exist and reads as 04.30 EEST
    expect(iso(parseEventTime('2022-03-27T03:30', 'Europe/Helsinki'))).to.equal('2022-03-27T01:30:00.000Z');
    expect(iso(parseEventTime('2022-03-27T02:30', 'Europe/Helsinki'))).to.equal('2022-03-27T00:30:00.000Z');
    expect(iso(parseEventTime('2022-03-27T04:30', 'Europe/Helsinki'))).to.equal('2022-03-27T01:30:00.000Z');
    // 30.10.2022 04.00 → 03.00: 03.30 happens twice; the first (EEST) one is taken
    expect(iso(parseEventTime('2022-10-30T03:30', 'Europe/Helsinki'))).to.equal('2022-10-30T00:30:00.000Z');
    expect(iso(parseEventTime('2022-10-30T05:00', 'Europe/Helsinki'))).to.equal('2022-10-30T03:00:00.000Z');
    expect(wallTimeToUtc(Date.UTC(2022, 6, 1, 12), 'UTC')).to.equal(Date.UTC(2022, 6, 1, 12));
  });

  it('refuses what it cannot read', () => {
    for (const bad of ['', 'tomorrow', '15.9.2022 9.00', '2022-02-30T09:00', '2022-13-01', '2022-09-15T25:00', undefined, null]) {
      expect(parseEventTime(bad, 'Europe/Helsinki'), String(bad)).to.equal(undefined);
    }
  });

  it('zoneOffset gives the offset at an instant', () => {
    expect(zoneOffset(Date.UTC(2022, 8, 15, 6), 'Europe/Helsinki')).to.equal(3 * 3600_000);
    expect(zoneOffset(Date.UTC(2022, 0, 15, 6), 'Europe/Helsinki')).to.equal(2 * 3600_000);
    expect(zoneOffset(Date.UTC(2022, 0, 15, 6), 'America/New_York')).to.equal(-5 * 3600_000);
  });
});

describe('eventStatus', () => {
  const start = new Date('2022-09-15T06:00:00Z');
  const end = new Date('2022-09-15T06:45:00Z');
  it('is upcoming before the start, ongoing until the end, ended from the end on', () => {
    expect(eventStatus(start, end, new Date('2022-09-15T05:59:59Z'))).to.equal('upcoming');
    expect(eventStatus(start, end, start)).to.equal('ongoing');
    expect(eventStatus(start, end, new Date('2022-09-15T06:44:59Z'))).to.equal('ongoing');
    expect(eventStatus(start, end, end)).to.equal('ended');
  });
  it('takes an event without an end to last an hour', () => {
    expect(eventStatus(start, undefined, new Date('2022-09-15T06:59:00Z'))).to.equal('ongoing');
    expect(eventStatus(start, undefined, new Date('2022-09-15T07:00:00Z'))).to.equal('ended');
  });
});

describe('formatEventTime', () => {
  const start = parseEventTime('2022-09-15T09:00', 'Europe/Helsinki')!;
  const end = parseEventTime('2022-09-15T09:45', 'Europe/Helsinki')!;
  it('writes the seed event in fi, sv (Finland) and en', () => {
    expect(formatEventTime(start, end, 'fi', 'Europe/Helsinki')).to.equal('to 15.9.2022 klo 9.00–9.45');
    expect(formatEventTime(start, end, 'sv', 'Europe/Helsinki')).to.equal('to 15.9.2022 kl. 9.00–9.45');
    expect(formatEventTime(start, end, 'en', 'Europe/Helsinki')).to.equal('Thu 15 September 2022, 09:00–09:45');
  });
  it('writes Finland-Swedish two-letter weekdays', () => {
    const days = [12, 13, 14, 15, 16, 17, 18].map((day) => formatEventTime(parseEventTime(`2022-09-${day}T12:00`, 'Europe/Helsinki')!, undefined, 'sv', 'Europe/Helsinki').split(' ')[0]);
    expect(days).to.deep.equal(['må', 'ti', 'on', 'to', 'fr', 'lö', 'sö']);
  });
  it('writes only the start when there is no end', () => {
    expect(formatEventTime(start, undefined, 'fi', 'Europe/Helsinki')).to.equal('to 15.9.2022 klo 9.00');
  });
  it('writes the same event in another zone', () => {
    expect(formatEventTime(start, end, 'fi', 'America/New_York')).to.equal('to 15.9.2022 klo 2.00–2.45');
    expect(formatEventTime(start, end, 'en', 'Asia/Tokyo')).to.equal('Thu 15 September 2022, 15:00–15:45');
  });
  it('writes a multi-day event as a date range', () => {
    const last = parseEventTime('2022-09-16T16:00', 'Europe/Helsinki')!;
    expect(formatEventTime(start, last, 'fi', 'Europe/Helsinki')).to.equal('15.–16.9.2022, to klo 9.00 – pe klo 16.00');
    expect(formatEventTime(start, last, 'sv', 'Europe/Helsinki')).to.match(/^15–16\.9\.2022, to kl\. 9\.00 – fr kl\. 16\.00$/);
    expect(formatEventTime(start, last, 'en', 'Europe/Helsinki')).to.match(/^15\s?–\s?16 September 2022, Thu 09:00 – Fri 16:00$/);
    const october = parseEventTime('2022-10-01T12:00', 'Europe/Helsinki')!;
    expect(formatEventTime(start, october, 'fi', 'Europe/Helsinki')).to.equal('15.9.–1.10.2022, to klo 9.00 – la klo 12.00');
  });
});

describe('zoneDiffers', () => {
  const start = new Date('2022-09-15T06:00:00Z');
  it('is false for the same zone and for a zone with the same offset', () => {
    expect(zoneDiffers(start, undefined, 'Europe/Helsinki', 'Europe/Helsinki')).to.equal(false);
    expect(zoneDiffers(start, undefined, 'Europe/Helsinki', 'Europe/Mariehamn')).to.equal(false);
  });
  it('is true when the clock times differ', () => {
    expect(zoneDiffers(start, undefined, 'Europe/Helsinki', 'Europe/Stockholm')).to.equal(true);
    expect(zoneDiffers(start, undefined, 'Europe/Helsinki', 'America/New_York')).to.equal(true);
  });
});
