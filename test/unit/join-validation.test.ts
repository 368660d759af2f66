import { expect } from '@open-wc/testing';
import { emptyValues, validateField, validateJoinForm, MESSAGE_MAX, type JoinFormValues } from '../../src/join-form/validation.js';
import { buildJoinRequest } from '../../src/join-form/request.js';

/** A complete, valid municipality request; each test breaks one thing. */
const valid = (patch: Partial<JoinFormValues> = {}): JoinFormValues => ({
  ...emptyValues(),
  organisationType: 'municipality',
  municipality: '049',
  contactName: 'Maija Meikäläinen',
  title: 'Sivistysjohtaja',
  email: 'maija.meikalainen@espoo.fi',
  interests: ['identity'],
  timeframe: 'next-term',
  consent: true,
  ...patch,
});

const errorOf = (patch: Partial<JoinFormValues>, field: Parameters<typeof validateField>[1]) => validateField(valid(patch), field);

describe('join form validation', () => {
  it('passes a complete request, with and without the optional fields', () => {
    expect(validateJoinForm(valid())).to.deep.equal([]);
    expect(validateJoinForm(valid({ phone: '040 123 4567', pupils: '4 500', message: 'Hei!' }))).to.deep.equal([]);
    expect(validateJoinForm(valid({ organisationType: 'other', municipality: '', organisationName: 'Koulu Oy' }))).to.deep.equal([]);
  });

  it('lists every missing required field of an empty form, in the form’s order', () => {
    expect(validateJoinForm(emptyValues())).to.deep.equal([
      { field: 'organisationType', key: 'required' },
      { field: 'contactName', key: 'required' },
      { field: 'title', key: 'required' },
      { field: 'email', key: 'required' },
      { field: 'interests', key: 'required' },
      { field: 'timeframe', key: 'required' },
      { field: 'consent', key: 'required' },
    ]);
  });

  it('organisation type: one of the four', () => {
    expect(errorOf({ organisationType: '' }, 'organisationType')).to.equal('required');
    expect(errorOf({ organisationType: 'company' as never }, 'organisationType')).to.equal('required');
    for (const type of ['municipality', 'joint-authority', 'private-provider', 'other'] as const) {
      expect(errorOf({ organisationType: type }, 'organisationType')).to.equal(undefined);
    }
  });

  it('municipality: required for type municipality; typed but not chosen says so', () => {
    expect(errorOf({ municipality: '' }, 'municipality')).to.equal('required');
    expect(validateField(valid({ municipality: '' }), 'municipality', 'Espo')).to.equal('notChosen');
    expect(errorOf({ municipality: '', organisationType: 'joint-authority' }, 'municipality')).to.equal(undefined);
  });

  it('organisation name: required for the other types, at most 200 characters', () => {
    expect(errorOf({ organisationType: 'joint-authority' }, 'organisationName')).to.equal('required');
    expect(errorOf({ organisationType: 'other', organisationName: '   ' }, 'organisationName')).to.equal('required');
    expect(errorOf({ organisationType: 'other', organisationName: 'x'.repeat(201) }, 'organisationName')).to.equal('tooLong');
    expect(errorOf({ organisationType: 'municipality' }, 'organisationName')).to.equal(undefined);
    expect(errorOf({ organisationType: '' }, 'organisationName')).to.equal(undefined);
  });

  it('contact person and title: required, at most 200 characters', () => {
    for (const field of ['contactName', 'title'] as const) {
      expect(errorOf({ [field]: ' ' }, field)).to.equal('required');
      expect(errorOf({ [field]: 'x'.repeat(201) }, field)).to.equal('tooLong');
      expect(errorOf({ [field]: 'x'.repeat(200) }, field)).to.equal(undefined);
    }
  });

  it('email: required and an address', () => {
    expect(errorOf({ email: '' }, 'email')).to.equal('required');
    expect(errorOf({ email: 'maija@espoo' }, 'email')).to.equal('email');
    expect(errorOf({ email: 'maija espoo.fi' }, 'email')).to.equal('email');
    expect(errorOf({ email: ' maija@espoo.fi ' }, 'email')).to.equal(undefined);
  });

  it('phone: optional, Finnish formats', () => {
    expect(errorOf({ phone: '' }, 'phone')).to.equal(undefined);
    expect(errorOf({ phone: '040 123 4567' }, 'phone')).to.equal(undefined);
    expect(errorOf({ phone: '+358 9 310 1234' }, 'phone')).to.equal(undefined);
    expect(errorOf({ phone: '12' }, 'phone')).to.equal('phone');
    expect(errorOf({ phone: 'soita' }, 'phone')).to.equal('phone');
  });

  it('pupils: optional whole number', () => {
    expect(errorOf({ pupils: '' }, 'pupils')).to.equal(undefined);
    expect(errorOf({ pupils: '12 500' }, 'pupils')).to.equal(undefined);
    expect(errorOf({ pupils: '4,5' }, 'pupils')).to.equal('wholeNumber');
    expect(errorOf({ pupils: '-3' }, 'pupils')).to.equal('wholeNumber');
    expect(errorOf({ pupils: 'noin 300' }, 'pupils')).to.equal('wholeNumber');
  });

  it('interests: at least one known area', () => {
    expect(errorOf({ interests: [] }, 'interests')).to.equal('required');
    expect(errorOf({ interests: ['unknown' as never] }, 'interests')).to.equal('required');
    expect(errorOf({ interests: ['data', 'training'] }, 'interests')).to.equal(undefined);
  });

  it('timeframe: one of the four', () => {
    expect(errorOf({ timeframe: '' }, 'timeframe')).to.equal('required');
    expect(errorOf({ timeframe: 'tomorrow' as never }, 'timeframe')).to.equal('required');
    expect(errorOf({ timeframe: 'not-known' }, 'timeframe')).to.equal(undefined);
  });

  it('message: optional, at most 2000 characters', () => {
    expect(errorOf({ message: '' }, 'message')).to.equal(undefined);
    expect(errorOf({ message: 'x'.repeat(MESSAGE_MAX) }, 'message')).to.equal(undefined);
    expect(errorOf({ message: 'x'.repeat(MESSAGE_MAX + 1) }, 'message')).to.equal('tooLong');
  });

  it('consent: must be given', () => {
    expect(errorOf({ consent: false }, 'consent')).to.equal('required');
    expect(errorOf({ consent: true }, 'consent')).to.equal(undefined);
  });
});

