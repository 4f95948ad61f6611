// Edge cases of hydration, with the elements from source: hydration that cannot load, and an
// element that made its own shadow root and moved before its first render (not prerendered).
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { IomFaq } from '../src/index.js';
import faqContent from '../content/en/faq.json';
import { prerenderedPage, recordConsole, shadowTree } from './helpers.js';

/** An <iom-faq> whose hydration cannot load, as on a network that drops the file. */
class FaqWithoutHydration extends IomFaq {
  protected static override loadHydrate = () => Promise.reject(new TypeError('Failed to fetch hydrate.js'));
}
customElements.define('test-faq-without-hydration', FaqWithoutHydration);

describe('hydration, at the edges', () => {
  it('that cannot load: the element renders afresh over the server markup, once, and says so once', async () => {
    // The server's markup for <iom-faq>, given to the test element's tag.
    const markup = (await (await fetch(prerenderedPage({ tags: 'iom-faq' }, 'fragment'))).text()).replace(
      /iom-faq/g,
      'test-faq-without-hydration',
    );
    const holder = document.createElement('div');
    holder.setHTMLUnsafe(markup);
    const el = holder.firstElementChild as FaqWithoutHydration;
    expect(el.shadowRoot, 'declarative shadow root').to.exist;
    const messages = recordConsole();
    document.body.append(holder);
    await el.updateComplete;
    await el.updateComplete;
    expect(messages).to.have.length(1);
    expect(messages[0]).to.match(
      /^error: <test-faq-without-hydration> could not load hydration; rendering it again\. TypeError: Failed to fetch hydrate\.js/,
    );
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('section'), 'one section, not two').to.have.length(1);
    expect(root.querySelectorAll('.question')).to.have.length(faqContent.questions.length);
    expect(root.querySelectorAll('style, link'), 'the server styles kept').to.have.length(1);
    // And it works.
    root.querySelector<HTMLButtonElement>('.question')!.click();
    await el.updateComplete;
    expect(el.isOpen(faqContent.questions[0].id)).to.be.true;
    holder.remove();
  });

  it('not prerendered: an element moved before its first render renders as usual', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const messages = recordConsole();
    const el = document.createElement('iom-faq');
    // Connected (its shadow root made), then moved, all before its first update.
    document.body.append(el);
    wrapper.append(el);
    await el.updateComplete;
    expect(shadowTree(el).filter((node) => node.localName === 'section')).to.have.length(1);
    expect(el.shadowRoot!.querySelectorAll('.question')).to.have.length(faqContent.questions.length);
    expect(messages).to.deep.equal([]);
  });
});
