import { expect } from '@open-wc/testing';
import { backoffDelay, parseRetryAfter, DEFAULT_RETRY } from '../../src/core/submit/backoff.js';
import { classify, fieldErrorsOf, PROBLEM_LIMITS, RETRYABLE } from '../../src/core/submit/transport.js';
import { buildEnvelope, DATA_SCHEMAS, SUBMISSION_TYPES } from '../../src/core/submit/envelope.js';
import { networkMessage, redirectMessage } from '../../src/core/submit/diagnostics.js';

describe('backoffDelay (full jitter)', () => {
  it('draws from [0, min(cap, base·2^retry)) with the injected random', () => {
    expect(backoffDelay(0, DEFAULT_RETRY, () => 0)).to.equal(0);
    expect(backoffDelay(0, DEFAULT_RETRY, () => 0.5)).to.equal(500);
    expect(backoffDelay(1, DEFAULT_RETRY, () => 0.5)).to.equal(1000);
    expect(backoffDelay(3, DEFAULT_RETRY, () => 0.999)).to.equal(7992);
  });

  it('never exceeds the cap of 30 s, however many retries', () => {
    expect(backoffDelay(5, DEFAULT_RETRY, () => 0.999999)).to.be.below(30_000);
    expect(backoffDelay(40, DEFAULT_RETRY, () => 0.5)).to.equal(15_000);
  });

  it('defaults to base 1 s, cap 30 s, 5 tries', () => {
    expect(DEFAULT_RETRY).to.deep.equal({ base: 1000, cap: 30_000, tries: 5 });
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-09-15T06:00:00Z');
  it('reads delay-seconds', () => {
    expect(parseRetryAfter('3', now)).to.equal(3000);
    expect(parseRetryAfter(' 0 ', now)).to.equal(0);
  });
  it('reads an HTTP-date, never negative', () => {
    expect(parseRetryAfter('Tue, 15 Sep 2026 06:00:10 GMT', now)).to.equal(10_000);
    expect(parseRetryAfter('Tue, 15 Sep 2026 05:00:00 GMT', now)).to.equal(0);
  });
  it('ignores what it cannot read', () => {
    expect(parseRetryAfter(null, now)).to.equal(undefined);
    expect(parseRetryAfter('soon', now)).to.equal(undefined);
    expect(parseRetryAfter('-5', now)).to.equal(undefined);
  });
});

describe('classify', () => {
  it('2xx is delivered', async () => {
    expect(await classify(new Response('{}', { status: 201 }))).to.deep.equal({ kind: 'ok', status: 201 });
    expect(await classify(new Response(null, { status: 204 }))).to.deep.equal({ kind: 'ok', status: 204 });
  });

  it('408, 409, 425, 429, 500, 502, 503, 504 are retried, with Retry-After', async () => {
    expect([...RETRYABLE].sort()).to.deep.equal([408, 409, 425, 429, 500, 502, 503, 504]);
    const outcome = await classify(new Response('', { status: 429, headers: { 'Retry-After': '7' } }));
    expect(outcome).to.deep.equal({ kind: 'retry', status: 429, reason: 'http-429', retryAfter: 7000 });
    expect((await classify(new Response('', { status: 503 }))).kind).to.equal('retry');
  });

  it('a redirect is not delivered: kept, held until the next trigger, with its Location when readable', async () => {
    for (const status of [301, 302, 303, 307, 308]) {
      expect(await classify(Response.redirect('https://uusi.esimerkkila.fi/api/submissions', status))).to.deep.equal({
        kind: 'retry',
        status,
        reason: 'redirect',
        hold: true,
        location: 'https://uusi.esimerkkila.fi/api/submissions',
      });
    }
    // 300 and 304 are not followed by fetch at all; they are not a delivery either.
    expect(await classify(new Response(null, { status: 304 }))).to.include({ kind: 'retry', reason: 'redirect', location: undefined });
    expect(await classify(new Response('', { status: 300 }))).to.include({ kind: 'retry', reason: 'redirect' });
  });

  it('another 4xx or 5xx is rejected, with the problem details message', async () => {
    const problem = new Response(JSON.stringify({ type: 'about:blank', title: 'Bad Request', detail: 'Invalid fields: /data/email' }), {
      status: 400,
      headers: { 'Content-Type': 'application/problem+json' },
    });
    expect(await classify(problem)).to.deep.equal({ kind: 'rejected', status: 400, message: 'Invalid fields: /data/email' });
    const titleOnly = new Response(JSON.stringify({ title: 'Gone' }), { status: 410, headers: { 'Content-Type': 'application/problem+json' } });
    expect(await classify(titleOnly)).to.include({ message: 'Gone' });
    const html = new Response('<h1>Not found</h1>', { status: 404, headers: { 'Content-Type': 'text/html' } });
    expect(await classify(html)).to.deep.equal({ kind: 'rejected', status: 404, message: undefined });
    expect((await classify(new Response('', { status: 501 }))).kind).to.equal('rejected');
  });
});

describe('field errors of a rejection (RFC 9457 problem details)', () => {
  const problem = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json; charset=utf-8' } });

  it('400 and 422 carry the errors, pointer and detail', async () => {
    const errors = [
      { pointer: '/data/email', detail: 'Sähköpostiosoite puuttuu @-merkki.' },
      { pointer: '/data/municipality/code', detail: 'Tuntematon kuntanumero.' },
    ];
    for (const status of [400, 422]) {
      expect(await classify(problem(status, { title: 'Invalid submission', detail: 'Invalid fields', errors }))).to.deep.equal({
        kind: 'rejected',
        status,
        message: 'Invalid fields',
        errors,
      });
    }
  });

  it('other statuses, and answers without errors, carry none', async () => {
    const errors = [{ pointer: '/data/email', detail: 'x' }];
    expect(await classify(problem(403, { detail: 'Forbidden origin', errors }))).to.deep.equal({ kind: 'rejected', status: 403, message: 'Forbidden origin' });
    expect(await classify(problem(400, { detail: 'Bad' }))).to.deep.equal({ kind: 'rejected', status: 400, message: 'Bad' });
    expect(await classify(problem(400, null))).to.deep.equal({ kind: 'rejected', status: 400, message: undefined });
    const notJson = new Response(JSON.stringify({ errors }), { status: 400, headers: { 'Content-Type': 'text/plain' } });
    expect(await classify(notJson)).to.deep.equal({ kind: 'rejected', status: 400, message: undefined });
  });

  it('keeps only well-formed items: a JSON Pointer and a non-empty detail, both strings', () => {
    expect(
      fieldErrorsOf([
        { pointer: '/data/email', detail: '  Tarkista osoite.  ' },
        { pointer: 'data/email', detail: 'no leading slash' },
        { pointer: '', detail: 'the whole document' },
        { pointer: '/data/name', detail: '' },
        { pointer: '/data/name', detail: 42 },
        { pointer: ['/data'], detail: 'x' },
        { field: '/data/title', message: 'the demo collector shape' },
        null,
        'string',
        { pointer: '/data/phone', detail: 'Puhelinnumero on liian lyhyt.', extra: true },
      ]),
    ).to.deep.equal([
      { pointer: '/data/email', detail: 'Tarkista osoite.' },
      { pointer: '/data/phone', detail: 'Puhelinnumero on liian lyhyt.' },
    ]);
    expect(fieldErrorsOf({ pointer: '/data/email', detail: 'not an array' })).to.deep.equal([]);
    expect(fieldErrorsOf(undefined)).to.deep.equal([]);
  });

  it('bounds how many and how long', () => {
    const many = Array.from({ length: 100 }, (_, i) => ({ pointer: `/data/f${i}`, detail: 'x'.repeat(5000) }));
    const kept = fieldErrorsOf(many);
    expect(kept).to.have.length(PROBLEM_LIMITS.errors);
    expect(kept[0].detail).to.have.length(PROBLEM_LIMITS.detail);
    expect(fieldErrorsOf([{ pointer: `/${'a'.repeat(PROBLEM_LIMITS.pointer)}`, detail: 'too long a pointer' }])).to.deep.equal([]);
  });
});

describe("the page author's console messages", () => {
  it('a redirect names the element, the endpoint, and where it points when known', () => {
    expect(redirectMessage('digione-join-form', 'https://kunta.example/api/submissions', '/moved')).to.equal(
      '<digione-join-form>: the endpoint https://kunta.example/api/submissions redirects to https://kunta.example/moved; set the final URL. ' +
        'Redirects are not followed, so nothing was delivered: the submission waits on this device.',
    );
    expect(redirectMessage('digione-event-card', 'https://kunta.example/api/submissions')).to.match(
      /^<digione-event-card>: the endpoint https:\/\/kunta\.example\/api\/submissions redirects; set the final URL\./,
    );
  });

  it('a network failure names what to check, for this origin and host', () => {
    const cors = networkMessage('digione-join-form', 'https://vastaanotto.example:8443/api/submissions', 'https://www.kunta.fi', true);
    expect(cors)
      .to.contain('vastaanotto.example:8443 answers, so CORS blocks it')
      .and.contain('Access-Control-Allow-Origin: https://www.kunta.fi')
      .and.contain('Access-Control-Allow-Headers: content-type, idempotency-key')
      .and.contain('the host name vastaanotto.example:8443');
    expect(networkMessage('digione-join-form', '/api/submissions', 'https://www.kunta.fi', false)).to.contain('www.kunta.fi does not answer.');
  });
});

describe('buildEnvelope', () => {
  it('is CloudEvents 1.0 with the data schema of its type and the page without query or fragment', () => {
    const envelope = buildEnvelope({
      type: SUBMISSION_TYPES.join,
      widget: 'digione-join-form',
      locale: 'sv',
      data: { a: 1 },
      pageUrl: 'https://www.esimerkkila.fi/digione?email=x@y.fi#lomake',
      now: new Date('2026-09-15T06:00:00Z'),
    });
    expect(envelope).to.include({
      specversion: '1.0',
      source: 'https://www.esimerkkila.fi/digione',
      type: 'fi.digione.join.requested',
      time: '2026-09-15T06:00:00.000Z',
      datacontenttype: 'application/json',
      dataschema: DATA_SCHEMAS['fi.digione.join.requested'],
      locale: 'sv',
    });
    expect(envelope.id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('names every attribute, the extensions widget, widgetversion and locale too, as CloudEvents requires: [a-z0-9], at most 20', () => {
    const envelope = buildEnvelope({
      type: SUBMISSION_TYPES.readiness,
      widget: 'digione-readiness-checker',
      locale: 'fi',
      data: {},
      pageUrl: 'https://kunta.fi/',
    });
    const names = Object.keys(envelope);
    expect(names).to.include.members(['widget', 'widgetversion', 'locale']);
    for (const name of names) expect(name).to.match(/^[a-z0-9]{1,20}$/);
  });
});
