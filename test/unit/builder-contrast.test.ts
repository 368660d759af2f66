import { expect } from '@open-wc/testing';
import { checkContrast, contrastRatio, CONTRAST_PAIRS, formatRatio, parseHexColour, relativeLuminance } from '../../demo/builder/contrast.js';
import { TOKENS } from '../../src/core/tokens.js';

describe('snippet builder: WCAG contrast', () => {
  it('reads #rrggbb and #rgb, and nothing else', () => {
    expect(parseHexColour('#0A5CAD')).to.deep.equal([10, 92, 173]);
    expect(parseHexColour(' #fff ')).to.deep.equal([255, 255, 255]);
    for (const bad of ['', 'red', '#ffff', '#gggggg', '0a5cad', 'rgb(0,0,0)', '#0a5cad;}</style>']) expect(parseHexColour(bad), bad).to.equal(undefined);
  });

  it('gives the WCAG ratios of known pairs', () => {
    expect(relativeLuminance([255, 255, 255])).to.equal(1);
    expect(relativeLuminance([0, 0, 0])).to.equal(0);
    expect(contrastRatio('#000000', '#ffffff')).to.equal(21);
    expect(contrastRatio('#ffffff', '#000000')).to.equal(21);
    expect(contrastRatio('#777777', '#777777')).to.equal(1);
    // #767676 on white is the well-known 4.54:1, the lightest grey that passes AA
    expect(contrastRatio('#767676', '#ffffff')).to.be.closeTo(4.54, 0.01);
    expect(contrastRatio('#777777', '#ffffff')).to.be.below(4.5);
    expect(contrastRatio('#0a5cad', 'blue')).to.equal(undefined);
  });

  it('asks 4.5:1 of text and 3:1 of borders and the focus ring', () => {
    const minimum = (foreground: string) => CONTRAST_PAIRS.filter((p) => p.foreground === foreground).map((p) => p.minimum);
    expect(minimum('--digione-color-text')).to.deep.equal([4.5, 4.5]);
    expect(minimum('--digione-color-on-primary')).to.deep.equal([4.5]);
    expect(minimum('--digione-color-border')).to.deep.equal([3]);
    expect(minimum('--digione-color-focus')).to.deep.equal([3]);
  });

  it('flags a pale primary under white text, and a border under 3:1, and passes the defaults', () => {
    expect(checkContrast(TOKENS).every((check) => check.passes)).to.equal(true);
    const pale = checkContrast({ ...TOKENS, '--digione-color-primary': '#99ccff', '--digione-color-border': '#cccccc' });
    const failing = pale.filter((check) => !check.passes).map((check) => `${check.foreground} ${check.background}`);
    expect(failing).to.include('--digione-color-on-primary --digione-color-primary');
    expect(failing).to.include('--digione-color-primary --digione-color-background');
    expect(failing).to.include('--digione-color-border --digione-color-background');
    expect(failing).not.to.include('--digione-color-text --digione-color-background');
    // a colour that is not one: the pair cannot pass
    const broken = checkContrast({ ...TOKENS, '--digione-color-text': 'musta' }).find((check) => check.foreground === '--digione-color-text');
    expect(broken?.ratio).to.equal(undefined);
    expect(broken?.passes).to.equal(false);
  });

  it('rounds a ratio down, so a failing one never reads as passing', () => {
    expect(formatRatio(4.499)).to.equal('4.4:1');
    expect(formatRatio(21)).to.equal('21:1');
    expect(formatRatio(4.54, 'fi-FI')).to.equal('4,5:1');
  });
});
