/**
 * Where IndexedDB is unavailable (some private modes, locked-down embeds) the outbox keeps its
 * entries in localStorage. This file runs in its own page, so IndexedDB can be taken away
 * before the outbox first touches storage.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { attempt, enqueue, waiting } from '../../src/core/submit/outbox.js';
import { buildEnvelope, SUBMISSION_TYPES } from '../../src/core/submit/envelope.js';

Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });

describe('outbox without IndexedDB', () => {
  it('keeps the entry in localStorage until the endpoint said 2xx', async () => {
    await executeServerCommand('collector-reset');
    const endpoint = await executeServerCommand<string, undefined>('collector-url');
    const envelope = buildEnvelope({
      type: SUBMISSION_TYPES.readiness,
      widget: 'digione-readiness-checker',
      locale: 'fi',
      pageUrl: location.href,
      data: {
        questionnaire: { id: 'digione-readiness', version: '1.0.0' },
        answers: { q1: 'yes' },
        scores: { overall: 100, level: 'ready', areas: [{ id: 'data', score: 100, answered: 1, total: 1 }] },
      },
    });
    await enqueue({ id: envelope.id, endpoint, body: JSON.stringify(envelope), widget: envelope.widget, expires: Date.now() + 60_000 });
    const stored = JSON.parse(localStorage.getItem('digione-outbox') ?? '{}') as Record<string, unknown>;
    expect(Object.keys(stored)).to.deep.equal([envelope.id]);
    expect((await waiting()).map((e) => e.id)).to.deep.equal([envelope.id]);

    expect(await attempt(envelope.id)).to.deep.equal({ kind: 'ok', status: 201 });
    expect(localStorage.getItem('digione-outbox')).to.equal(null);
    const rows = await executeServerCommand<Array<{ id: string }>, { id: string }>('collector-rows', { id: envelope.id });
    expect(rows).to.have.length(1);
  });
});
