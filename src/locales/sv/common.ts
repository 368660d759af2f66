import type { StringsOf } from '../../core/i18n.js';
import type fi from '../fi/common.js';

export default {
  optional: '(valfri)',
  endpointMissing: 'Ingen mottagaradress har angetts, så det här kan inte skickas. Till webbredaktören: ange attributet endpoint för elementet.',
  endpointRefused: 'Mottagaradressen ”{{value}}” är inte tillåten (https eller en sökväg på webbplatsen krävs), så ingenting skickas. Till webbredaktören: rätta attributet endpoint.',
  privacyMissing: 'Adressen till dataskyddsbeskrivningen saknas, så formuläret tar inte emot uppgifter. Till webbredaktören: ange attributet privacy-url för elementet.',
  errorSummaryTitle: 'Rätta följande',
  privacyLink: 'dataskyddsbeskrivningen',
  opensInNewWindow: '(öppnas i ett nytt fönster)',
  errorPrefix: 'Fel:',
  submission: {
    sending: 'Skickas…',
    queued: 'Sparat på den här enheten – skickas automatiskt när förbindelsen fungerar igen.',
    failed: 'Det gick inte att skicka. Dina uppgifter finns kvar i formuläret.',
  },
  loading: 'Laddar…',
} satisfies StringsOf<typeof fi>;
