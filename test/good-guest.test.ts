import { expect } from '@open-wc/testing';
import { ALL_TAGS, openFrame, type FrameWindow } from './helpers.js';

/** Opens a page in a frame and waits until every element on it has rendered. */
async function open(path: string): Promise<{ win: FrameWindow; doc: Document; frame: HTMLIFrameElement }> {
  const { frame, win, doc } = await openFrame(path, { width: 900, height: 700 });
  await Promise.all(ALL_TAGS.map((tag) => win.customElements.whenDefined(tag)));
  const elements = [...doc.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('main > *')];
  await Promise.all(elements.map((el) => el.updateComplete));
  return { win, doc, frame };
}

/** The globals a page has before any script of its own runs. */
function blankGlobals(): Set<string> {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const names = new Set(Object.getOwnPropertyNames(frame.contentWindow));
  frame.remove();
  return names;
}

describe('a good guest on the host page', () => {
  it('requests nothing but the script it was loaded from', async () => {
    const { win, frame } = await open('/test/fixtures/plain.html');
    const requested = win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname);
    // The page's own files, and the test server's live-reload socket, are not ours.
    const ours = requested.filter(
      (path) => !path.startsWith('/test/fixtures/') && !path.startsWith('/__web-dev-server'),
    );
    expect(ours).to.deep.equal(['/dist/cdn/iom-elements.js']);
    frame.remove();
  });

  it("writes no globals of its own (only Lit's shared version and metadata registries)", async () => {
    const before = blankGlobals();
    const { win, frame } = await open('/test/fixtures/plain.html');
    const added = Object.getOwnPropertyNames(win).filter((name) => !before.has(name));
    expect(added.sort()).to.deep.equal([
      'litElementVersions',
      'litHtmlVersions',
      'litPropertyMetadata',
      'reactiveElementVersions',
    ]);
    frame.remove();
  });

  it('adds no styles to the host document', async () => {
    const { doc, frame } = await open('/test/fixtures/plain.html');
    expect([...doc.styleSheets].map((sheet) => new URL(sheet.href!).pathname)).to.deep.equal([
      '/test/fixtures/layout.css',
    ]);
    expect(doc.adoptedStyleSheets).to.have.length(0);
    expect(doc.querySelectorAll('style, [style]')).to.have.length(0);
    frame.remove();
  });
});

describe('under a strict Content-Security-Policy with Trusted Types', () => {
  it('renders every element with no violation', async () => {
    const { win, doc, frame } = await open('/test/fixtures/csp.html');
    for (const el of doc.querySelectorAll('main > *')) {
      expect(el.shadowRoot?.querySelector('section, .sections'), el.localName).to.exist;
    }
    // Open and close an FAQ answer: re-rendering must not break the policy either.
    const faq = doc.querySelector('iom-faq') as HTMLElement & { updateComplete: Promise<unknown> };
    const question = faq.shadowRoot!.querySelector('button')!;
    question.click();
    await faq.updateComplete;
    expect(question.getAttribute('aria-expanded')).to.equal('true');
    await new Promise((r) => setTimeout(r, 50));
    expect(win.__cspViolations).to.deep.equal([]);

    // The probe does see violations: an inline style attribute is one.
    doc.body.setAttribute('style', 'color: red');
    await new Promise((r) => setTimeout(r, 50));
    expect(win.__cspViolations!.length).to.be.greaterThan(0);
    frame.remove();
  });
});
