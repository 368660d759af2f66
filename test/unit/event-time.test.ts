import { expect } from '@open-wc/testing';
import {
  addDays,
  dayStart,
  eventStatus,
  formatEventDays,
  formatEventTime,
  isDateOnly,
  parseEventTime,
  wallTimeToUtc,
  zoneDiffers,
  zoneOffset,
} from '../../src/event-card/event-time.js';

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
    const days = [12, 13, 14, 15, 16, 17, 18].map(
      (day) => formatEventTime(parseEventTime(`2022-09-${day}T12:00`, 'Europe/Helsinki')!, undefined, 'sv', 'Europe/Helsinki').split(' ')[0],
    );
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

describe('all-day dates', () => {
  it('isDateOnly tells a date from a date-time', () => {
    for (const yes of ['2026-09-15', ' 2026-09-15 ']) expect(isDateOnly(yes), yes).to.equal(true);
    for (const no of ['2026-09-15T00:00', '2026-09-15Z', '2026-9-15', '15.9.2026', '', undefined, null]) expect(isDateOnly(no), String(no)).to.equal(false);
  });

  it('addDays counts calendar days across months, years and leap days', () => {
    expect(addDays('2026-09-15', 1)).to.equal('2026-09-16');
    expect(addDays('2026-09-30', 1)).to.equal('2026-10-01');
    expect(addDays('2026-12-31', 1)).to.equal('2027-01-01');
    expect(addDays('2028-02-28', 1)).to.equal('2028-02-29');
    expect(addDays('2026-09-15', 0)).to.equal('2026-09-15');
  });

  it('dayStart is local midnight in the zone, also on either side of a DST change', () => {
    expect(iso(dayStart('2026-09-15', 'Europe/Helsinki'))).to.equal('2026-09-14T21:00:00.000Z');
    expect(iso(dayStart('2026-09-15', 'Europe/Helsinki', 1))).to.equal('2026-09-15T21:00:00.000Z');
    expect(iso(dayStart('2026-09-15', 'America/New_York'))).to.equal('2026-09-15T04:00:00.000Z');
    // Helsinki leaves summer time on 25.10.2026: the 24th starts at +3, the 26th at +2
    expect(iso(dayStart('2026-10-24', 'Europe/Helsinki'))).to.equal('2026-10-23T21:00:00.000Z');
    expect(iso(dayStart('2026-10-25', 'Europe/Helsinki', 1))).to.equal('2026-10-25T22:00:00.000Z');
    // and enters it on 29.3.2026: that day is 23 hours long
    const spring = dayStart('2026-03-29', 'Europe/Helsinki')!;
    expect(dayStart('2026-03-29', 'Europe/Helsinki', 1)!.getTime() - spring.getTime()).to.equal(23 * 3600_000);
  });

  it('dayStart refuses a date-time and a date that does not exist', () => {
    for (const bad of ['2026-09-15T09:00', '2026-02-30', '2026-13-01', 'x', '', undefined]) {
      expect(dayStart(bad, 'Europe/Helsinki'), String(bad)).to.equal(undefined);
    }
  });

  it('the status of an all-day event follows its days in its zone', () => {
    const start = dayStart('2026-09-15', 'Europe/Helsinki')!;
    const end = dayStart('2026-09-16', 'Europe/Helsinki', 1)!;
    expect(eventStatus(start, end, new Date('2026-09-14T20:59:59Z'))).to.equal('upcoming');
    expect(eventStatus(start, end, new Date('2026-09-14T21:00:00Z'))).to.equal('ongoing');
    expect(eventStatus(start, end, new Date('2026-09-16T20:59:59Z'))).to.equal('ongoing');
    expect(eventStatus(start, end, new Date('2026-09-16T21:00:00Z'))).to.equal('ended');
  });
});

describe('formatEventDays', () => {
  const zone = 'Europe/Helsinki';
  const days = (first: string, last: string, language: 'fi' | 'sv' | 'en', timeZone = zone) =>
    formatEventDays(dayStart(first, timeZone)!, dayStart(last, timeZone, 1)!, language, timeZone);
  it('writes one day with its weekday and no time, in fi, sv and en', () => {
    expect(days('2026-09-15', '2026-09-15', 'fi')).to.equal('ti 15.9.2026');
    expect(days('2026-09-15', '2026-09-15', 'sv')).to.equal('ti 15.9.2026');
    expect(days('2026-09-15', '2026-09-15', 'en')).to.equal('Tue 15 September 2026');
    expect(days('2026-09-17', '2026-09-17', 'sv')).to.equal('to 17.9.2026');
  });
  it('writes several days as a date range', () => {
    expect(days('2026-09-15', '2026-09-16', 'fi')).to.equal('15.–16.9.2026');
    expect(days('2026-09-15', '2026-09-16', 'sv')).to.match(/^15–16\.9\.2026$/);
    expect(days('2026-09-15', '2026-09-16', 'en')).to.match(/^15\s?–\s?16 September 2026$/);
    expect(days('2026-09-30', '2026-10-02', 'fi')).to.equal('30.9.–2.10.2026');
    expect(days('2026-12-31', '2027-01-01', 'fi')).to.equal('31.12.2026–1.1.2027');
  });
  it("counts the days in the event's zone, across a DST change and far from UTC", () => {
    expect(days('2026-10-24', '2026-10-25', 'fi')).to.equal('24.–25.10.2026');
    expect(days('2026-10-25', '2026-10-25', 'fi')).to.equal('su 25.10.2026');
    expect(days('2026-09-15', '2026-09-15', 'fi', 'Pacific/Kiritimati')).to.equal('ti 15.9.2026');
    expect(days('2026-09-15', '2026-09-16', 'en', 'Pacific/Pago_Pago')).to.match(/^15\s?–\s?16 September 2026$/);
  });
});
