import { expect, fixture, html } from '@open-wc/testing';
import { compareSnapshot, executeServerCommand } from '@web/test-runner-commands';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../src/index.js';
import { ALL_TAGS } from './helpers.js';

interface AxNode {
  role: string;
  name?: string;
  level?: number;
  expanded?: boolean;
  focused?: boolean;
  children?: AxNode[];
}

/** Roles that only group or lay out: their children are shown in their place. */
const LAYOUT_ROLES = new Set(['generic', 'none', 'InlineTextBox', 'LineBreak', 'image']);

/** Chromium's accessibility tree of one element, as reviewable text: one line per node. */
async function axTree(el: Element): Promise<string> {
  const wrapper = document.createElement('div');
  wrapper.setAttribute('data-ax-root', '');
  el.replaceWith(wrapper);
  wrapper.append(el);
  const tree = await executeServerCommand<AxNode, { selector: string }>('ax-tree', {
    selector: '[data-ax-root]',
  });
  wrapper.replaceWith(el);
  const lines: string[] = [];
  const walk = (node: AxNode, depth: number, parentName?: string) => {
    const skip = LAYOUT_ROLES.has(node.role) || (node.role === 'StaticText' && node.name === parentName);
    if (!skip) {
      const facts = [
        node.level ? `level ${node.level}` : '',
        node.expanded !== undefined ? (node.expanded ? 'expanded' : 'collapsed') : '',
      ].filter(Boolean);
      lines.push(
        `${'  '.repeat(depth)}${node.role}${node.name ? ` "${node.name}"` : ''}${facts.length ? ` (${facts.join(', ')})` : ''}`,
      );
    }
    for (const child of node.children ?? [])
      walk(child, skip ? depth : depth + 1, skip ? parentName : node.name);
  };
  for (const child of tree.children ?? []) walk(child, 0);
  return lines.join('\n');
}

// Regressions in what screen readers get show up as diffs of the reviewed snapshots in
// test/__snapshots__/ (update them deliberately with `node scripts/test-browsers.mjs chromium -- --update-snapshots`).
describe('accessibility tree', () => {
  for (const tag of ALL_TAGS) {
    it(`<${tag}> matches its reviewed snapshot`, async () => {
      const el = await fixture<HTMLElement>(staticHtml`<${unsafeStatic(tag)}></${unsafeStatic(tag)}>`);
      await new Promise((r) => setTimeout(r));
      const tree = await axTree(el);
      expect(tree).to.include('region');
      await compareSnapshot({ name: tag, content: tree });
    });
  }

  it('<iom-faq> with one answer open matches its reviewed snapshot', async () => {
    const el = await fixture<HTMLElementTagNameMap['iom-faq']>(
      html`<iom-faq open="main-challenges"></iom-faq>`,
    );
    const tree = await axTree(el);
    expect(tree).to.include('expanded');
    await compareSnapshot({ name: 'iom-faq open', content: tree });
  });
});
