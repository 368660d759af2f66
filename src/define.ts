/**
 * Defines all three elements (a side effect). The npm entries `digione-widgets/event-card` etc.
 * export the classes without defining anything.
 */
import { defineElement } from './core/define.js';
import { VERSION } from './core/version.js';
import { TAGS } from './core/tags.js';
import { DigiOneEventCard } from './event-card/event-card.js';
import { DigiOneReadinessChecker } from './readiness/readiness-checker.js';
import { DigiOneJoinForm } from './join-form/join-form.js';

export function defineAll(): void {
  defineElement(TAGS.eventCard, DigiOneEventCard, VERSION);
  defineElement(TAGS.readinessChecker, DigiOneReadinessChecker, VERSION);
  defineElement(TAGS.joinForm, DigiOneJoinForm, VERSION);
}

defineAll();
