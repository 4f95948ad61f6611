// A page expanded by `renderHtml` (the built dist/render.js, through test/server-commands.mjs
// `render-html`), then the CDN script loaded: before the script, each element shows what the
// client renders from the same source (languages from the nearest lang, the nearest provider's
// overrides and level, the attributes); after it, each hydrates, keeping every node.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { ALL_TAGS, recordConsole, shadowTree } from './helpers.js';

type Updating = HTMLElement & { updateComplete: Promise<boolean> };

const SOURCE = `<div lang="fr-CA">
  <iom-faq heading-level="3" open="all"></iom-faq>
  <iom-provider heading-level="4"><script type="application/json">{"fr":{"mission":{"title":"Notre but"}}}</script>
    <iom-mission></iom-mission>
    <div lang="es"><iom-profile structured-data></iom-profile></div>
    <iom-provider><script type="application/json">{"en":{"presence":{"title":"Where we are"}}}</script>
      <iom-presence lang="en"></iom-presence>
      <iom-mission></iom-mission>
    </iom-provider>
  </iom-provider>
  <iom-overview sections="faq profile" lang="es" heading="Sobre la OIM"></iom-overview>
</div>`;

const OURS = ALL_TAGS.join(', ');

/**
 * The words an element shows, through nested shadow roots, white space folded: not its styles
 * (inline from the server, adopted on the client) nor its scripts' data.
 */
function shownText(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node): void => {
    if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
    if (['style', 'script'].includes((n as Element).localName)) return;
    (n as Element).shadowRoot?.childNodes.forEach(walk);
    n.childNodes.forEach(walk);
  };
  walk(node);
  return parts
    .join(' ')
    .replace(/[ \t\n\r]+/g, ' ')
    .trim();
}

/** Waits until every provider and element in `root` (nested ones too) has rendered. */
async function settled(root: Element): Promise<void> {
  await Promise.all([...root.querySelectorAll<Updating>('iom-provider')].map((el) => el.updateComplete));
  const elements = [...root.querySelectorAll<Updating>(OURS)];
  const nested = elements.flatMap((el) => shadowTree(el).filter((n) => n.localName.startsWith('iom-')));
  await Promise.all([...elements, ...nested].map((el) => (el as Updating).updateComplete));
}

/** Waits (up to 5 s) for `el` to show `text`, then says whether it does: a language may still be loading. */
async function shows(el: Element, text: string): Promise<string> {
  for (let i = 0; i < 100 && shownText(el) !== text; i += 1) await new Promise((r) => setTimeout(r, 50));
  return shownText(el);
}

describe('a page expanded by renderHtml, when the library script loads', () => {
  it('shows what the client shows from the same source, then hydrates, every node kept, nothing in the console', async function () {
    this.timeout(30000);
    const result = await executeServerCommand<{ html?: string; error?: { message: string } }, object>(
      'render-html',
      { html: SOURCE, options: {} },
    );
    expect(result.error?.message).to.equal(undefined);
    const server = document.createElement('div');
    // The parser's way in for declarative shadow DOM (`innerHTML` ignores it).
    server.setHTMLUnsafe(result.html!);
    document.body.append(server);
    const elements = [...server.querySelectorAll(OURS)];
    expect(
      elements.map((el) => [el.localName, !!el.shadowRoot, !!customElements.get(el.localName)]),
    ).to.deep.equal(
      ['iom-faq', 'iom-mission', 'iom-profile', 'iom-presence', 'iom-mission', 'iom-overview'].map((tag) => [
        tag,
        true,
        false,
      ]),
    );
    const textBefore = elements.map(shownText);
    const nodesBefore = elements.map(shadowTree);
    expect(textBefore[1]).to.include('Notre but');
    expect(textBefore[4]).to.not.include('Notre but');

    const messages = recordConsole();
    await import('/dist/cdn/iom-elements.js' as string);
    await Promise.all(ALL_TAGS.map((tag) => customElements.whenDefined(tag)));
    const client = document.createElement('div');
    client.innerHTML = SOURCE;
    document.body.append(client);
    await settled(server);
    await settled(client);

    const clientElements = [...client.querySelectorAll(OURS)];
    for (const [index, el] of clientElements.entries())
      expect(await shows(el, textBefore[index]), `<${el.localName}> ${index}`).to.equal(textBefore[index]);
    elements.forEach((el, index) => {
      expect(shownText(el), `<${el.localName}> ${index}`).to.equal(textBefore[index]);
      const now = shadowTree(el);
      expect(now.length, `<${el.localName}> ${index} nodes`).to.equal(nodesBefore[index].length);
      now.forEach(
        (node, at) => expect(node === nodesBefore[index][at], `<${el.localName}> node ${at}`).to.be.true,
      );
    });
    expect(messages).to.deep.equal([]);
    server.remove();
    client.remove();
  });
});
