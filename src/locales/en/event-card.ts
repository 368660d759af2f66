import type { StringsOf } from '../../core/i18n.js';
import type fi from '../fi/event-card.js';

export default {
  untitled: 'Event',
  status: {
    upcoming: 'Upcoming',
    ongoing: 'Happening now',
    ended: 'Ended',
  },
  ended: 'This event has ended. Registration and adding it to a calendar are no longer available.',
  when: 'When',
  where: 'Where',
  online: 'Online',
  onlineLink: 'Join online',
  organizer: 'Organiser',
  zoneFinland: 'Times are in Finnish time ({{zone}}).',
  zoneOther: 'Times are in the {{zone}} time zone.',
  viewerTime: 'In your time zone ({{zone}}): {{time}}',
  calendar: {
    button: 'Add to calendar',
    ics: 'Calendar file (.ics)',
    google: 'Google Calendar',
    outlook: 'Outlook.com',
    office365: 'Microsoft 365 (Outlook)',
    downloadBlocked:
      'This in-app browser cannot save the calendar file. Add the event to Google Calendar or Outlook with the links below, or open the page in your usual browser to download the file.',
  },
  registerLink: 'Register',
  form: {
    title: 'Register for the event',
    name: 'Name',
    email: 'Work email',
    organisation: 'Organisation or municipality',
    message: 'Message to the organiser',
    consent: 'I agree that my details are processed for registering for this event.',
    privacy: 'Read the privacy notice',
    submit: 'Send registration',
    sent: 'Thank you, your registration has been received.',
  },
  errors: {
    name: { required: 'Enter your name' },
    email: { required: 'Enter your work email address', email: 'Enter an email address in the form name@example.fi' },
    organisation: { required: 'Enter the name of your organisation or municipality' },
    message: { tooLong: 'The message can be at most 2,000 characters' },
    consent: { required: 'Agree to the processing of your details to register' },
  },
  problems: {
    startMissing: 'No time has been given for this event.',
    startInvalid: 'The start time “{{value}}” cannot be read.',
    endInvalid: 'The end time “{{value}}” cannot be read, so only the start time is shown.',
    endBeforeStart: 'The end time is before the start time, so only the start time is shown.',
    endMixed: 'The end “{{value}}” is given differently from the start (one as a date, the other with a time), so only the start is shown.',
    timeZone: 'The time zone “{{value}}” is unknown, so times are shown in Finnish time.',
  },
  loadFailed: 'The event details could not be loaded.',
} satisfies StringsOf<typeof fi>;
