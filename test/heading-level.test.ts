import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { captureWarnings, inShadow } from './helpers.js';

describe('heading-level out of range', () => {
  const cases: [given: string, used: number][] = [
    ['0', 1],
    ['-3', 1],
    ['7', 6],
    ['99', 6],
    ['2.6', 3],
    ['abc', 2],
    ['', 2],
  ];
  for (const [given, used] of cases) {
    it(`heading-level="${given}" falls back to h${used} and warns once`, async () => {
      let el!: HTMLElement;
      const warnings = await captureWarnings(async () => {
        el = await fixture(html`<iom-partners heading-level=${given}></iom-partners>`);
        // Re-rendering must not repeat the warning.
        el.setAttribute('heading', 'Partners');
        await (el as HTMLElementTagNameMap['iom-partners']).updateComplete;
      });
      expect(inShadow(el, 'section > :first-child')[0].localName).to.equal(`h${used}`);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('<iom-partners>');
      expect(warnings[0]).to.include(`heading-level="${given}"`);
      expect(warnings[0]).to.include(`using ${used}`);
    });
  }

  it('a valid level, set later as a property, is used without a warning', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<HTMLElementTagNameMap['iom-profile']>(html`<iom-profile></iom-profile>`);
      el.headingLevel = 4;
      await el.updateComplete;
      expect(inShadow(el, 'h4')).to.have.length(1);
    });
    expect(warnings).to.deep.equal([]);
  });

  it('an unknown theme is ignored with a warning', async () => {
    const warnings = await captureWarnings(() => fixture(html`<iom-profile theme="blue"></iom-profile>`));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('theme="blue"');
  });
});
