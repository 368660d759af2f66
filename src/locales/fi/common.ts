export default {
  optional: '(valinnainen)',
  endpointMissing: 'Lähetysosoitetta ei ole määritetty, joten tätä ei voi lähettää. Sivun ylläpitäjä: aseta elementille endpoint-attribuutti.',
  endpointRefused:
    'Lähetysosoite ”{{value}}” ei ole sallittu (vaaditaan https tai sivuston oma polku), joten mitään ei lähetetä. Sivun ylläpitäjä: korjaa endpoint-attribuutti.',
  privacyMissing:
    'Tietosuojaselosteen osoitetta ei ole määritetty, joten lomake ei ota vastaan tietoja. Sivun ylläpitäjä: aseta elementille privacy-url-attribuutti.',
  errorSummaryTitle: 'Korjaa seuraavat kohdat',
  privacyLink: 'tietosuojaseloste',
  opensInNewWindow: '(avautuu uuteen ikkunaan)',
  errorPrefix: 'Virhe:',
  submission: {
    sending: 'Lähetetään…',
    queued: 'Tallennettu tälle laitteelle – lähetetään automaattisesti, kun yhteys palaa.',
    failed: 'Lähetys ei onnistunut. Tietosi ovat yhä lomakkeella.',
    retryNow: 'Yritä nyt',
    expired:
      'Lähetystä ei saatu perille {{days}} päivän aikana, joten se poistettiin tältä laitteelta. Tietosi ovat yhä lomakkeella – voit lähettää ne uudelleen.',
    earlier: {
      delivered: 'Tälle laitteelle aiemmin tallennettu lähetys on nyt perillä.',
      expired:
        'Tälle laitteelle aiemmin tallennettua lähetystä ei saatu perille {{days}} päivän aikana, joten se poistettiin. Lähetä tiedot tarvittaessa uudelleen.',
      rejected: 'Vastaanottaja ei hyväksynyt tälle laitteelle aiemmin tallennettua lähetystä. Lähetä tiedot tarvittaessa uudelleen.',
    },
  },
  loading: 'Ladataan…',
};
