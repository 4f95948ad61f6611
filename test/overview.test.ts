import { expect, fixture, html } from '@open-wc/testing';
import '../src/iom-overview.js';
import faq from '../content/en/faq.json';
import profile from '../content/en/profile.json';
import { SECTION_NAMES, type SectionContent } from '../src/core/content-types.js';
import type { IomOverview } from '../src/iom-overview.js';
import { captureWarnings, inShadow, renderedText, shownStrings } from './helpers.js';

/** The overview's section elements, in the order they are shown. */
const shownTags = (el: IomOverview) => inShadow(el, '.sections > *').map((child) => child.localName);

/** The tag and level of every heading in the overview, through the sections' shadow roots, in order. */
function outline(el: IomOverview): string[] {
  const found: string[] = [];
  const walk = (root: ParentNode) => {
    for (const node of root.querySelectorAll('*')) {
      if (/^h[1-6]$/.test(node.localName)) found.push(node.localName);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
  };
  walk(el.shadowRoot!);
  return found;
}

describe('<iom-overview>', () => {
  it('shows every section in the source order', async () => {
    const el = await fixture<IomOverview>(html`<iom-overview></iom-overview>`);
    expect(shownTags(el)).to.deep.equal(SECTION_NAMES.map((name) => `iom-${name}`));
    const text = renderedText(el);
    for (const expected of [
      ...shownStrings(profile as SectionContent),
      ...shownStrings(faq as SectionContent),
    ]) {
      expect(text).to.include(expected);
    }
    expect(text.indexOf(profile.title)).to.be.lessThan(text.indexOf(faq.title));
  });

  it('shows the subset the `sections` attribute names, in its order', async () => {
    const el = await fixture<IomOverview>(
      html`<iom-overview sections="faq  profile,presence"></iom-overview>`,
    );
    expect(shownTags(el)).to.deep.equal(['iom-faq', 'iom-profile', 'iom-presence']);
  });

  it('ignores unknown section names with one warning naming them', async () => {
    let el!: IomOverview;
    const warnings = await captureWarnings(async () => {
      el = await fixture<IomOverview>(html`<iom-overview sections="faq bogus profile faq"></iom-overview>`);
      el.headingLevel = 3;
      await el.updateComplete;
    });
    expect(shownTags(el)).to.deep.equal(['iom-faq', 'iom-profile']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('"bogus"');
  });

  it('puts every section at its heading-level, with inner headings below', async () => {
    const el = await fixture<IomOverview>(html`<iom-overview heading-level="3"></iom-overview>`);
    await Promise.all(
      inShadow<HTMLElementTagNameMap['iom-faq']>(el, '.sections > *').map((c) => c.updateComplete),
    );
    const levels = outline(el);
    expect(levels.filter((h) => h === 'h3')).to.have.length(SECTION_NAMES.length);
    expect(levels.filter((h) => h === 'h4')).to.have.length(faq.questions.length);
    expect(levels.every((h) => h === 'h3' || h === 'h4')).to.equal(true);
  });

  it('with a `heading`, has its own heading and nests the sections one level below', async () => {
    const el = await fixture<IomOverview>(
      html`<iom-overview heading="About IOM" heading-level="1" sections="mission faq"></iom-overview>`,
    );
    await Promise.all(
      inShadow<HTMLElementTagNameMap['iom-faq']>(el, '.sections > *').map((c) => c.updateComplete),
    );
    expect(outline(el)).to.deep.equal(['h1', 'h2', 'h2', ...faq.questions.map(() => 'h3')]);
    const section = inShadow(el, 'section')[0];
    expect(el.shadowRoot!.getElementById(section.getAttribute('aria-labelledby')!)?.textContent).to.equal(
      'About IOM',
    );
  });

  it('passes `theme` on to its sections', async () => {
    const el = await fixture<IomOverview>(html`<iom-overview theme="dark" sections="faq"></iom-overview>`);
    expect(inShadow(el, 'iom-faq')[0].getAttribute('theme')).to.equal('dark');
  });

  for (const theme of ['light', 'dark']) {
    it(`has no axe violations, ${theme}, its own heading too (on a light page)`, async () => {
      const el = await fixture<IomOverview>(html`<iom-overview theme=${theme}></iom-overview>`);
      await expect(el).to.be.accessible();
      el.heading = 'About IOM';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }

  for (const level of [1, 2, 3, 4, 5, 6]) {
    it(`has a correct heading outline at heading-level=${level}, with and without its own heading`, async () => {
      const sub = Math.min(6, level + 1);
      const subSub = Math.min(6, level + 2);
      const plain = await fixture<IomOverview>(html`<iom-overview heading-level=${level}></iom-overview>`);
      const titled = await fixture<IomOverview>(
        html`<iom-overview heading="About IOM" heading-level=${level}></iom-overview>`,
      );
      for (const el of [plain, titled]) {
        await Promise.all(
          inShadow<HTMLElementTagNameMap['iom-faq']>(el, '.sections > *').map((c) => c.updateComplete),
        );
      }
      const questions = faq.questions.map(() => `h${sub}`);
      expect(outline(plain)).to.deep.equal([...SECTION_NAMES.map(() => `h${level}`), ...questions]);
      expect(outline(titled)).to.deep.equal([
        `h${level}`,
        ...SECTION_NAMES.map(() => `h${sub}`),
        ...faq.questions.map(() => `h${subSub}`),
      ]);
    });
  }
});
