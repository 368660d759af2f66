import type { Language } from '../core/language.js';
import type { EmbedWidget } from './query.js';

/** The embed page's own words, Finnish first: its title per widget and why it shows no widget. */
export const EMBED_STRINGS: Record<Language, { titles: Record<EmbedWidget, string>; title: string; widgetMissing: string; widgetUnknown: string }> = {
  fi: {
    titles: { 'join-form': 'DigiOne: liittymislomake', 'event-card': 'DigiOne: infotilaisuus', 'readiness-checker': 'DigiOne: valmiuskartoitus' },
    title: 'DigiOne',
    widgetMissing: 'Upotusosoitteesta puuttuu widget. Lisää osoitteeseen widget=join-form, widget=event-card tai widget=readiness-checker.',
    widgetUnknown: 'Upotusosoitteen widget ”{widget}” on tuntematon. Käytä widget=join-form, widget=event-card tai widget=readiness-checker.',
  },
  sv: {
    titles: { 'join-form': 'DigiOne: anslutningsformulär', 'event-card': 'DigiOne: informationsmöte', 'readiness-checker': 'DigiOne: beredskapskartläggning' },
    title: 'DigiOne',
    widgetMissing: 'Inbäddningsadressen anger ingen widget. Lägg till widget=join-form, widget=event-card eller widget=readiness-checker.',
    widgetUnknown: 'Inbäddningsadressens widget ”{widget}” är okänd. Använd widget=join-form, widget=event-card eller widget=readiness-checker.',
  },
  en: {
    titles: { 'join-form': 'DigiOne: join form', 'event-card': 'DigiOne: info session', 'readiness-checker': 'DigiOne: readiness checker' },
    title: 'DigiOne',
    widgetMissing: 'The embed address names no widget. Add widget=join-form, widget=event-card or widget=readiness-checker.',
    widgetUnknown: 'The embed address names an unknown widget “{widget}”. Use widget=join-form, widget=event-card or widget=readiness-checker.',
  },
};

/** The message the page shows instead of a widget, in the query's language (plain text). */
export function widgetProblem(reason: 'widget-missing' | 'widget-unknown', widget: string, language: Language): string {
  const strings = EMBED_STRINGS[language];
  return reason === 'widget-missing' ? strings.widgetMissing : strings.widgetUnknown.replace('{widget}', widget.slice(0, 60));
}
