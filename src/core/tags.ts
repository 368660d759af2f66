/** The custom element names of the widgets: defined by define.ts, watched by the lazy loader. */
export const TAGS = {
  eventCard: 'digione-event-card',
  readinessChecker: 'digione-readiness-checker',
  joinForm: 'digione-join-form',
} as const;
