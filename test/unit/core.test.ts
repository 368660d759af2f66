import { expect } from '@open-wc/testing';
import { checkEndpoint, safeLinkUrl } from '../../src/core/config.js';
import { supportedLanguage } from '../../src/core/language.js';
import { formatDate, formatTime, formatNumber, intlClocks, isValidTimeZone, temporalClocks } from '../../src/core/format.js';
import { email, finnishPhone, normalizeFinnishPhone, parseWholeNumber, required } from '../../src/core/validators.js';
import { TOKENS } from '../../src/core/theme.js';
import { VERSION } from '../../src/core/version.js';
import { checkContrast, contrastRatio } from '../../demo/builder/contrast.js';

describe('supportedLanguage', () => {
  it('maps region tags to the base language and refuses others', () => {
    expect(supportedLanguage('sv-FI')).to.equal('sv');
    expect(supportedLanguage('en-GB')).to.equal('en');
    expect(supportedLanguage('FI')).to.equal('fi');
    expect(supportedLanguage('de')).to.equal(undefined);
    expect(supportedLanguage('')).to.equal(undefined);
  });
});

describe('checkEndpoint', () => {
  const base = 'https://www.esimerkkila.fi/digione/';
  it('accepts https, loopback http and same-origin relative paths', () => {
    expect(checkEndpoint('https://api.example.fi/x', base)).to.deep.equal({ ok: true, url: 'https://api.example.fi/x' });
    expect(checkEndpoint('http://127.0.0.1:8787/api', base).ok).to.equal(true);
    expect(checkEndpoint('http://localhost/api', base).ok).to.equal(true);
    expect(checkEndpoint('/api/submissions', base)).to.deep.equal({ ok: true, url: 'https://www.esimerkkila.fi/api/submissions' });
    expect(checkEndpoint('submit', base)).to.deep.equal({ ok: true, url: 'https://www.esimerkkila.fi/digione/submit' });
  });
  it('refuses clear-text http, other schemes and nothing', () => {
    expect(checkEndpoint('http://api.example.fi/x', base)).to.deep.equal({ ok: false, reason: 'insecure' });
    expect(checkEndpoint('javascript:alert(1)', base)).to.deep.equal({ ok: false, reason: 'invalid' });
    expect(checkEndpoint('data:text/plain,x', base)).to.deep.equal({ ok: false, reason: 'invalid' });
    expect(checkEndpoint('ftp://example.fi', base)).to.deep.equal({ ok: false, reason: 'invalid' });
    expect(checkEndpoint('  ', base)).to.deep.equal({ ok: false, reason: 'missing' });
    expect(checkEndpoint(undefined, base)).to.deep.equal({ ok: false, reason: 'missing' });
  });
  it('refuses a protocol-relative URL to clear text', () => {
    expect(checkEndpoint('//evil.example/x', 'http://www.esimerkkila.fi/').ok).to.equal(false);
  });
});

describe('safeLinkUrl', () => {
  it('keeps http(s) and mailto, drops script and data URLs', () => {
    expect(safeLinkUrl('https://a.fi/x', 'https://b.fi/')).to.equal('https://a.fi/x');
    expect(safeLinkUrl('/tietosuoja', 'https://b.fi/x')).to.equal('https://b.fi/tietosuoja');
    expect(safeLinkUrl('javascript:alert(1)', 'https://b.fi/')).to.equal(undefined);
    expect(safeLinkUrl(' JaVaScRiPt:alert(1)', 'https://b.fi/')).to.equal(undefined);
    expect(safeLinkUrl('data:text/html,<b>x</b>', 'https://b.fi/')).to.equal(undefined);
  });
});

describe('formatters', () => {
  const date = new Date('2022-09-15T06:00:00Z'); // 9.00 in Helsinki (EEST)
  it('write Finnish dates and times with dots', () => {
    expect(formatDate(date, 'fi')).to.equal('15.9.2022');
    expect(formatTime(date, 'fi')).to.equal('9.00');
  });
  it('write Finland-Swedish and English forms', () => {
    expect(formatDate(date, 'sv')).to.equal('15.9.2022');
    expect(formatTime(date, 'sv')).to.equal('9.00');
    expect(formatDate(date, 'en')).to.equal('15 September 2022');
    expect(formatTime(date, 'en')).to.equal('09:00');
  });
  it('use the given time zone', () => {
    expect(formatTime(date, 'fi', 'Europe/Stockholm')).to.equal('8.00');
    expect(isValidTimeZone('Europe/Helsinki')).to.equal(true);
    expect(isValidTimeZone('Mars/Olympus')).to.equal(false);
  });
  it('group numbers in the language', () => {
    expect(formatNumber(1234, 'fi').replace(/\s/g, ' ')).to.equal('1 234');
    expect(formatNumber(1234, 'en')).to.equal('1,234');
    // the formatters are kept per language AND options: the second call must not reuse the first's
    expect(formatNumber(2.25, 'fi', { maximumFractionDigits: 0 })).to.equal('2');
    expect(formatNumber(2.25, 'fi', { maximumFractionDigits: 1 })).to.equal('2,3');
    expect(formatNumber(2.25, 'sv', { maximumFractionDigits: 1 })).to.equal('2,3');
  });
});

