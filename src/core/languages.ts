import { LANGUAGES, type Language } from './content-types.js';

// The languages are the folders of content/ (src/generated/content-model.ts).
export { LANGUAGES, SOURCE_LANGUAGE, type Language } from './content-types.js';

/** Scripts written right to left, by primary language subtag. */
const RIGHT_TO_LEFT = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ps', 'sd', 'ug', 'ur', 'yi']);

export function directionOf(lang: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(lang.split('-')[0].toLowerCase()) ? 'rtl' : 'ltr';
}

/**
 * Whether a tag asks for its language in a script the library's folder is not written in.
 * `content/zh/` is Simplified Chinese: `zh-Hant`, and `zh-TW`, `zh-HK` and `zh-MO` (whose likely
 * script is Traditional, as CLDR has it), are not given Simplified text in its place. CLDR does
 * not make zh-Hant fall back to zh, and which script a reader gets is the site's choice, not ours:
 * they fall back to English like any language the library lacks, with a warning that says why.
 */
export function traditionalChinese(tag: string): boolean {
  const [primary, ...rest] = tag.trim().toLowerCase().split(/[-_]/);
  if (primary !== 'zh') return false;
  const script = rest.find((subtag) => /^[a-z]{4}$/.test(subtag));
  if (script) return script !== 'hans';
  return rest.some((subtag) => subtag === 'tw' || subtag === 'hk' || subtag === 'mo');
}

/**
 * The supported language for a BCP 47 tag: itself, else its primary subtag (`fr-CA` → `fr`,
 * `zh-CN`, `zh-Hans` and `zh-SG` → `zh`, `ar-EG` → `ar`); none for Traditional Chinese.
 */
export function supportedLanguage(tag: string): Language | undefined {
  const lower = tag.trim().toLowerCase();
  if (traditionalChinese(lower)) return undefined;
  const primary = lower.split(/[-_]/)[0];
  return LANGUAGES.find((lang) => lang === lower) ?? LANGUAGES.find((lang) => lang === primary);
}

/**
 * The language in force at an element, as the platform resolves `lang`: its own attribute,
 * else the nearest ancestor's (crossing shadow roots to their hosts), else the document's;
 * `''` where nothing says.
 */
export function inheritedLanguage(element: Element): string {
  for (let node: Node | null = element; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    // Duck-typed: a prerendering server has no `Element`.
    if ((node as Element).hasAttribute?.('lang')) return (node as Element).getAttribute('lang') ?? '';
  }
  return '';
}

/** The roots an element's language depends on: the document and every shadow root around it. */
export function languageRoots(element: Element): Node[] {
  const roots: Node[] = [];
  for (let root = element.getRootNode(); ;) {
    roots.push(root);
    if (!(root instanceof ShadowRoot)) break;
    root = root.host.getRootNode();
  }
  return roots;
}

const listeners = new Set<() => void>();
const watched = new WeakSet<Node>();
let observer: MutationObserver | undefined;

/**
 * Calls `onChange` whenever a `lang` attribute changes in the document or in one of the shadow
 * roots around `element`. One observer serves every element on the page. Returns the unwatch.
 */
export function watchLanguage(element: Element, onChange: () => void): () => void {
  observer ??= new MutationObserver(() => listeners.forEach((listener) => listener()));
  for (const root of languageRoots(element)) {
    if (watched.has(root)) continue;
    watched.add(root);
    observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}
