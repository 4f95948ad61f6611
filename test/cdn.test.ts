import { expect, fixture, html } from '@open-wc/testing';
import faq from '../content/en/faq.json';
import profile from '../content/en/profile.json';
import { ALL_TAGS, captureWarnings, renderedText } from './helpers.js';

/** Loads the CDN file as a page's `<script type="module">` does; `copy` makes a separate instance. */
function loadCdn(copy: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = `/dist/cdn/iom-elements.js?copy=${copy}`;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${script.src}`));
    document.head.append(script);
  });
}

describe('dist/cdn/iom-elements.js', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  before(() => window.addEventListener('error', onError));
  after(() => window.removeEventListener('error', onError));

  it('defines every element from one script tag, Lit inside', async () => {
    await loadCdn('first');
    for (const tag of ALL_TAGS) expect(customElements.get(tag), tag).to.be.a('function');
    const el = await fixture(html`<iom-overview></iom-overview>`);
    await new Promise((r) => setTimeout(r));
    const text = renderedText(el);
    expect(text).to.include(profile.paragraphs[0]);
    expect(text).to.include(faq.questions[3].question);
  });

  // The build strips the schema's titles and descriptions; its rules must all still be there.
  it("checks a provider's overrides against the schema it carries", async () => {
    const reported: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => reported.push(args.map(String).join(' '));
    let provider!: HTMLElement;
    try {
      provider = await fixture<HTMLElement>(
        html`<iom-provider
          .content=${{
            en: {
              profile: { title: 'Who we are' },
              faq: { title: 42, questions: [{ id: faq.questions[0].id, answer: '' }] },
            },
          }}
          ><iom-profile></iom-profile><iom-faq></iom-faq
        ></iom-provider>`,
      );
    } finally {
      console.error = original;
    }
    expect(reported).to.include.members([
      '<iom-provider> content.en.faq.title: expected a string, got number 42',
      '<iom-provider> content.en.faq.questions[0].answer: expected non-empty text',
    ]);
    await Promise.all(
      [...provider.children].map(
        (el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete,
      ),
    );
    const headingOf = (tag: string) =>
      provider.querySelector(tag)!.shadowRoot!.querySelector('h2')!.textContent?.trim();
    expect(headingOf('iom-profile')).to.equal('Who we are');
    expect(headingOf('iom-faq')).to.equal(faq.title);
  });

  it('loaded a second time, throws nothing and warns nothing', async () => {
    const firstFaq = customElements.get('iom-faq');
    const warnings = await captureWarnings(() => loadCdn('second'));
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
    expect(customElements.get('iom-faq')).to.equal(firstFaq);
    const el = await fixture(html`<iom-faq></iom-faq>`);
    expect(el.shadowRoot?.querySelectorAll('button.question')).to.have.length(faq.questions.length);
  });
});

describe('a tag taken by another script', () => {
  it('keeps the other definition and says so, without throwing', async () => {
    customElements.define('iom-test-taken', class extends HTMLElement {});
    const { defineElement } = await import('../src/core/define.js');
    const warnings = await captureWarnings(() =>
      defineElement('iom-test-taken', class extends HTMLElement {}),
    );
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('<iom-test-taken> is already defined by another script');
  });
});
