import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import faq from '../content/en/faq.json';
import profile from '../content/en/profile.json';
import zhFaq from '../content/zh/faq.json';
import { ALL_TAGS, openFrame, shownIn } from './helpers.js';

const jsonLd = (el: Element) => el.querySelector(':scope > script[type="application/ld+json"]');

describe('structured data (opt-in)', () => {
  it('is off by default', async () => {
    const el = await fixture(html`<iom-faq></iom-faq>`);
    expect(jsonLd(el)).to.equal(null);
  });

  it('<iom-faq structured-data> adds schema.org FAQPage JSON-LD to the light DOM', async () => {
    const el = await fixture<HTMLElementTagNameMap['iom-faq']>(html`<iom-faq structured-data></iom-faq>`);
    const data = JSON.parse(jsonLd(el)!.textContent!);
    expect(data['@context']).to.equal('https://schema.org');
    expect(data['@type']).to.equal('FAQPage');
    expect(data.inLanguage).to.equal('en');
    expect(data.mainEntity).to.deep.equal(
      faq.questions.map((q) => ({
        '@type': 'Question',
        name: q.question,
        acceptedAnswer: { '@type': 'Answer', text: q.answer },
      })),
    );
    el.structuredData = false;
    await el.updateComplete;
    expect(jsonLd(el)).to.equal(null);
  });

  it('says the language of the questions it gives: inLanguage, as shown (zh-CN shows zh)', async () => {
    const el = await fixture<HTMLElementTagNameMap['iom-faq']>(
      html`<iom-faq structured-data lang="zh-CN"></iom-faq>`,
    );
    await shownIn(el, 'zh');
    await el.updateComplete;
    const data = JSON.parse(jsonLd(el)!.textContent!);
    expect(data.inLanguage).to.equal('zh');
    expect(data.mainEntity[0].name).to.equal(zhFaq.questions[0].question);
  });

  it('<iom-profile structured-data> adds schema.org Organization JSON-LD, once', async () => {
    const el = await fixture<HTMLElementTagNameMap['iom-profile']>(
      html`<iom-profile structured-data></iom-profile>`,
    );
    el.heading = 'Re-rendered';
    await el.updateComplete;
    expect(el.querySelectorAll('script')).to.have.length(1);
    const data = JSON.parse(jsonLd(el)!.textContent!);
    expect(data).to.deep.include({
      '@type': 'Organization',
      name: profile.organization.name,
      alternateName: profile.organization.alternateName,
      foundingDate: profile.organization.foundingDate,
    });
    expect(data.location.name).to.equal(profile.organization.location);
  });

  it('under enforced Trusted Types, is skipped without an error and the elements render', async () => {
    const { frame, win } = await openFrame('/test/fixtures/csp-structured-data.html');
    const errors: string[] = [];
    win.addEventListener('error', (event) => errors.push(event.message));
    await Promise.all(ALL_TAGS.map((tag) => win.customElements.whenDefined(tag)));
    await new Promise((r) => setTimeout(r, 100));
    const doc = frame.contentDocument!;
    for (const tag of ['iom-faq', 'iom-profile']) {
      const el = doc.querySelector(tag)!;
      expect(el.hasAttribute('structured-data')).to.equal(true);
      expect(jsonLd(el), tag).to.equal(null);
      expect(el.shadowRoot?.querySelector('section'), tag).to.exist;
    }
    expect(errors).to.deep.equal([]);
    // The browser reports what it refused; nothing else is a violation.
    expect(win.__cspViolations!.every((v) => v.startsWith('require-trusted-types-for'))).to.equal(true);
    frame.remove();
  });
});
