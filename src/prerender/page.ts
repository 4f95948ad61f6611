import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type Template = DefaultTreeAdapterMap['template'];

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/** Where something starts in the page's source, as an editor counts: line and column, from 1. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** An `<iom-provider>` of the page, with what it gives the elements inside it, as written. */
export interface PageProvider extends SourcePosition {
  /**
   * The text of its JSON block: its first `<script type="application/json">` child, as the
   * provider reads it (`:scope > script[type="application/json"]`). Absent: no block.
   */
  json?: string;
  /** Its `heading-level` attribute, as written. */
  headingLevel?: string;
}

/** One of the page's elements to prerender (a tag of the list given), with what the page gives it. */
export interface PageElement extends SourcePosition {
  /** Its tag, lowercased (`<IOM-FAQ>` is `iom-faq`). */
  tag: string;
  /** Its attributes, names lowercased as the parser has them (the first of two with one name). */
  attributes: Record<string, string>;
  /** The `lang` in force: its own attribute, else the nearest ancestor's; absent when none says. */
  lang?: string;
  /** The nearest `<iom-provider>` around it: the one whose settings it receives. */
  provider?: PageProvider;
  /** It has a declarative shadow root already: a `<template shadowrootmode>` child. */
  hasShadowRoot: boolean;
  /** It has content already: any child but white space and comments. */
  hasContent: boolean;
  /** Where, in the page's text, its start tag ends: where its content begins. */
  contentOffset: number;
}

/** The elements of a page (in source order) and its providers. */
export interface Page {
  elements: PageElement[];
  providers: PageProvider[];
}

/** An attribute's value; not one in a namespace (SVG's `xml:lang` is not `lang`). */
const attributeOf = (element: Element, name: string): string | undefined =>
  element.attrs.find((attr) => attr.name === name && !attr.namespace)?.value;

const textOf = (element: Element): string =>
  element.childNodes
    .map((child) => (child.nodeName === '#text' ? (child as { value: string }).value : ''))
    .join('');

const isElement = (node: Node): node is Element => 'tagName' in node;

/** The elements besides custom elements that can have a shadow root (DOM's `attachShadow`). */
const SHADOW_HOSTS = new Set(
  'article aside blockquote body div footer h1 h2 h3 h4 h5 h6 header main nav p section span'.split(' '),
);

/**
 * The declarative shadow root the parser gives `host`: its first `<template shadowrootmode>`
 * child, where `host` can have a shadow root (a later one stays a plain, inert template).
 */
function declarativeShadowRoot(host: Element): Template | undefined {
  if (host.namespaceURI !== HTML_NAMESPACE || !(host.tagName.includes('-') || SHADOW_HOSTS.has(host.tagName)))
    return undefined;
  return host.childNodes.find(
    (node): node is Template =>
      isElement(node) &&
      node.tagName === 'template' &&
      node.namespaceURI === HTML_NAMESPACE &&
      /^(open|closed)$/i.test(attributeOf(node, 'shadowrootmode') ?? ''),
  );
}

/**
 * Finds the elements named `tags` in a page or fragment, as a browser's parser sees it: an element
 * is one only where the parser makes one, so the tags in comments, in `<script>`, `<style>`,
 * `<textarea>`, `<title>` and `<noscript>` (read as text, as with scripting on) are none; those in
 * a `<template>` are in its inert content, not the page; those in SVG or MathML are foreign
 * elements, not ours. Those in a declarative shadow root (`<template shadowrootmode>` of another
 * component, rendered ahead of time) are real elements, found with the language and provider of
 * their host. A fragment is read as a page's body would be. Only the parse is used, never its
 * serialization: the page's text is changed by `insertInto`, at the offsets found here, and
 * nowhere else.
 */
export function readPage(html: string, tags: readonly string[]): Page {
  // The parser reads a byte order mark as text (which would put a page in quirks mode); a
  // browser's decoder drops it first. Read the page without it; offsets count it again.
  const bom = html.startsWith('\uFEFF') ? 1 : 0;
  const document = parse(bom ? html.slice(bom) : html, { sourceCodeLocationInfo: true });
  const page: Page = { elements: [], providers: [] };

  const walk = (node: Node, lang: string | undefined, provider: PageProvider | undefined): void => {
    if (!('childNodes' in node)) return;
    for (const child of node.childNodes) {
      if (!isElement(child)) continue;
      const location = child.sourceCodeLocation;
      const ours = child.namespaceURI === HTML_NAMESPACE;
      const own = attributeOf(child, 'lang');
      const inForce = own ?? lang;
      let around = provider;
      if (ours && child.tagName === 'iom-provider' && location) {
        const script = child.childNodes.find(
          (inner): inner is Element =>
            isElement(inner) &&
            inner.tagName === 'script' &&
            inner.namespaceURI === HTML_NAMESPACE &&
            attributeOf(inner, 'type')?.toLowerCase() === 'application/json',
        );
        around = { line: location.startLine, column: location.startCol };
        if (script) around.json = textOf(script);
        const headingLevel = attributeOf(child, 'heading-level');
        if (headingLevel !== undefined) around.headingLevel = headingLevel;
        page.providers.push(around);
      }
      if (ours && tags.includes(child.tagName) && location?.startTag) {
        page.elements.push({
          tag: child.tagName,
          attributes: Object.fromEntries(child.attrs.map((attr) => [attr.name, attr.value])),
          ...(inForce === undefined ? {} : { lang: inForce }),
          ...(provider ? { provider } : {}),
          hasShadowRoot: declarativeShadowRoot(child) !== undefined,
          hasContent: child.childNodes.some(
            (inner) =>
              isElement(inner) ||
              (inner.nodeName === '#text' && /[^ \t\n\f\r]/.test((inner as { value: string }).value)),
          ),
          line: location.startLine,
          column: location.startCol,
          contentOffset: location.startTag.endOffset + bom,
        });
      }
      // A template's children are in its `content`, not walked: inert, as in a browser.
      walk(child, inForce, around);
      // A declarative shadow root is no inert template: its elements are real, and the host's
      // language and providers reach them (the platform's `lang` and context events cross shadow
      // boundaries).
      const shadowRoot = declarativeShadowRoot(child);
      if (shadowRoot) walk(shadowRoot.content, inForce, around);
    }
  };
  walk(document, undefined, undefined);
  return page;
}

/** The page's text with each `text` inserted at its `offset`; everything else as it was. */
export function insertInto(html: string, insertions: readonly { offset: number; text: string }[]): string {
  const sorted = [...insertions].sort((a, b) => a.offset - b.offset);
  const parts: string[] = [];
  let at = 0;
  for (const { offset, text } of sorted) {
    parts.push(html.slice(at, offset), text);
    at = offset;
  }
  parts.push(html.slice(at));
  return parts.join('');
}
