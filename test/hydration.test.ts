// Prerendered elements (declarative shadow DOM from `iom-elements/render`) in this test's own
// page, then the CDN script loaded, as a page with prerendered HTML and a script tag has them.
// Nothing of the library is imported before: the elements are undefined until the script runs.
import { expect } from '@open-wc/testing';
import englishFaq from '../content/en/faq.json';
import spanishProfile from '../content/es/profile.json';
import {
  boxesOf,
  engine,
  layoutShiftDuring,
  press,
  prerenderedPage,
  recordConsole,
  shadowTree,
  shownIn,
} from './helpers.js';

type Hydrated = HTMLElement & { updateComplete: Promise<boolean> };
type Faq = Hydrated & { isOpen(id: string): boolean; questionIds: string[] };

const TAGS = [
  'iom-profile',
  'iom-mission',
  'iom-activities',
  'iom-presence',
  'iom-issues',
  'iom-partners',
  'iom-developments',
  'iom-faq',
  'iom-overview',
];

describe('prerendered elements, when the library script loads', () => {
  const main = document.createElement('main');
  main.style.inlineSize = '640px';
  let elements: Hydrated[];
  let frenchFaq: Faq;
  let nodesBefore: Map<Element, Element[]>;
  let boxesBefore: unknown[][];
  let messages: string[];
  let shifts: number | undefined;

  before(async function () {
    this.timeout(30000);
    const english = await (await fetch(prerenderedPage({}, 'fragment'))).text();
    const french = await (await fetch(prerenderedPage({ tags: 'iom-faq', lang: 'fr' }, 'fragment'))).text();
    document.body.append(main);
    // The parser's way in for declarative shadow DOM (`innerHTML` ignores it).
    main.setHTMLUnsafe(`${english}\n<div lang="fr">${french}</div>`);
    elements = [...main.querySelectorAll<Hydrated>(':scope > *, :scope > div > *')].filter((el) =>
      el.localName.startsWith('iom-'),
    );
    frenchFaq = main.querySelector<Faq>('div > iom-faq')!;
    expect(
      elements.map((el) => [el.localName, !!el.shadowRoot, !!customElements.get(el.localName)]),
    ).to.deep.equal(elements.map((el) => [el.localName, true, false]));
    nodesBefore = new Map(elements.map((el) => [el, shadowTree(el)]));
    boxesBefore = elements.map(boxesOf);

    messages = recordConsole();
    shifts = await layoutShiftDuring(async () => {
      await import('/dist/cdn/iom-elements.js' as string);
      await Promise.all(TAGS.map((tag) => customElements.whenDefined(tag)));
      const all = [
        ...elements,
        ...elements.flatMap((el) => shadowTree(el).filter((n) => n.localName.startsWith('iom-'))),
      ];
      await Promise.all(all.map((el) => (el as Hydrated).updateComplete));
    });
  });

  after(() => main.remove());

  it('keeps every node the server rendered (nested elements too), and adds none', () => {
    expect(nodesBefore.size).to.equal(TAGS.length + 1);
    for (const [el, nodes] of nodesBefore) {
      const now = shadowTree(el);
      expect(now.length, `<${el.localName}> nodes`).to.be.greaterThan(2);
      expect(now.length, `<${el.localName}> nodes`).to.equal(nodes.length);
      now.forEach(
        (node, index) => expect(node === nodes[index], `<${el.localName}> node ${index}`).to.be.true,
      );
    }
  });

  it('writes nothing to the console', () => {
    expect(messages).to.deep.equal([]);
  });

  it('moves nothing: every box is where it was', () => {
    elements.forEach((el, index) =>
      expect(boxesOf(el), `<${el.localName}>`).to.deep.equal(boxesBefore[index]),
    );
  });

  it(`measures no layout shift${engine() === 'chromium' ? ' (CLS 0.000)' : ''}`, () => {
    // Only Chromium reports layout shifts; the boxes above are compared in every engine.
    expect(PerformanceObserver.supportedEntryTypes.includes('layout-shift')).to.equal(
      engine() === 'chromium',
    );
    if (engine() === 'chromium') {
      console.log(`Hydration CLS: ${shifts!.toFixed(3)}`);
      expect(shifts).to.equal(0);
    }
  });

  it('keeps the language it was rendered in (the French FAQ hydrates in French)', async () => {
    expect(frenchFaq.shadowRoot!.querySelector('section')!.lang).to.equal('fr');
    expect(frenchFaq.shadowRoot!.querySelector('h2')!.textContent).to.equal('Questions fréquentes');
  });

  it('then works as a client-rendered FAQ: toggle, event, keyboard, deep link', async () => {
    const faq = elements[7] as Faq;
    const [first, second] = faq.questionIds;
    const toggles: unknown[] = [];
    faq.addEventListener('iom-faq-toggle', (event) => toggles.push((event as CustomEvent).detail));
    const button = faq.shadowRoot!.querySelector<HTMLButtonElement>(`#faq-${first}-question`)!;
    button.click();
    await faq.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(faq.shadowRoot!.querySelector(`#faq-${first}-answer`)!.hasAttribute('hidden')).to.be.false;
    expect(toggles).to.deep.equal([{ id: first, open: true }]);

    button.focus();
    await press('ArrowDown');
    expect(faq.shadowRoot!.activeElement?.id).to.equal(`faq-${second}-question`);
    await press('Enter');
    await faq.updateComplete;
    expect(faq.isOpen(second)).to.be.true;

    location.hash = `#faq-${faq.questionIds.at(-1)}`;
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    await faq.updateComplete;
    expect(faq.isOpen(faq.questionIds.at(-1)!)).to.be.true;
  });

  it('then follows a change of language, nested elements too', async () => {
    const overview = elements[8];
    overview.setAttribute('lang', 'es');
    const profile = overview.shadowRoot!.querySelector('iom-profile')!;
    await shownIn(profile, 'es');
    elements[0].setAttribute('lang', 'es');
    const section = await shownIn(elements[0], 'es');
    expect(section.querySelector('[part=heading]')!.textContent).to.equal(spanishProfile.title);
    expect(profile.shadowRoot!.querySelector('[part=heading]')!.textContent).to.equal(spanishProfile.title);
  });
});

