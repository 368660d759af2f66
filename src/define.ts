/**
 * Defines all three elements (a side effect), duplicate-safe. The classes are exported too, so
 * that the import brings their `HTMLElementTagNameMap` and event types. The npm entries
 * `digione-widgets/define/event-card` etc. define one element each; `digione-widgets/event-card`
 * etc. export the class without defining anything.
 */
import { defineElement } from './core/define.js';
import { VERSION } from './core/version.js';
import { TAGS } from './core/tags.js';
import { DigiOneEventCard } from './event-card/event-card.js';
import { DigiOneReadinessChecker } from './readiness/readiness-checker.js';
import { DigiOneJoinForm } from './join-form/join-form.js';

export { DigiOneEventCard, DigiOneReadinessChecker, DigiOneJoinForm };

export function defineAll(): void {
  defineElement(TAGS.eventCard, DigiOneEventCard, VERSION);
  defineElement(TAGS.readinessChecker, DigiOneReadinessChecker, VERSION);
  defineElement(TAGS.joinForm, DigiOneJoinForm, VERSION);
}

defineAll();
