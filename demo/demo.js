// The sample page's own language switcher: it changes <html lang>, and the widgets follow.
const texts = {
  sv: {
    skip: 'Till innehållet',
    municipality: 'Exempelby kommun',
    home: 'Startsida',
    education: 'Fostran och utbildning',
    title: 'DigiOne',
    h1: 'Exempelby ansluter sig till DigiOne',
    breadcrumbs: 'Brödsmulor',
    lead: 'DigiOne är det nationella digitala ekosystemet för lärande. Kommunförbundet verkar för att varje kommun – också en liten – kan vara med. På den här sidan kan du bedöma kommunens beredskap, anmäla dig till ett infotillfälle och anmäla intresse.',
    events: 'Kommande infotillfällen',
    readiness: 'Är vår kommun redo?',
    join: 'Anmäl intresse för att ansluta',
    footer: 'Exempelby kommun · Kommunvägen 1, 99999 Exempelby · Detta är en exempelsida.',
    privacy: 'Dataskyddsbeskrivning',
    builder: 'För webbredaktörer: kodbyggare för widgetarna',
  },
  en: {
    skip: 'Skip to content',
    municipality: 'Municipality of Esimerkkilä',
    home: 'Home',
    education: 'Education',
    title: 'DigiOne',
    h1: 'Esimerkkilä is joining DigiOne',
    breadcrumbs: 'Breadcrumbs',
    lead: 'DigiOne is the national digital ecosystem for learning. The Association of Finnish Municipalities wants every municipality – small ones too – to be able to join. On this page you can assess your municipality’s readiness, sign up for an info session and express your interest in joining.',
    events: 'Upcoming info sessions',
    readiness: 'Is our municipality ready?',
    join: 'Express interest in joining',
    footer: 'Municipality of Esimerkkilä · Kunnantie 1, 99999 Esimerkkilä · This is a sample page.',
    privacy: 'Privacy notice',
    builder: 'For web editors: the widget snippet builder',
  },
};
const finnish = {};
for (const element of document.querySelectorAll('[data-t]')) finnish[element.dataset.t] = element.textContent.trim();
for (const element of document.querySelectorAll('[data-t-label]')) finnish[element.dataset.tLabel] = element.getAttribute('aria-label');
texts.fi = finnish;

function setLanguage(lang) {
  document.documentElement.lang = lang;
  for (const element of document.querySelectorAll('[data-t]')) element.textContent = texts[lang][element.dataset.t];
  for (const element of document.querySelectorAll('[data-t-label]')) element.setAttribute('aria-label', texts[lang][element.dataset.tLabel]);
  for (const button of document.querySelectorAll('[data-lang]')) button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  document.title = `DigiOne – ${texts[lang].municipality}`;
}

for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => setLanguage(button.dataset.lang));
}
