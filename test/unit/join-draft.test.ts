import { expect } from '@open-wc/testing';
import { clearDraft, draftKey, DRAFT_MAX_AGE_MS, loadDraft, mergeValues, saveDraft } from '../../src/join-form/draft.js';
import { emptyValues } from '../../src/join-form/validation.js';

describe('join form draft', () => {
  const key = draftKey('/unit-test/liity');
  afterEach(() => localStorage.removeItem(key));

  it('is kept under a documented key, per page path', () => {
    expect(key).to.equal('digione-join-form:draft:/unit-test/liity');
  });

  it('round-trips the values but never the consent', () => {
    const values = { ...emptyValues(), contactName: 'Maija', interests: ['data' as const], consent: true };
    saveDraft(key, values, 1000);
    const stored = JSON.parse(localStorage.getItem(key)!) as { savedAt: number; values: object };
    expect(stored.savedAt).to.equal(1000);
    expect(stored.values).to.not.have.key('consent');
    expect(loadDraft(key, 2000)).to.deep.equal({ ...values, consent: false });
  });

  it('expires after 7 days and is removed then', () => {
    saveDraft(key, { ...emptyValues(), contactName: 'Maija' }, 0);
    expect(loadDraft(key, DRAFT_MAX_AGE_MS)?.contactName).to.equal('Maija');
    expect(loadDraft(key, DRAFT_MAX_AGE_MS + 1)).to.equal(undefined);
    expect(localStorage.getItem(key)).to.equal(null);
  });

  it('ignores broken or foreign data', () => {
    localStorage.setItem(key, '{not json');
    expect(loadDraft(key)).to.equal(undefined);
    localStorage.setItem(key, JSON.stringify({ savedAt: Date.now(), values: { contactName: 42, email: 'a@b.fi', extra: 'x', interests: [1] } }));
    expect(loadDraft(key)).to.deep.equal({ ...emptyValues(), email: 'a@b.fi' });
    clearDraft(key);
    expect(loadDraft(key)).to.equal(undefined);
  });

  it('merges only known fields of the right type', () => {
    const merged = mergeValues(emptyValues(), { title: 'Rehtori', consent: 'yes', interests: ['data'], nope: 1 } as never);
    expect(merged.title).to.equal('Rehtori');
    expect(merged.consent).to.equal(false);
    expect(merged.interests).to.deep.equal(['data']);
    expect(merged).to.not.have.key('nope');
  });
});