describe('a prerendered FAQ on a page opened at one of its questions', () => {
  it('hydrates, then opens that question, with no console message', async () => {
    await import('/dist/cdn/iom-elements.js' as string);
    history.replaceState(null, '', '#faq-safe-migration');
    try {
      const html = await (await fetch(prerenderedPage({ tags: 'iom-faq' }, 'fragment'))).text();
      const holder = document.createElement('div');
      holder.setHTMLUnsafe(html);
      const faq = holder.firstElementChild as Faq;
      const serverButton = faq.shadowRoot!.querySelector('#faq-safe-migration-question')!;
      expect(serverButton.getAttribute('aria-expanded')).to.equal('false');
      const messages = recordConsole();
      document.body.append(holder);
      await faq.updateComplete;
      await faq.updateComplete;
      expect(faq.isOpen('safe-migration')).to.be.true;
      const button = faq.shadowRoot!.querySelector('#faq-safe-migration-question')!;
      expect(button, 'the same button').to.equal(serverButton);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(faq.shadowRoot!.activeElement).to.equal(button);
      expect(messages).to.deep.equal([]);
      holder.remove();
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });
});

describe('a prerendered element with content overrides', () => {
  it('hydrates inside the provider the server wrote, showing the overrides, every node kept', async () => {
    await import('/dist/cdn/iom-elements.js' as string);
    const overrides = { en: { faq: { title: 'Your questions' } } };
    const html = await (
      await fetch(prerenderedPage({ tags: 'iom-faq', overrides: JSON.stringify(overrides) }, 'fragment'))
    ).text();
    const holder = document.createElement('div');
    holder.setHTMLUnsafe(html);
    const provider = holder.firstElementChild!;
    expect(provider.localName).to.equal('iom-provider');
    const faq = provider.querySelector<Faq>('iom-faq')!;
    const nodes = shadowTree(faq);
    expect(faq.shadowRoot!.querySelector('[part=heading]')!.textContent).to.equal('Your questions');
    const messages = recordConsole();
    document.body.append(holder);
    await (provider as Hydrated).updateComplete;
    await faq.updateComplete;
    const now = shadowTree(faq);
    expect(now.length).to.equal(nodes.length);
    now.forEach((node, index) => expect(node === nodes[index], `node ${index}`).to.be.true);
    expect(faq.shadowRoot!.querySelector('[part=heading]')!.textContent).to.equal('Your questions');
    expect(messages).to.deep.equal([]);
    holder.remove();
  });
});

describe('a prerendered FAQ in single mode, with structured data', () => {
  it('hydrates keeping its nodes and the JSON-LD block the server wrote, which crawlers read before any script', async () => {
    await import('/dist/cdn/iom-elements.js' as string);
    const html = await (
      await fetch(prerenderedPage({ tags: 'iom-faq', single: '1', 'structured-data': '1' }, 'fragment'))
    ).text();
    const holder = document.createElement('div');
    holder.setHTMLUnsafe(html);
    const faq = holder.firstElementChild as Faq;
    const jsonLd = faq.querySelector(':scope > script[type="application/ld+json"]')!;
    const data = JSON.parse(jsonLd.textContent!) as { '@type': string; mainEntity: { name: string }[] };
    expect(data['@type']).to.equal('FAQPage');
    expect(data.mainEntity.map((question) => question.name)).to.deep.equal(
      englishFaq.questions.map((question) => question.question),
    );
    expect(faq.shadowRoot!.querySelector('[part=toggle-all]'), 'single: no "Show all"').to.be.null;
    const nodes = shadowTree(faq);
    const messages = recordConsole();
    document.body.append(holder);
    await faq.updateComplete;
    await faq.updateComplete;
    const now = shadowTree(faq);
    expect(now.length).to.equal(nodes.length);
    now.forEach((node, index) => expect(node === nodes[index], `node ${index}`).to.be.true);
    expect(faq.querySelectorAll(':scope > script[type="application/ld+json"]')).to.have.length(1);
    expect(faq.querySelector(':scope > script[type="application/ld+json"]'), 'the same block').to.equal(
      jsonLd,
    );
    expect(messages).to.deep.equal([]);
    holder.remove();
  });
});
