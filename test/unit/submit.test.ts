import { expect } from '@open-wc/testing';
import { backoffDelay, parseRetryAfter, DEFAULT_RETRY } from '../../src/core/submit/backoff.js';
import { classify, RETRYABLE } from '../../src/core/submit/transport.js';
import { buildEnvelope, DATA_SCHEMAS, SUBMISSION_TYPES } from '../../src/core/submit/envelope.js';

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

  it('another 4xx or 5xx is rejected, with the problem details message', async () => {
    const problem = new Response(JSON.stringify({ type: 'about:blank', title: 'Bad Request', detail: 'Invalid fields: /data/email' }), {
      status: 400,
      headers: { 'Content-Type': 'application/problem+json' },
    });
    expect(await classify(problem)).to.deep.equal({ kind: 'rejected', status: 400, message: 'Invalid fields: /data/email' });
    const titleOnly = new Response(JSON.stringify({ title: 'Gone' }), { status: 410, headers: { 'Content-Type': 'application/problem+json' } });
    expect((await classify(titleOnly))).to.include({ message: 'Gone' });
    const html = new Response('<h1>Not found</h1>', { status: 404, headers: { 'Content-Type': 'text/html' } });
    expect(await classify(html)).to.deep.equal({ kind: 'rejected', status: 404, message: undefined });
    expect((await classify(new Response('', { status: 501 }))).kind).to.equal('rejected');
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
});
