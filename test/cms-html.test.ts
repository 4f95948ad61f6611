// The `html` format: plain light-DOM HTML for CMSs that sanitize. Tested as such a CMS has it
// (DOMPurify's default configuration), then with the library script loaded over it.
import { expect } from '@open-wc/testing';
import DOMPurify from 'dompurify';
import faqContent from '../content/en/faq.json';
import frenchFaq from '../content/fr/faq.json';
import { ALL_TAGS, engine, layoutShiftDuring, prerenderedPage, shadowTree } from './helpers.js';

const fragment = async (query: Record<string, string>) =>
  (await fetch(prerenderedPage({ format: 'html', ...query }, 'fragment'))).text();

/** What a browser makes of markup, serialized back (what a sanitizer returns for clean input). */
function reparsed(markup: string): string {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return template.innerHTML;
}

describe('the html format', () => {
  let markup: string;
  let holder: HTMLElement;
  before(async () => {
    markup = await fragment({});
    holder = document.createElement('main');
    holder.style.inlineSize = '640px';
    holder.innerHTML = markup;
    document.body.append(holder);
  });
  after(() => holder.remove());

  it('is each element with plain HTML inside, and nothing else', () => {
    expect([...holder.children].map((el) => el.localName)).to.deep.equal(ALL_TAGS);
    expect(reparsed(markup), 'already as a browser serializes it').to.equal(markup);
    const allowed = new Set(['h2', 'h3', 'h4', 'p', 'ul', 'li', 'a']);
    for (const el of holder.querySelectorAll('*')) {
      if (el.parentElement === holder) continue;
      expect(allowed.has(el.localName), `<${el.localName}>`).to.be.true;
      const attributes = el.getAttributeNames();
      expect(attributes, `<${el.localName}> attributes`).to.deep.equal(el.localName === 'a' ? ['href'] : []);
    }
    expect(holder.querySelectorAll('template, style, script, [style], [class], [id]')).to.have.length(0);
  });

  it("survives DOMPurify's default configuration unchanged, inside each tag", () => {
    for (const el of holder.children) {
      const inner = el.innerHTML;
      expect(inner.length, el.localName).to.be.greaterThan(100);
      expect(DOMPurify.sanitize(inner), el.localName).to.equal(inner);
    }
  });

  it('survives whole, tags too, where the CMS allows the iom-* elements and their attributes', async () => {
    const withAttributes = await fragment({ lang: 'fr', theme: 'dark', open: 'all' });
    const config = {
      CUSTOM_ELEMENT_HANDLING: {
        tagNameCheck: /^iom-/,
        attributeNameCheck: /^(heading|heading-level|theme|open|sections)$/,
      },
    };
    expect(DOMPurify.sanitize(withAttributes, config)).to.equal(reparsed(withAttributes));
    // By default the tags go and their content stays: still readable, never enhanced.
    const stripped = DOMPurify.sanitize(withAttributes);
    expect(stripped).to.not.include('<iom-');
    expect(stripped).to.include(`<h2>${frenchFaq.title}</h2>`);
  });

  it('has headings at the level asked for, FAQ questions one below, and every question and answer', async () => {
    const faqHolder = document.createElement('div');
    faqHolder.innerHTML = await fragment({ tags: 'iom-faq', 'heading-level': '3' });
    const faq = faqHolder.firstElementChild!;
    expect(faq.getAttribute('heading-level')).to.equal('3');
    expect([...faq.querySelectorAll('h3')].map((h) => h.textContent)).to.deep.equal([faqContent.title]);
    expect([...faq.querySelectorAll('h4')].map((h) => h.textContent)).to.deep.equal(
      faqContent.questions.map((q) => q.question),
    );
    expect([...faq.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal(
      faqContent.questions.map((q) => q.answer),
    );
  });

  describe('when the library script loads', () => {
    let shift: number | undefined;
    before(async function () {
      this.timeout(20000);
      shift = await layoutShiftDuring(async () => {
        await import('/dist/cdn/iom-elements.js' as string);
        await Promise.all(ALL_TAGS.map((tag) => customElements.whenDefined(tag)));
        await Promise.all(
          [...holder.children].map(
            (el) => (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete,
          ),
        );
      });
    });

    it('renders its shadow content, and the light-DOM copy is neither shown nor in the layout', () => {
      for (const el of holder.children) {
        expect(shadowTree(el).length, el.localName).to.be.greaterThan(2);
        for (const light of el.children)
          expect(light.getClientRects().length, `<${el.localName}> light <${light.localName}>`).to.equal(0);
      }
    });

    it('is read once: only the shadow content is in the accessibility tree', async function () {
      // Chromium's tree, over CDP; elsewhere the copy has no boxes (above), so no tree node.
      if (engine() !== 'chromium') {
        expect(holder.querySelector('iom-faq h3')!.getClientRects()).to.have.length(0);
        return;
      }
      const { executeServerCommand } = await import('@web/test-runner-commands');
      type AxNode = { role: string; name?: string; children?: AxNode[] };
      const tree = await executeServerCommand<AxNode, { selector: string }>('ax-tree', { selector: 'main' });
      const names: string[] = [];
      const walk = (node: AxNode) => {
        if (node.role === 'heading' && node.name) names.push(node.name);
        node.children?.forEach(walk);
      };
      walk(tree);
      const faqTitle = names.filter((name) => name === faqContent.title);
      // Once in <iom-faq>, once in <iom-overview>: never the light-DOM copies as well.
      expect(faqTitle).to.have.length(2);
    });

    it(`has its layout shift measured${engine() === 'chromium' ? '' : ' (in Chromium)'}`, () => {
      expect(PerformanceObserver.supportedEntryTypes.includes('layout-shift')).to.equal(
        engine() === 'chromium',
      );
      if (engine() !== 'chromium') return;
      // Reported, not zero: unstyled light DOM gives way to the styled shadow content.
      console.log(`CMS html format, CLS when the script loads: ${shift!.toFixed(3)}`);
      expect(shift).to.be.greaterThan(0);
    });
  });
});
