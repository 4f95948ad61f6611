// Prerendered pages under the strict policy of the embedding tests (test/fixtures/csp.html):
// `style-src 'self'` and Trusted Types. Inline <style> in each shadow root would be refused, so
// `render --stylesheets` links each element's stylesheet (dist/styles/<tag>.css) instead.
import { expect } from '@open-wc/testing';
import { ALL_TAGS, openFrame, prerenderedPage, type FrameWindow } from './helpers.js';

type Updating = HTMLElement & { updateComplete: Promise<boolean> };

/** A computed style of a few telling properties of each element's heading and section. */
function looks(win: FrameWindow, doc: Document): string[][] {
  return [...doc.querySelectorAll('main > *')].map((el) => {
    const root = el.shadowRoot!;
    const heading = root.querySelector('[part=heading]') ?? root.querySelector('iom-profile')!;
    const style = win.getComputedStyle(heading);
    const host = win.getComputedStyle(el);
    return [el.localName, style.fontSize, style.fontWeight, style.color, host.maxInlineSize, host.display];
  });
}

async function openDefined(path: string) {
  const opened = await openFrame(path, { width: 900, height: 700 });
  await Promise.all(ALL_TAGS.map((tag) => opened.win.customElements.whenDefined(tag)));
  await Promise.all([...opened.doc.querySelectorAll<Updating>('main > *')].map((el) => el.updateComplete));
  // WebKit reports violations a moment after the fact: give it that moment.
  await new Promise((resolve) => setTimeout(resolve, 500));
  return opened;
}

describe('prerendered under a strict Content-Security-Policy with Trusted Types', () => {
  it('with linked stylesheets: no violation, styled as the client renders, and hydrated', async () => {
    const client = await openDefined(prerenderedPage({ format: 'client', script: 'cdn' }));
    const expected = looks(client.win, client.doc);
    client.frame.remove();

    const { win, doc, frame } = await openDefined(prerenderedPage({ csp: '1', script: 'cdn' }));
    expect(win.__cspViolations, 'the probe ran').to.be.an('array');
    expect(win.__cspViolations).to.deep.equal([]);
    const faq = doc.querySelector<Updating>('iom-faq')!;
    expect(faq.shadowRoot!.querySelector('link[rel=stylesheet]')!.getAttribute('href')).to.equal(
      '/dist/styles/iom-faq.css',
    );
    expect(faq.shadowRoot!.querySelector('style')).to.be.null;
    expect(looks(win, doc)).to.deep.equal(expected);
    // Hydrated, and working: a question opens.
    const button = faq.shadowRoot!.querySelector<HTMLButtonElement>('.question')!;
    button.click();
    await faq.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(win.__cspViolations).to.deep.equal([]);
    frame.remove();
  });

  it('with inline styles (the default format): the policy refuses them, which is why the option exists', async () => {
    const { win, frame } = await openDefined(prerenderedPage({ csp: 'inline', script: 'cdn' }));
    expect(win.__cspViolations!.length).to.be.greaterThan(0);
    expect(win.__cspViolations!.every((violation) => violation.startsWith('style-src'))).to.be.true;
    frame.remove();
  });
});
