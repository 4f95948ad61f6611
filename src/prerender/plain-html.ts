import { parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type Template = DefaultTreeAdapterMap['template'];

/** Elements kept as they are: the semantic HTML every sanitizer allows and every browser shows. */
const KEPT = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'li', 'a', 'dl', 'dt', 'dd']);

/** Kept elements that start a line of their own in the output (it reads better as source). */
const BLOCKS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'li', 'dl', 'dt', 'dd']);

/** Elements whose content is never words for a reader. */
const DROPPED = new Set(['style', 'script', 'link', 'svg', 'input', 'textarea', 'select']);

const HEADINGS = /^h[1-6]$/;

/** Lists close on a line of their own too. */
const LISTS = new Set(['ul', 'ol', 'dl']);

/** Text as browsers serialize it, so a sanitizer that parses and serializes it gives it back unchanged. */
export function escapeText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\u00a0/g, '&nbsp;');
}

/** An attribute value as browsers serialize it. */
export function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/\u00a0/g, '&nbsp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

const attribute = (element: Element, name: string): string | undefined =>
  element.attrs.find((attr) => attr.name === name)?.value;

/**
 * The words of prerendered shadow DOM as plain light-DOM HTML: headings, paragraphs, lists and
 * links, with no classes, ids, ARIA, inline styles or event attributes. Wrappers (`div`, `span`,
 * `section`, the buttons that hold FAQ questions) give their content; controls with nothing to
 * read without a script ("Show all", "Copy link") and decoration (`aria-hidden`) are left out;
 * nested elements give their own shadow content. Closed FAQ answers are kept: every answer reads.
 */
export function plainHtml(shadowMarkup: string): string {
  const out: string[] = [];
  const walk = (node: Node, inHeading: boolean): void => {
    if (node.nodeName === '#text') {
      // Template white space collapses; a no-break space (French `?`, `:`) is the content's own.
      out.push(escapeText((node as DefaultTreeAdapterMap['textNode']).value.replace(/[ \t\n\r\f]+/g, ' ')));
      return;
    }
    if (!('tagName' in node)) return; // comments
    const element = node as Element;
    const tag = element.tagName;
    if (DROPPED.has(tag) || attribute(element, 'aria-hidden') === 'true') return;
    if (tag === 'template') {
      (element as Template).content.childNodes.forEach((child) => walk(child, inHeading));
      return;
    }
    if (tag === 'button' && !inHeading) return;
    const children = (heading: boolean) => element.childNodes.forEach((child) => walk(child, heading));
    if (!KEPT.has(tag)) {
      // A custom element's words are in its shadow root: its declarative template.
      children(inHeading);
      return;
    }
    const href = tag === 'a' ? attribute(element, 'href') : undefined;
    out.push(
      BLOCKS.has(tag) ? '\n' : '',
      `<${tag}${href === undefined ? '' : ` href="${escapeAttribute(href)}"`}>`,
    );
    children(inHeading || HEADINGS.test(tag));
    out.push(LISTS.has(tag) ? '\n' : '', `</${tag}>`);
  };
  parseFragment(shadowMarkup).childNodes.forEach((node) => walk(node, false));
  return tidy(out.join(''));
}

/** White space as a reader of the source expects: none at the edges of a block, one line a block. */
function tidy(markup: string): string {
  return (
    markup
      // No space just inside a block's tags.
      .replace(/(<(?:h[1-6]|p|li|dt|dd|ul|ol|dl)>) +/g, '$1')
      .replace(/ +(<\/(?:h[1-6]|p|li|dt|dd|ul|ol|dl)>)/g, '$1')
      // No space around the line breaks between blocks.
      .replace(/ *\n */g, '\n')
      .replace(/\n+/g, '\n')
      .replace(/ +/g, ' ')
      .trim()
  );
}
