import type { Area, LocalizedText, Questionnaire } from './questionnaire.js';

/*
 * The built-in DigiOne readiness questionnaire. Its areas follow SELFIE and DigCompOrg (the EU's
 * self-reflection frameworks for digitally capable schools and organisations), its scale is
 * the 5-step one of Kuntaliitto's municipal digitalisation surveys (kuntadigi), and its
 * questions cover what the DigiOne roll-out asks of a municipality. It says nothing about
 * DigiOne's fees or contracts. Written compactly (the texts ship in the bundle): `t()` makes a
 * text, `q()` a question on the shared scale, and the recommendations of an area are given in
 * level order.
 */
const t = (fi: string, sv: string, en: string): LocalizedText => ({ fi, sv, en });
const q = (id: string, text: LocalizedText, help?: LocalizedText) => ({ id, type: 'scale' as const, text, help });
const LEVELS = ['start', 'developing', 'good', 'advanced'];
const area = (id: string, title: LocalizedText, description: LocalizedText, questions: Area['questions'], advice: LocalizedText[]): Area => ({
  id,
  title,
  description,
  questions,
  recommendations: Object.fromEntries(advice.map((text, i) => [LEVELS[i], text])),
});

export const DEFAULT_QUESTIONNAIRE: Questionnaire = {
  id: 'digione-readiness',
  version: '1.0.0',
  minutes: 10,
  title: t('DigiOne-valmiuskartoitus', 'DigiOne-beredskapskartläggning', 'DigiOne readiness check'),
  intro: t(
    'Kartoitus auttaa kuntaa arvioimaan valmiuksiaan liittyä DigiOneen, opetuksen ja oppimisen digitaaliseen ekosysteemiin. Vastaa kunnan nykytilanteen mukaan. Jos et tiedä, valitse ”En osaa sanoa”.',
    'Kartläggningen hjälper kommunen att bedöma sin beredskap att ansluta sig till DigiOne, det digitala ekosystemet för undervisning och lärande. Svara utifrån kommunens nuläge. Om du inte vet, välj ”Vet inte”.',
    'This check helps a municipality assess its readiness to join DigiOne, the digital ecosystem for teaching and learning. Answer for your municipality as it is today. If you are not sure, choose “Don’t know”.',
  ),
  scale: [
    { value: '1', points: 1, label: t('Ei aloitettu', 'Inte påbörjat', 'Not started') },
    { value: '2', points: 2, label: t('Suunnitteilla', 'Planeras', 'Planned') },
    { value: '3', points: 3, label: t('Käynnissä', 'Pågår', 'In progress') },
    { value: '4', points: 4, label: t('Käytössä', 'I bruk', 'In place') },
    {
      value: '5',
      points: 5,
      label: t('Vakiintunut ja kehittyy jatkuvasti', 'Etablerat och utvecklas kontinuerligt', 'Established and continuously developed'),
    },
    { value: 'dk', points: null, label: t('En osaa sanoa', 'Vet inte', 'Don’t know') },
  ],
  levels: [
    {
      id: 'start',
      min: 0,
      name: t('Alkuvaihe', 'Startskede', 'Getting started'),
      description: t(
        'Perusta on vasta rakentumassa. Aloittakaa suosituksista heikoimmasta osa-alueesta alkaen.',
        'Grunden håller på att byggas. Börja med rekommendationerna, från det svagaste området.',
        'The groundwork is still being laid. Start with the recommendations, weakest area first.',
      ),
    },
    {
      id: 'developing',
      min: 35,
      name: t('Kehittyvä', 'Under utveckling', 'Developing'),
      description: t(
        'Moni asia on käynnissä. Täydentäkää puutteet ennen käyttöönoton suunnittelua.',
        'Mycket är på gång. Åtgärda bristerna innan ni planerar införandet.',
        'Much is under way. Fill the gaps before planning the roll-out.',
      ),
    },
    {
      id: 'good',
      min: 60,
      name: t('Hyvät valmiudet', 'Goda förutsättningar', 'Well prepared'),
      description: t(
        'Voitte aloittaa käyttöönoton suunnittelun ja vahvistaa heikompia osa-alueita samalla.',
        'Ni kan börja planera införandet och samtidigt stärka de svagare områdena.',
        'You can start planning the roll-out and strengthen the weaker areas along the way.',
      ),
    },
    {
      id: 'advanced',
      min: 80,
      name: t('Edistynyt', 'Långt kommen', 'Advanced'),
      description: t(
        'Toimintatavat ovat vakiintuneet. Kokemuksistanne on hyötyä myös muille kunnille.',
        'Arbetssätten är etablerade. Era erfarenheter är till nytta för andra kommuner.',
        'Your practices are established. Your experience can help other municipalities too.',
      ),
    },
  ],
  areas: [
    area(
      'leadership',
      t('Johtaminen ja strategia', 'Ledning och strategi', 'Leadership and strategy'),
      t(
        'Miten opetuksen digitalisaatiota johdetaan ja suunnitellaan.',
        'Hur digitaliseringen i undervisningen leds och planeras.',
        'How the digitalisation of teaching is led and planned.',
      ),
      [
        q(
          'lead-goals',
          t(
            'Opetuksen digitalisaation tavoitteet on kirjattu kunnan strategiaan tai erilliseen suunnitelmaan.',
            'Målen för digitaliseringen i undervisningen finns i kommunens strategi eller i en separat plan.',
            'Goals for digitalising teaching are written into the municipal strategy or a separate plan.',
          ),
        ),
        q(
          'lead-owner',
          t(
            'Digitalisaation kehittämisellä on nimetty vastuuhenkilö, jolla on aikaa tehtävään.',
            'Digitaliseringen har en utsedd ansvarsperson som har tid för uppdraget.',
            'Digitalisation has a named person in charge who has time for the role.',
          ),
        ),
        q(
          'lead-schools',
          t(
            'Koulujen johto osallistuu digitalisaation suunnitteluun ja seuraa sen etenemistä.',
            'Skolledningen deltar i planeringen av digitaliseringen och följer upp hur den framskrider.',
            'School leaders take part in planning digitalisation and follow its progress.',
          ),
        ),
      ],
      [
        t(
          'Kirjatkaa opetuksen digitalisaation tavoitteet ja nimetkää sille vastuuhenkilö.',
          'Skriv ner målen för digitaliseringen i undervisningen och utse en ansvarsperson.',
          'Write down goals for digitalising teaching and name a person in charge.',
        ),
        t(
          'Viekää tavoitteet kuntastrategiaan ja sopikaa, miten koulujen johto seuraa niitä.',
          'För in målen i kommunstrategin och kom överens om hur skolledningen följer upp dem.',
          'Bring the goals into the municipal strategy and agree how school leaders follow them up.',
        ),
        t(
          'Varmistakaa vastuuhenkilön resurssit käyttöönoton ajaksi ja seuratkaa tavoitteita säännöllisesti.',
          'Säkra ansvarspersonens resurser under införandet och följ upp målen regelbundet.',
          'Secure the resources of the person in charge for the roll-out and review the goals regularly.',
        ),
        t(
          'Jakakaa johtamisen mallinne muille kunnille, esimerkiksi DigiOnen verkostoissa.',
          'Dela er ledningsmodell med andra kommuner, till exempel i DigiOnes nätverk.',
          'Share your leadership model with other municipalities, for example in DigiOne’s networks.',
        ),
      ],
    ),
    area(
      'funding',
      t('Rahoitus ja hankinnat', 'Finansiering och upphandling', 'Funding and procurement'),
      t(
        'Miten digitaalisten palvelujen kustannukset ennakoidaan ja hankinnat tehdään.',
        'Hur kostnaderna för digitala tjänster förutses och hur upphandlingar görs.',
        'How the costs of digital services are foreseen and how procurement is done.',
      ),
      [
        q(
          'fund-budget',
          t(
            'Digitaalisten palvelujen ja laitteiden kustannukset on ennakoitu talousarviossa myös tuleville vuosille.',
            'Kostnaderna för digitala tjänster och enheter finns med i budgeten, också för de kommande åren.',
            'The costs of digital services and devices are foreseen in the budget, also for the coming years.',
          ),
        ),
        q(
          'fund-procurement',
          t(
            'Kunnalla on osaamista ja selkeä käytäntö opetuksen digitaalisten palvelujen hankintaan.',
            'Kommunen har kunnande och en tydlig praxis för att upphandla digitala tjänster för undervisningen.',
            'The municipality has the know-how and a clear practice for procuring digital services for teaching.',
          ),
        ),
        q(
          'fund-contracts',
          t(
            'Nykyisten järjestelmä- ja palvelusopimusten kestot ja irtisanomisehdot tunnetaan.',
            'Löptider och uppsägningsvillkor för nuvarande system- och tjänsteavtal är kända.',
            'The terms and notice periods of current system and service contracts are known.',
          ),
          t(
            'Tieto auttaa arvioimaan, milloin uusiin yhteisiin palveluihin voi siirtyä.',
            'Det hjälper att bedöma när man kan gå över till nya gemensamma tjänster.',
            'This helps to judge when moving to new shared services is possible.',
          ),
        ),
      ],
      [
        t(
          'Selvittäkää digitaalisten palvelujen nykyiset kustannukset ja sopimukset.',
          'Ta reda på nuvarande kostnader och avtal för digitala tjänster.',
          'Find out the current costs and contracts of digital services.',
        ),
        t(
          'Laatikaa monivuotinen arvio laitteiden ja palvelujen kustannuksista ja sopimusten päättymisestä.',
          'Gör en flerårig bedömning av kostnaderna för enheter och tjänster och av när avtalen löper ut.',
          'Draw up a multi-year estimate of device and service costs and of when contracts end.',
        ),
        t(
          'Sovittakaa hankinnat ja sopimuskaudet yhteen käyttöönoton aikataulun kanssa.',
          'Samordna upphandlingar och avtalsperioder med tidtabellen för införandet.',
          'Align procurements and contract periods with the roll-out timetable.',
        ),
        t(
          'Hyödyntäkää yhteishankintoja ja jakakaa hankintaosaamistanne muille kunnille.',
          'Utnyttja samupphandlingar och dela ert upphandlingskunnande med andra kommuner.',
          'Use joint procurement and share your procurement know-how with other municipalities.',
        ),
      ],
    ),
    area(
      'network',
      t('Verkko ja laitteet', 'Nätverk och enheter', 'Network and devices'),
      t(
        'Toimiiko tekninen perusta kaikissa kouluissa.',
        'Om den tekniska grunden fungerar i alla skolor.',
        'Whether the technical basics work in every school.',
      ),
      [
        q(
          'net-connection',
          t(
            'Kaikissa kouluissa on nopea ja luotettava verkkoyhteys ja langaton verkko koko rakennuksessa.',
            'Alla skolor har en snabb och pålitlig nätförbindelse och trådlöst nät i hela byggnaden.',
            'Every school has a fast, reliable connection and wireless coverage throughout the building.',
          ),
        ),
        q(
          'net-devices',
          t(
            'Oppilailla ja opettajilla on toimivat päätelaitteet, ja niiden uusiminen on suunniteltu.',
            'Elever och lärare har fungerande enheter, och förnyelsen av dem är planerad.',
            'Pupils and teachers have working devices, and their renewal is planned.',
          ),
        ),
        q(
          'net-support',
          t(
            'Laitteiden ja verkon ongelmiin saa nopeasti tukea.',
            'Vid problem med enheter och nätverk får man snabbt stöd.',
            'Help with device and network problems is quick to get.',
          ),
        ),
      ],
      [
        t(
          'Kartoittakaa koulujen verkkoyhteydet ja laitteet ja korjatkaa suurimmat puutteet ensin.',
          'Kartlägg skolornas nätförbindelser och enheter och åtgärda de största bristerna först.',
          'Survey the schools’ connections and devices and fix the biggest gaps first.',
        ),
        t(
          'Tehkää laitteiden uusimiselle suunnitelma ja sopikaa, mistä koulut saavat tukea.',
          'Gör en plan för att förnya enheterna och kom överens om var skolorna får stöd.',
          'Plan device renewal and agree where schools get support.',
        ),
        t(
          'Testatkaa verkon kapasiteetti kuormitettuna ennen uusien palvelujen käyttöönottoa.',
          'Testa nätets kapacitet under belastning innan nya tjänster tas i bruk.',
          'Test network capacity under load before new services go live.',
        ),
        t(
          'Jatkakaa säännöllistä seurantaa ja jakakaa tukimallinne muille.',
          'Fortsätt följa upp regelbundet och dela er stödmodell med andra.',
          'Keep monitoring regularly and share your support model with others.',
        ),
      ],
    ),
    area(
      'identity',
      t('Tunnistus ja käyttäjähallinta', 'Identifiering och användarhantering', 'Identities and user management'),
      t(
        'Miten oppilaat ja henkilöstö kirjautuvat palveluihin ja miten käyttäjätiedot pysyvät ajan tasalla.',
        'Hur elever och personal loggar in i tjänster och hur användaruppgifterna hålls aktuella.',
        'How pupils and staff sign in to services and how user data is kept up to date.',
      ),
      [
        q(
          'id-mpass',
          t('Kunta on ottanut käyttöön MPASSid-tunnistuksen.', 'Kommunen har tagit i bruk MPASSid-identifiering.', 'The municipality uses MPASSid sign-in.'),
          t(
            'MPASSid on opetusalan tunnistuksenvälityspalvelu: oppilas ja opettaja kirjautuvat eri palveluihin samoilla tunnuksilla.',
            'MPASSid är utbildningssektorns identifieringsförmedling: elever och lärare loggar in i olika tjänster med samma konto.',
            'MPASSid is the identity broker of Finnish education: pupils and teachers sign in to different services with the same account.',
          ),
        ),
        q(
          'id-registry',
          t(
            'Käyttäjätiedot siirtyvät oppilashallintojärjestelmästä (esim. Wilma tai Primus) muihin palveluihin automaattisesti.',
            'Användaruppgifterna förs automatiskt från elevadministrationssystemet (t.ex. Wilma eller Primus) till andra tjänster.',
            'User data flows automatically from the student information system (e.g. Wilma or Primus) to other services.',
          ),
        ),
        q(
          'id-lifecycle',
          t(
            'Tunnusten luonti, muutokset ja poistot (esim. koulun vaihtuessa) hoidetaan sovitulla tavalla.',
            'Konton skapas, ändras och tas bort (t.ex. vid skolbyte) enligt en överenskommen process.',
            'Accounts are created, changed and removed (e.g. when a pupil changes school) in an agreed way.',
          ),
        ),
      ],
      [
        t(
          'Selvittäkää MPASSid-tunnistuksen käyttöönotto ja nimetkää käyttäjähallinnalle vastuuhenkilö.',
          'Utred införandet av MPASSid och utse en ansvarsperson för användarhanteringen.',
          'Look into adopting MPASSid and name a person responsible for user management.',
        ),
        t(
          'Ottakaa MPASSid käyttöön ja suunnitelkaa käyttäjätietojen automaattinen siirto oppilashallinnosta.',
          'Ta MPASSid i bruk och planera hur användaruppgifterna förs automatiskt från elevadministrationen.',
          'Take MPASSid into use and plan how user data flows automatically from the student information system.',
        ),
        t(
          'Kuvatkaa tunnusten elinkaari ja testatkaa se koulunvaihdoissa.',
          'Beskriv kontonas livscykel och testa den vid skolbyten.',
          'Describe the account life cycle and test it when pupils change school.',
        ),
        t(
          'Uudet palvelut voi liittää nykyiseen tunnistukseen; dokumentoikaa käytäntönne.',
          'Nya tjänster kan kopplas till den befintliga identifieringen; dokumentera er praxis.',
          'New services can join your existing sign-in; document your practice.',
        ),
      ],
    ),
    area(
      'data',
      t('Tiedonhallinta ja tietosuoja', 'Informationshantering och dataskydd', 'Information management and data protection'),
      t(
        'Miten henkilötietojen käsittely on järjestetty ja dokumentoitu (tietosuoja-asetus, GDPR).',
        'Hur behandlingen av personuppgifter är ordnad och dokumenterad (dataskyddsförordningen, GDPR).',
        'How the processing of personal data is organised and documented (GDPR).',
      ),
      [
        q(
          'data-roles',
          t(
            'Tietosuojavastaava on nimetty ja tietosuojan vastuut on sovittu.',
            'Ett dataskyddsombud är utsett och ansvaret för dataskyddet är fördelat.',
            'A data protection officer is appointed and responsibilities for data protection are agreed.',
          ),
        ),
        q(
          'data-dpia',
          t(
            'Opetuksen palveluille tehdään tarvittaessa tietosuojan vaikutustenarviointi (DPIA).',
            'För undervisningens tjänster görs vid behov en konsekvensbedömning avseende dataskydd (DPIA).',
            'A data protection impact assessment (DPIA) is done for teaching services when needed.',
          ),
          t(
            'Arviointi vaaditaan, kun käsittely todennäköisesti aiheuttaa korkean riskin, esimerkiksi kun lasten tietoja käsitellään laajasti.',
            'En bedömning krävs när behandlingen sannolikt medför en hög risk, till exempel när barns uppgifter behandlas i stor omfattning.',
            'An assessment is required when processing is likely to be high-risk, for example when children’s data is processed on a large scale.',
          ),
        ),
        q(
          'data-dpa',
          t(
            'Palveluntarjoajien kanssa on tehty tietojenkäsittelysopimukset, ja tiedonhallintamalli on ajan tasalla.',
            'Personuppgiftsbiträdesavtal har ingåtts med leverantörerna, och informationshanteringsmodellen är aktuell.',
            'Data processing agreements are in place with service providers, and the information management model is up to date.',
          ),
        ),
      ],
      [
        t(
          'Nimetkää tietosuojavastaava ja listatkaa palvelut, joissa käsitellään oppilaiden tietoja.',
          'Utse ett dataskyddsombud och lista de tjänster som behandlar elevuppgifter.',
          'Appoint a data protection officer and list the services that process pupils’ data.',
        ),
        t(
          'Tarkistakaa tietojenkäsittelysopimukset ja sopikaa, milloin vaikutustenarviointi tehdään.',
          'Gå igenom personuppgiftsbiträdesavtalen och kom överens om när en konsekvensbedömning görs.',
          'Review data processing agreements and agree when an impact assessment is done.',
        ),
        t(
          'Varatkaa aikaa uusien palvelujen vaikutustenarviointeihin ja pitäkää tiedonhallintamalli ajan tasalla.',
          'Reservera tid för konsekvensbedömningar av nya tjänster och håll informationshanteringsmodellen aktuell.',
          'Set aside time for impact assessments of new services and keep the information management model current.',
        ),
        t(
          'Jakakaa arviointi- ja sopimuspohjanne muille kunnille.',
          'Dela era mallar för bedömningar och avtal med andra kommuner.',
          'Share your assessment and contract templates with other municipalities.',
        ),
      ],
    ),
    area(
      'systems',
      t('Järjestelmät ja integraatiot', 'System och integrationer', 'Systems and integrations'),
      t(
        'Miten opetuksen järjestelmät toimivat yhdessä.',
        'Hur undervisningens system fungerar tillsammans.',
        'How the systems used in teaching work together.',
      ),
      [
        q(
          'sys-inventory',
          t(
            'Opetuksessa käytetyistä järjestelmistä ja palveluista on ajantasainen luettelo.',
            'Det finns en aktuell förteckning över de system och tjänster som används i undervisningen.',
            'There is an up-to-date list of the systems and services used in teaching.',
          ),
        ),
        q(
          'sys-integration',
          t(
            'Järjestelmät vaihtavat tietoja rajapintojen kautta ilman käsin tehtävää siirtoa.',
            'Systemen utbyter data via gränssnitt utan manuell överföring.',
            'Systems exchange data through interfaces without manual transfers.',
          ),
        ),
        q(
          'sys-standards',
          t(
            'Uusissa hankinnoissa edellytetään avoimia rajapintoja ja yhteisiä standardeja.',
            'Vid nya upphandlingar krävs öppna gränssnitt och gemensamma standarder.',
            'New procurements require open interfaces and common standards.',
          ),
        ),
      ],
      [
        t(
          'Listatkaa opetuksen järjestelmät, niiden omistajat ja tietovirrat.',
          'Lista undervisningens system, deras ägare och dataflöden.',
          'List the systems used in teaching, their owners and data flows.',
        ),
        t(
          'Tunnistakaa käsin tehtävät tiedonsiirrot ja suunnitelkaa niiden korvaaminen rajapinnoilla.',
          'Identifiera manuella dataöverföringar och planera att ersätta dem med gränssnitt.',
          'Identify manual data transfers and plan to replace them with interfaces.',
        ),
        t(
          'Edellyttäkää avoimia rajapintoja kaikissa uusissa hankinnoissa.',
          'Kräv öppna gränssnitt i alla nya upphandlingar.',
          'Require open interfaces in every new procurement.',
        ),
        t(
          'Pitäkää integraatioiden kuvaukset ajan tasalla ja osallistukaa yhteisten rajapintojen kehittämiseen.',
          'Håll integrationsbeskrivningarna aktuella och delta i utvecklingen av gemensamma gränssnitt.',
          'Keep integration descriptions current and help develop shared interfaces.',
        ),
      ],
    ),
    area(
      'competence',
      t('Henkilöstön osaaminen', 'Personalens kompetens', 'Staff competence'),
      t(
        'Millaiset valmiudet henkilöstöllä on käyttää digitaalisia palveluja opetuksessa.',
        'Hur väl personalen är rustad att använda digitala tjänster i undervisningen.',
        'How ready staff are to use digital services in teaching.',
      ),
      [
        q(
          'comp-survey',
          t(
            'Opettajien digiosaamista kartoitetaan säännöllisesti.',
            'Lärarnas digitala kompetens kartläggs regelbundet.',
            'Teachers’ digital competence is surveyed regularly.',
          ),
        ),
        q(
          'comp-training',
          t(
            'Henkilöstöllä on aikaa ja mahdollisuus osallistua digitaitojen koulutukseen.',
            'Personalen har tid och möjlighet att delta i utbildning i digitala färdigheter.',
            'Staff have time and opportunity to take part in digital skills training.',
          ),
        ),
        q(
          'comp-tutors',
          t(
            'Kouluilla on tutoropettajia tai muuta lähitukea, joka auttaa opettajia arjessa.',
            'Skolorna har tutorlärare eller annat närstöd som hjälper lärarna i vardagen.',
            'Schools have tutor teachers or other hands-on support for teachers’ daily work.',
          ),
        ),
      ],
      [
        t(
          'Kartoittakaa henkilöstön digiosaaminen, esimerkiksi SELFIE-työkalulla.',
          'Kartlägg personalens digitala kompetens, till exempel med verktyget SELFIE.',
          'Survey staff digital competence, for example with the SELFIE tool.',
        ),
        t(
          'Varatkaa koulutukselle työaikaa ja nimetkää kouluille tutoropettajat.',
          'Reservera arbetstid för utbildning och utse tutorlärare för skolorna.',
          'Set aside working time for training and name tutor teachers for the schools.',
        ),
        t(
          'Suunnitelkaa uusien palvelujen käyttöönottokoulutus ja vertaistuki etukäteen.',
          'Planera introduktionsutbildning och kamratstöd för nya tjänster i förväg.',
          'Plan roll-out training and peer support for new services in advance.',
        ),
        t(
          'Tarjotkaa tutoropettajienne tukea myös muille kunnille.',
          'Låt era tutorlärare stödja också andra kommuner.',
          'Let your tutor teachers support other municipalities too.',
        ),
      ],
    ),
    area(
      'change',
      t('Muutoksen johtaminen ja toimintakulttuuri', 'Förändringsledning och verksamhetskultur', 'Change management and operating culture'),
      t(
        'Miten uudet toimintatavat otetaan käyttöön ja jaetaan.',
        'Hur nya arbetssätt införs och sprids.',
        'How new ways of working are introduced and shared.',
      ),
      [
        q(
          'change-comms',
          t(
            'Henkilöstölle, oppilaille ja huoltajille kerrotaan tulevista muutoksista ajoissa.',
            'Personal, elever och vårdnadshavare informeras i god tid om kommande förändringar.',
            'Staff, pupils and guardians are told about coming changes in good time.',
          ),
        ),
        q(
          'change-pilots',
          t(
            'Uusia digitaalisia toimintatapoja kokeillaan, ja hyvät käytännöt leviävät koulujen välillä.',
            'Nya digitala arbetssätt prövas, och goda exempel sprids mellan skolorna.',
            'New digital ways of working are tried out, and good practices spread between schools.',
          ),
        ),
        q(
          'change-network',
          t(
            'Kunta tekee digitalisaatiossa yhteistyötä muiden kuntien tai alueellisten verkostojen kanssa.',
            'Kommunen samarbetar kring digitaliseringen med andra kommuner eller regionala nätverk.',
            'The municipality works with other municipalities or regional networks on digitalisation.',
          ),
        ),
      ],
      [
        t(
          'Kertokaa henkilöstölle, miksi muutos tehdään, ja ottakaa heidät mukaan suunnitteluun.',
          'Berätta för personalen varför förändringen görs och ta med dem i planeringen.',
          'Tell staff why the change is made and involve them in planning.',
        ),
        t(
          'Laatikaa viestintäsuunnitelma henkilöstölle, oppilaille ja huoltajille ja aloittakaa pienillä kokeiluilla.',
          'Gör en kommunikationsplan för personal, elever och vårdnadshavare och börja med små försök.',
          'Make a communication plan for staff, pupils and guardians and start with small pilots.',
        ),
        t(
          'Sopikaa, miten kokeilut arvioidaan ja hyvät käytännöt viedään kaikkiin kouluihin.',
          'Kom överens om hur försöken utvärderas och hur goda exempel når alla skolor.',
          'Agree how pilots are evaluated and how good practices reach every school.',
        ),
        t(
          'Osallistukaa alueellisiin verkostoihin ja tuokaa kokemuksenne DigiOnen kehittämiseen.',
          'Delta i regionala nätverk och bidra med era erfarenheter till utvecklingen av DigiOne.',
          'Take part in regional networks and bring your experience to the development of DigiOne.',
        ),
      ],
    ),
  ],
};
