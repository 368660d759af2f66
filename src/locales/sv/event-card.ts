import type { StringsOf } from '../../core/i18n.js';
import type fi from '../fi/event-card.js';

export default {
  untitled: 'Evenemang',
  status: {
    upcoming: 'Kommande',
    ongoing: 'Pågår nu',
    ended: 'Avslutat',
  },
  ended: 'Evenemanget har avslutats. Det går inte längre att anmäla sig eller lägga till det i kalendern.',
  when: 'Tid',
  where: 'Plats',
  online: 'På nätet',
  onlineLink: 'Delta på nätet',
  organizer: 'Arrangör',
  zoneFinland: 'Tiderna anges i finländsk tid ({{zone}}).',
  zoneOther: 'Tiderna anges i tidszonen {{zone}}.',
  viewerTime: 'I din tidszon ({{zone}}): {{time}}',
  calendar: {
    button: 'Lägg till i kalendern',
    ics: 'Kalenderfil (.ics)',
    google: 'Google Kalender',
    outlook: 'Outlook.com',
    office365: 'Microsoft 365 (Outlook)',
    downloadBlocked:
      'Den här webbläsaren inuti en app kan inte spara kalenderfilen. Lägg till evenemanget i Google Kalender eller Outlook med länkarna nedan, eller öppna sidan i en vanlig webbläsare för att ladda ner filen.',
  },
  registerLink: 'Anmäl dig',
  form: {
    title: 'Anmäl dig till evenemanget',
    name: 'Namn',
    email: 'E-post i arbetet',
    organisation: 'Organisation eller kommun',
    message: 'Meddelande till arrangören',
    consent: 'Jag godkänner att mina uppgifter behandlas för anmälan till detta evenemang.',
    privacy: 'Läs dataskyddsbeskrivningen',
    submit: 'Skicka anmälan',
    sent: 'Tack, din anmälan har tagits emot.',
  },
  errors: {
    name: { required: 'Skriv ditt namn' },
    email: { required: 'Skriv din e-postadress i arbetet', email: 'Skriv e-postadressen i formen namn@exempel.fi' },
    organisation: { required: 'Skriv namnet på din organisation eller kommun' },
    message: { tooLong: 'Meddelandet får vara högst 2 000 tecken' },
    consent: { required: 'Godkänn behandlingen av dina uppgifter för att kunna anmäla dig' },
  },
  problems: {
    startMissing: 'Evenemangets tid har inte angetts.',
    startInvalid: 'Starttiden ”{{value}}” kan inte läsas.',
    endInvalid: 'Sluttiden ”{{value}}” kan inte läsas, så endast starttiden visas.',
    endBeforeStart: 'Sluttiden är före starttiden, så endast starttiden visas.',
    endMixed: 'Sluttiden ”{{value}}” är angiven på ett annat sätt än starttiden (den ena som datum, den andra med klockslag), så endast starttiden visas.',
    timeZone: 'Tidszonen ”{{value}}” är okänd, så tiderna visas i finländsk tid.',
  },
  loadFailed: 'Evenemangets uppgifter kunde inte laddas.',
} satisfies StringsOf<typeof fi>;
