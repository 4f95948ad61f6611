import { expect } from '@open-wc/testing';
import { ALL_TAGS, openFrame } from './helpers.js';

/** Opens a demo page in a frame, as a visitor would, and waits for its elements to render. */
async function openDemo(path: string): Promise<Document> {
  const { win, doc } = await openFrame(path, { width: 1200, height: 900 });
  await win.customElements.whenDefined('iom-faq');
  return doc;
}

describe('demo pages', () => {
  it('the article page embeds elements through the CDN script tag', async () => {
    const doc = await openDemo('/demo/index.html');
    expect(doc.querySelector('script[src$="dist/cdn/iom-elements.js"]')).to.exist;
    for (const tag of ['iom-profile', 'iom-faq', 'iom-presence', 'iom-issues']) {
      const el = doc.querySelector(tag);
      expect(el?.shadowRoot?.querySelector('section'), tag).to.exist;
    }
  });

  it('the gallery shows every element, imported as a bundler user would', async () => {
    const doc = await openDemo('/demo/gallery.html');
    for (const tag of ALL_TAGS) {
      const el = doc.querySelector(tag);
      expect(el?.shadowRoot?.childElementCount, tag).to.be.greaterThan(0);
    }
  });
});