describe('wall clocks', () => {
  // The widgets read wall clocks from Temporal where the browser has it, else from Intl: both must agree.
  const temporal = (globalThis as { Temporal?: Parameters<typeof temporalClocks>[0] }).Temporal;
  const zones = ['Europe/Helsinki', 'Europe/Mariehamn', 'Europe/Stockholm', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC'];
  // around Helsinki's DST changes of 2022 and 2032, a leap day, new year, and the first day of 1970
  const instants = [
    Date.UTC(2022, 2, 27, 0, 59, 59),
    Date.UTC(2022, 2, 27, 1, 0, 0),
    Date.UTC(2022, 9, 30, 0, 30),
    Date.UTC(2022, 9, 30, 1, 30),
    Date.UTC(2032, 2, 28, 1, 0),
    Date.UTC(2032, 9, 31, 0, 59, 59),
    Date.UTC(2028, 1, 29, 22, 15),
    Date.UTC(2031, 11, 31, 22, 0),
    0,
  ];

  it('Temporal (where the browser has it) and Intl give the same wall clock', function () {
    if (!temporal) this.skip();
    const fromTemporal = temporalClocks(temporal);
    const fromIntl = intlClocks();
    for (const zone of zones) {
      for (const instant of instants) {
        expect(fromTemporal.clock(instant, zone), `${zone} ${new Date(instant).toISOString()}`).to.deep.equal(fromIntl.clock(instant, zone));
      }
    }
    expect(fromTemporal.viewerZone()).to.equal(fromIntl.viewerZone());
  });

  it('both refuse the same zone names', () => {
    const sources = temporal ? [temporalClocks(temporal), intlClocks()] : [intlClocks()];
    const valid = (source: ReturnType<typeof intlClocks>, zone: string) => {
      try {
        source.check(zone);
        return true;
      } catch {
        return false;
      }
    };
    for (const source of sources) {
      for (const zone of [...zones, 'europe/helsinki']) expect(valid(source, zone), zone).to.equal(true);
      for (const zone of ['Europe/Tampere', 'Mars/Olympus', '', 'Helsinki']) expect(valid(source, zone), zone).to.equal(false);
    }
    if (temporal) expect(valid(temporalClocks(temporal), '+02:00')).to.equal(valid(intlClocks(), '+02:00'));
  });
});

describe('validators', () => {
  it('required', () => {
    expect(required(' ')).to.equal('required');
    expect(required('x')).to.equal(undefined);
    expect(required(false)).to.equal('required');
    expect(required([])).to.equal('required');
  });
  it('email', () => {
    expect(email('nimi@kunta.fi')).to.equal(undefined);
    expect(email('etu.suku@esimerkkila.fi ')).to.equal(undefined);
    expect(email('nimi@kunta')).to.equal('email');
    expect(email('nimi kunta.fi')).to.equal('email');
    expect(email('')).to.equal(undefined);
  });
  it('normalises Finnish phone numbers to +358', () => {
    expect(normalizeFinnishPhone('040 123 4567')).to.equal('+358401234567');
    expect(normalizeFinnishPhone('09-310 1234')).to.equal('+35893101234');
    expect(normalizeFinnishPhone('+358 (0)40 123 4567')).to.equal('+358401234567');
    expect(normalizeFinnishPhone('00358401234567')).to.equal('+358401234567');
    expect(normalizeFinnishPhone('+46 8 123 456 78')).to.equal('+46812345678');
    expect(normalizeFinnishPhone('12')).to.equal(undefined);
    expect(normalizeFinnishPhone('puhelin')).to.equal(undefined);
    expect(finnishPhone('abc')).to.equal('phone');
    expect(finnishPhone('')).to.equal(undefined);
  });
  it('parses whole numbers with spaces', () => {
    expect(parseWholeNumber('1 200')).to.equal(1200);
    expect(parseWholeNumber('12.5')).to.equal(undefined);
    expect(parseWholeNumber('-3')).to.equal(undefined);
  });
});

describe('theme tokens', () => {
  it('default colours meet WCAG AA: every pair the widgets draw', () => {
    const checks = checkContrast(TOKENS);
    expect(checks.length).to.be.at.least(13);
    for (const check of checks) expect(check.passes, `${check.foreground} on ${check.background}: ${check.ratio}`).to.equal(true);
    expect(contrastRatio(TOKENS['--digione-color-focus'], TOKENS['--digione-color-primary'])).to.be.at.least(1);
  });
});

describe('version', () => {
  it('matches package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});
