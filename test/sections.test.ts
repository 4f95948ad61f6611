import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import activities from '../content/en/activities.json';
import developments from '../content/en/developments.json';
import faq from '../content/en/faq.json';
import issues from '../content/en/issues.json';
import mission from '../content/en/mission.json';
import partners from '../content/en/partners.json';
import presence from '../content/en/presence.json';
import profile from '../content/en/profile.json';
import type { SectionContent } from '../src/core/content-types.js';
import { inShadow, renderedText, shownStrings } from './helpers.js';

const sections: [tag: string, content: SectionContent][] = [
  ['iom-profile', profile as SectionContent],
  ['iom-mission', mission as SectionContent],
  ['iom-activities', activities as SectionContent],
  ['iom-presence', presence as SectionContent],
  ['iom-issues', issues as SectionContent],
  ['iom-partners', partners as SectionContent],
  ['iom-developments', developments as SectionContent],
  ['iom-faq', faq as SectionContent],
];

async function render(tag: string): Promise<HTMLElement> {
  const el = document.createElement(tag);
  return fixture(el);
}

for (const [tag, content] of sections) {
  describe(`<${tag}>`, () => {
    it('shows every string of its content file', async () => {
      const el = await render(tag);
      const text = renderedText(el);
      for (const expected of shownStrings(content)) expect(text).to.include(expected);
    });

    it('is a <section> labelled by its heading, which shows the title', async () => {
      const el = await render(tag);
      const [section] = inShadow(el, 'section');
      expect(section, 'a <section>').to.exist;
      const heading = el.shadowRoot!.getElementById(section.getAttribute('aria-labelledby')!);
      expect(heading?.localName).to.equal('h2');
      expect(heading?.textContent?.trim()).to.equal(content.title);
    });

    if (content.items) {
      it('shows its list as a real list, in order', async () => {
        const el = await render(tag);
        const items = inShadow(el, 'ul > li').map((li) => li.textContent?.trim());
        expect(items).to.deep.equal(content.items!.map((item) => item.text));
      });
    }

    for (const theme of ['light', 'dark']) {
      it(`has no axe violations (WCAG 2.0–2.2 A and AA), ${theme}`, async () => {
        const el = await render(tag);
        el.setAttribute('theme', theme);
        await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        await expect(el).to.be.accessible({
          runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
        });
      });
    }
  });
}

describe('<iom-presence> figures', () => {
  it('shows each figure as a list item whose value and label a screen reader hears as one phrase', async () => {
    const el = await render('iom-presence');
    const figures = inShadow(el, '.figures > li');
    expect(figures).to.have.length(presence.figures.length);
    figures.forEach((li, i) => {
      const figure = presence.figures[i];
      expect(li.querySelector('.value')?.textContent).to.equal(figure.value);
      expect(li.querySelector('.label')?.textContent).to.equal(figure.label);
      // The visual pair is hidden from assistive technology; the phrase is what is read.
      expect(li.querySelector('[aria-hidden="true"]')?.contains(li.querySelector('.value'))).to.equal(true);
      const spoken = [...li.childNodes]
        .filter((n) => !(n instanceof Element && n.getAttribute('aria-hidden') === 'true'))
        .map((n) => n.textContent)
        .join('')
        .trim();
      expect(spoken).to.equal(figure.phrase);
    });
  });

  it('keeps the source sentence', async () => {
    const el = await render('iom-presence');
    expect(inShadow(el, 'p').map((p) => p.textContent)).to.deep.equal(presence.paragraphs);
  });
});

describe('headings', () => {
  it('`heading` replaces the title and is shown as text, never as HTML', async () => {
    const attack = '<img src=x onerror="window.__pwned=1">Our <b>IOM</b>';
    const el = await fixture<HTMLElement>(html`<iom-mission heading=${attack}></iom-mission>`);
    const heading = inShadow(el, 'h2')[0];
    expect(heading.textContent?.trim()).to.equal(attack);
    expect(heading.querySelector('img, b')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('a blank `heading` keeps the title', async () => {
    const el = await fixture<HTMLElement>(html`<iom-mission heading="  "></iom-mission>`);
    expect(inShadow(el, 'h2')[0].textContent?.trim()).to.equal(mission.title);
  });

  it('`heading` set as a property re-renders', async () => {
    const el = await fixture<HTMLElementTagNameMap['iom-issues']>(html`<iom-issues></iom-issues>`);
    el.heading = 'What IOM works on';
    await el.updateComplete;
    expect(inShadow(el, 'h2')[0].textContent?.trim()).to.equal('What IOM works on');
  });

  for (const level of [1, 2, 3, 4, 5, 6]) {
    it(`heading-level="${level}" renders an h${level}, with the FAQ's questions one level below`, async () => {
      const el = await fixture<HTMLElementTagNameMap['iom-faq']>(
        html`<iom-faq heading-level=${level}></iom-faq>`,
      );
      expect(el.headingLevel).to.equal(level);
      const section = inShadow(el, 'section')[0];
      expect(section.firstElementChild?.localName).to.equal(`h${level}`);
      const questionHeadings = inShadow(el, '.question-heading');
      expect(questionHeadings).to.have.length(faq.questions.length);
      for (const h of questionHeadings) expect(h.localName).to.equal(`h${Math.min(6, level + 1)}`);
    });
  }
});
