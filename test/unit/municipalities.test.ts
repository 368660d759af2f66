import { expect } from '@open-wc/testing';
import { municipalities, findMunicipality, municipalityName, municipalityRef, searchMunicipalities } from '../../src/data/municipality.js';

describe('municipalities', () => {
  it('lists every municipality once, by code', () => {
    const list = municipalities();
    expect(list.length).to.be.within(300, 315);
    expect(new Set(list.map((m) => m.code)).size).to.equal(list.length);
  });
  it('finds by code or name in either language, ignoring case and accents', () => {
    expect(findMunicipality('091')?.fi).to.equal('Helsinki');
    expect(findMunicipality('91')?.fi).to.equal('Helsinki');
    expect(findMunicipality('helsingfors')?.code).to.equal('091');
    expect(findMunicipality('JAMSA')?.fi).to.equal('Jämsä');
    expect(findMunicipality('Ei tällaista')).to.equal(undefined);
  });
  it('shows bilingual municipalities with both names, the page’s language first', () => {
    const espoo = findMunicipality('Espoo')!;
    expect(municipalityName(espoo, 'fi')).to.equal('Espoo – Esbo');
    expect(municipalityName(espoo, 'sv')).to.equal('Esbo – Espoo');
    expect(municipalityName(findMunicipality('Jämsä')!, 'sv')).to.equal('Jämsä');
    expect(municipalityName(findMunicipality('Mariehamn')!, 'fi')).to.equal('Mariehamn');
  });
  it('searches Finnish and Swedish names, prefix matches first', () => {
    expect(searchMunicipalities('esb', 'fi')[0].fi).to.equal('Espoo');
    expect(searchMunicipalities('jyva', 'fi')[0].fi).to.equal('Jyväskylä');
    const results = searchMunicipalities('kaupunki', 'fi').map((m) => m.fi);
    expect(results).to.include('Kristiinankaupunki');
  });
  it('gives the reference both forms send: code and the shown name', () => {
    expect(municipalityRef('Esbo', 'fi')).to.deep.equal({ code: '049', name: 'Espoo – Esbo' });
    expect(municipalityRef('179', 'sv')).to.deep.equal({ code: '179', name: 'Jyväskylä' });
    expect(municipalityRef('Esimerkkilä', 'fi')).to.equal(undefined);
  });
});
