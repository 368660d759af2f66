import type { StringsOf } from '../../core/i18n.js';
import type fi from '../fi/common.js';

export default {
  optional: '(valfri)',
  endpointMissing: 'Ingen mottagaradress har angetts, så det här kan inte skickas. Till webbredaktören: ange attributet endpoint för elementet.',
  endpointRefused:
    'Mottagaradressen ”{{value}}” är inte tillåten (https eller en sökväg på webbplatsen krävs), så ingenting skickas. Till webbredaktören: rätta attributet endpoint.',
  privacyMissing:
    'Adressen till dataskyddsbeskrivningen saknas, så formuläret tar inte emot uppgifter. Till webbredaktören: ange attributet privacy-url för elementet.',
  errorSummaryTitle: 'Rätta följande',
  privacyLink: 'dataskyddsbeskrivningen',
  opensInNewWindow: '(öppnas i ett nytt fönster)',
  errorPrefix: 'Fel:',
  submission: {
    sending: 'Skickas…',
    queued: 'Sparat på den här enheten – skickas automatiskt när förbindelsen fungerar igen.',
    failed: 'Det gick inte att skicka. Dina uppgifter finns kvar i formuläret.',
    retryNow: 'Försök nu',
    expired:
      'Det gick inte att skicka inom {{days}} dagar, så det har tagits bort från den här enheten. Dina uppgifter finns kvar i formuläret – du kan skicka dem på nytt.',
    earlier: {
      delivered: 'Det som tidigare sparades på den här enheten har nu skickats.',
      expired: 'Det som tidigare sparades på den här enheten kunde inte skickas inom {{days}} dagar och har tagits bort. Skicka uppgifterna på nytt vid behov.',
      rejected: 'Mottagaren godkände inte det som tidigare sparades på den här enheten. Skicka uppgifterna på nytt vid behov.',
    },
  },
  loading: 'Laddar…',
} satisfies StringsOf<typeof fi>;
