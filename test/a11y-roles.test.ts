import { expect, fixture, html } from '@open-wc/testing';
import { compareSnapshot } from '@web/test-runner-commands';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../src/index.js';
import { ALL_TAGS } from './helpers.js';

/**
 * The roles, names and states an element exposes, read from its DOM the way the ARIA in HTML
 * mapping defines them, so that every engine is held to the same reviewed outline (Chromium's
 * own accessibility tree is compared in test/a11y-tree.test.ts). Hidden subtrees (`hidden`,
 * `aria-hidden`, `display: none`) are left out, as assistive technology leaves them out.
 */
function implicitRole(el: Element, name: string): string | undefined {
  const tag = el.localName;
  if (/^h[1-6]$/.test(tag)) return 'heading';
  if (tag === 'section') return name ? 'region' : undefined;
  if (tag === 'a') return el.hasAttribute('href') ? 'link' : undefined;
  return { ul: 'list', ol: 'list', li: 'listitem', button: 'button', p: 'paragraph' }[tag];
}

/** Visible text, across shadow roots, without aria-hidden parts. */
function text(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element) || node.getAttribute('aria-hidden') === 'true') return '';
  const children = node.shadowRoot ? [...node.shadowRoot.childNodes] : [...node.childNodes];
  return children.map(text).join('');
}
const fold = (s: string) => s.replace(/[ \t\n\r]+/g, ' ').trim();

/** The accessible name: aria-labelledby (resolved in the element's own tree), aria-label, or, where the role takes it, the content. */
function accessibleName(el: Element, role?: string): string {
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const root = el.getRootNode() as Document | ShadowRoot;
    return fold(
      labelledBy
        .split(/\s+/)
        .map((id) => {
          const target = root.getElementById(id);
          expect(target, `aria-labelledby="${id}" on <${el.localName}> points at nothing`).to.exist;
          return text(target!);
        })
        .join(' '),
    );
  }
  const label = el.getAttribute('aria-label');
  if (label) return fold(label);
  return role && ['heading', 'button', 'link'].includes(role) ? fold(text(el)) : '';
}

function hidden(el: Element): boolean {
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || !el.checkVisibility();
}

/** One line per exposed node: role, "name", (states). */
function outline(host: Element): string {
  const lines: string[] = [];
  const walk = (el: Element, depth: number) => {
    if (hidden(el)) return;
    const explicit = el.getAttribute('role') ?? undefined;
    const provisional = explicit ?? implicitRole(el, accessibleName(el));
    const role = provisional === 'none' || provisional === 'presentation' ? undefined : provisional;
    let next = depth;
    if (role) {
      // Paragraphs and list items have no name; their text is shown in its place.
      const name = ['paragraph', 'listitem'].includes(role) ? fold(text(el)) : accessibleName(el, role);
      const states = [
        role === 'heading' ? `level ${el.getAttribute('aria-level') ?? el.localName.slice(1)}` : '',
        el.hasAttribute('aria-expanded')
          ? el.getAttribute('aria-expanded') === 'true'
            ? 'expanded'
            : 'collapsed'
          : '',
      ].filter(Boolean);
      const controls = el.getAttribute('aria-controls');
      if (controls) {
        const root = el.getRootNode() as Document | ShadowRoot;
        for (const id of controls.split(/\s+/))
          expect(root.getElementById(id), `aria-controls="${id}" points at nothing`).to.exist;
      }
      lines.push(
        `${'  '.repeat(depth)}${role}${name ? ` "${name}"` : ''}${states.length ? ` (${states.join(', ')})` : ''}`,
      );
      next = depth + 1;
    }
    const children = el.shadowRoot ? [...el.shadowRoot.children] : [...el.children];
    for (const child of children) walk(child, next);
  };
  walk(host, 0);
  return lines.join('\n');
}

describe('roles, names and states, from the DOM (every engine)', () => {
  for (const tag of ALL_TAGS) {
    it(`<${tag}> exposes its reviewed outline`, async () => {
      const el = await fixture<HTMLElement>(staticHtml`<${unsafeStatic(tag)}></${unsafeStatic(tag)}>`);
      const tree = outline(el);
      expect(tree).to.match(/^region "/);
      await compareSnapshot({ name: tag, content: tree });
    });
  }

  it('<iom-faq> with one answer open exposes it as a region named by its question', async () => {
    const el = await fixture<HTMLElement>(html`<iom-faq open="main-challenges"></iom-faq>`);
    const tree = outline(el);
    expect(tree).to.match(/button ".+" \(expanded\)\n\s+region ".+"/);
    await compareSnapshot({ name: 'iom-faq open', content: tree });
  });
});
