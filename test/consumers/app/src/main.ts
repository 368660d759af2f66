// A Vite + TypeScript page: the defining import alone brings the element and event types.
import 'digione-widgets/define';
import { defineElement, DigiOneEventCard, readReadinessResult, version, type SubmittedDetail } from 'digione-widgets';

// a second tag name for the card, as the README shows
defineElement('kunta-tapahtuma', class extends DigiOneEventCard {}, version);

const form = document.querySelector('digione-join-form')!;
form.prefill = { organisationName: 'Esimerkkilän kunta', email: 'digi@example.fi', pupils: 1200 };

const log = document.querySelector('output')!;
form.addEventListener('digione-submitted', (event) => {
  const detail: SubmittedDetail = event.detail;
  log.value = `sent ${detail.id.slice(0, 8)} (${event.detail.status})`;
});
form.addEventListener('digione-submit-failed', (event) => {
  log.value = `${event.detail.status}: ${event.detail.message}`;
});
document.querySelector('digione-event-card')!.addEventListener('digione-calendar-add', (event) => {
  log.value = event.detail.service;
});
document.querySelector('digione-readiness-checker')!.addEventListener('digione-readiness-complete', (event) => {
  log.value = `${event.detail.result.scores.overall} %`;
});
const stored = readReadinessResult();
if (stored) log.value = stored.scores.level;
