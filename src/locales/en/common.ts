import type { StringsOf } from '../../core/i18n.js';
import type fi from '../fi/common.js';

export default {
  optional: '(optional)',
  endpointMissing: 'No endpoint is set, so this cannot be sent. Page editor: set the endpoint attribute on the element.',
  endpointRefused:
    'The endpoint “{{value}}” is not allowed (https or a path on this site is required), so nothing will be sent. Page editor: fix the endpoint attribute.',
  privacyMissing: 'No privacy notice address is set, so the form takes no submissions. Page editor: set the privacy-url attribute on the element.',
  errorSummaryTitle: 'Please correct the following',
  privacyLink: 'privacy notice',
  opensInNewWindow: '(opens in a new window)',
  errorPrefix: 'Error:',
  submission: {
    sending: 'Sending…',
    queued: 'Saved on this device – it will be sent automatically when the connection is back.',
    failed: 'Sending failed. Your information is still in the form.',
    retryNow: 'Try now',
    expired:
      'It could not be delivered within {{days}} days, so it was removed from this device. Your information is still in the form – you can send it again.',
    earlier: {
      delivered: 'A submission saved earlier on this device has now been delivered.',
      expired:
        'A submission saved earlier on this device could not be delivered within {{days}} days and was removed. Please send the information again if needed.',
      rejected: 'The receiver did not accept a submission saved earlier on this device. Please send the information again if needed.',
    },
  },
  loading: 'Loading…',
} satisfies StringsOf<typeof fi>;
