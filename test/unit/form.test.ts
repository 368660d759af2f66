import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FormState, fieldOfPointer } from '../../src/core/form.js';
import { email, required, type Rules } from '../../src/core/validators.js';

/** The least a controller needs from its element: a list of controllers and an update count. */
class Host implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  updates = 0;
  updateComplete = Promise.resolve(true);
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updates += 1;
  }
}

interface Values {
  name: string;
  email: string;
  interests: string[];
}
const rules: Rules<Values> = { name: [required], email: [required, email] };
const fields = ['name', 'email', 'interests'] as const;
const t = ((key: string) => `t(${key})`) as never;

describe('fieldOfPointer', () => {
  it('finds the field a receiver’s JSON Pointer names, by the longest prefix under /data', () => {
    expect(fieldOfPointer('/data/email', fields)).to.equal('email');
    expect(fieldOfPointer('/data/interests/2', fields)).to.equal('interests');
    expect(fieldOfPointer('/data/contact/email', fields, { '/contact/email': 'email' })).to.equal('email');
    expect(fieldOfPointer('/data/contact/phone', fields, { '/contact/email': 'email' })).to.equal(undefined);
    expect(fieldOfPointer('/source', fields)).to.equal(undefined);
    expect(fieldOfPointer('/data', fields)).to.equal(undefined);
    expect(fieldOfPointer('/data/a~1b', ['a/b'])).to.equal('a/b');
  });
});

describe('FormState', () => {
  const state = (values: Partial<Values> = {}) =>
    new FormState<Values, (typeof fields)[number]>(new Host(), {
      initial: { name: 'Maija', email: 'maija@espoo.fi', interests: [], ...values },
      rules,
      fields,
    });

  it('keeps errors as keys and translates them only when asked', () => {
    const form = state({ email: 'maija@espoo' });
    expect(form.validate()).to.equal(false);
    expect(form.errors).to.deep.equal({ email: { field: 'email', key: 'email' } });
    expect(form.message('email', t)).to.equal('t(errors.email.email)');
    expect(form.summary(t)).to.deep.equal([{ id: 'email', message: 't(errors.email.email)' }]);
  });

  it('puts the receiver’s field errors on their fields: its own message for a rule it knows, else the receiver’s words', () => {
    const form = state({ name: '' });
    const count = form.receiverErrors([
      { pointer: '/data/name', detail: 'Name missing' },
      { pointer: '/data/email', detail: 'Address unknown here' },
      { pointer: '/data/email', detail: 'a second one for the same field' },
      { pointer: '/time', detail: 'not a field' },
    ]);
    expect(count).to.equal(2);
    expect(form.message('name', t)).to.equal('t(errors.name.required)');
    expect(form.message('email', t)).to.equal('Address unknown here');
    expect(form.summary(t).map((item) => item.id)).to.deep.equal(['name', 'email']);
    expect(form.receiverErrors([{ pointer: '/source', detail: 'x' }])).to.equal(0);
  });

  it('takes an input event’s value: text, a boolean box, a box of a list', () => {
    const form = state();
    const input = document.createElement('input');
    input.name = 'interests';
    input.type = 'checkbox';
    input.value = 'data';
    input.checked = true;
    input.addEventListener('input', (event) => form.input(event));
    input.dispatchEvent(new Event('input'));
    expect(form.values.interests).to.deep.equal(['data']);
    input.checked = false;
    input.dispatchEvent(new Event('input'));
    expect(form.values.interests).to.deep.equal([]);
  });
});