describe('join request data', () => {
  it('normalises the phone to +358, the pupils to a number, and leaves empty optional fields out', () => {
    const data = buildJoinRequest(valid({ phone: '040 123 4567', pupils: '4 500', message: '  Hei  ', email: ' maija@espoo.fi ' }), {
      municipality: { code: '049', name: 'Espoo' },
      elapsedMs: 12345.6,
    });
    expect(data).to.deep.equal({
      organisationType: 'municipality',
      municipality: { code: '049', name: 'Espoo' },
      contactName: 'Maija Meikäläinen',
      title: 'Sivistysjohtaja',
      email: 'maija@espoo.fi',
      phone: '+358401234567',
      pupils: 4500,
      interests: ['identity'],
      timeframe: 'next-term',
      message: 'Hei',
      consent: true,
      elapsedMs: 12346,
    });
    const minimal = buildJoinRequest(valid({ organisationType: 'other', organisationName: ' Koulu Oy ' }), { elapsedMs: 1 });
    expect(minimal).to.not.have.any.keys('municipality', 'phone', 'pupils', 'message', 'readiness');
    expect(minimal.organisationName).to.equal('Koulu Oy');
  });

  it('attaches the readiness result only when asked', () => {
    const readiness = { overall: 72, level: 'good', completedAt: '2026-11-20T10:00:00Z' };
    expect(buildJoinRequest(valid(), { readiness, elapsedMs: 1 })).to.not.have.key('readiness');
    expect(buildJoinRequest(valid({ attachReadiness: true }), { readiness, elapsedMs: 1 }).readiness).to.deep.equal(readiness);
  });
});
