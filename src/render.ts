/**
 * Prerendering, in Node: an element's HTML ahead of time, so its content is in the page before
 * and without JavaScript. Two formats:
 *
 * - `dsd` (the default): the element with its shadow root as declarative shadow DOM. Browsers
 *   show it as the script would; when the library's script loads, the element hydrates (keeps
 *   these nodes) and works as usual.
 * - `html`: plain light-DOM HTML inside the tag (headings, paragraphs, lists, links) for CMSs
 *   and sanitizers that strip `<template>` and `<style>`; the script renders the element's own
 *   shadow content over it.
 *
 * `renderToString` renders one element; `renderHtml` expands every element of a whole page (or
 * fragment) in place, each as the browser would see it there.
 *
 * Bad input (an unknown tag, language, level, theme, question, section or format, broken
 * overrides) throws a `RenderError` naming what is wrong (and, in a page, where); nothing is
 * rendered.
 *
 * @module iom-elements/render
 */
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { loadedSectionContent, loadSectionContent } from './core/content-loader.js';
import * as contentModel from './core/content-types.js';
import type { ContentOverrides, SectionName } from './core/content-types.js';
import { IomElement } from './core/iom-element.js';
import { directionOf, SOURCE_LANGUAGE, supportedLanguage, traditionalChinese } from './core/languages.js';
import { checkOverrides } from './core/overrides.js';
import { MARKER, structuredDataJson } from './core/structured-data.js';
import type { IomSettings } from './core/settings-context.js';
import { IomOverview } from './elements/overview.js';
import rules from './generated/override-rules.js';
import { SECTION_ELEMENTS } from './generated/section-elements.js';
import {
  ATTRIBUTE_OWNERS,
  RENDER_ATTRIBUTES,
  optionsFromAttributes,
  takesAttribute,
  type RenderAttribute,
} from './prerender/attributes.js';
import { collectHtml } from './prerender/collect.js';
import {
  insertInto,
  readPage,
  type PageElement,
  type PageProvider,
  type SourcePosition,
} from './prerender/page.js';
import { escapeAttribute, plainHtml } from './prerender/plain-html.js';

export {
  BOOLEAN_ATTRIBUTES,
  optionsFromAttributes,
  RENDER_ATTRIBUTES,
  takesAttribute,
} from './prerender/attributes.js';

const { LANGUAGES, SECTION_NAMES } = contentModel;

/** The output formats: declarative shadow DOM, or plain light-DOM HTML. */
export const FORMATS = ['dsd', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/** Every tag that can be prerendered: each section's element and the overview. */
export const TAGS: readonly string[] = [...SECTION_NAMES.map((name) => `iom-${name}`), 'iom-overview'];

/** What to render: the element's attributes, its content overrides, and the format. */
export interface RenderOptions {
  /** `dsd` (default) or `html`. */
  format?: Format;
  /** The content's language (`en`, `fr`, `es`; `fr-CA` reads as `fr`). Default: English. */
  lang?: string;
  /** Replaces the element's title text (for `<iom-overview>`: gives it a heading of its own). */
  heading?: string;
  /** The level (1–6) of the element's own heading. Default: 2. */
  headingLevel?: number | string;
  /** Forces a colour scheme: `light` or `dark`. */
  theme?: string;
  /** `<iom-faq>` only: the answers shown at first, as question ids, or `all`. */
  open?: string | readonly string[];
  /** `<iom-faq>` only: one answer at a time (no "Show all"). */
  single?: boolean;
  /**
   * `<iom-faq>` and `<iom-profile>`: schema.org JSON-LD in the element's light DOM, for crawlers
   * that run no script (`dsd` format; the hydrated element keeps it).
   */
  structuredData?: boolean;
  /** `<iom-overview>` only: the sections to show, in order. */
  sections?: string | readonly string[];
  /**
   * Content overrides, as `<iom-provider>` takes them (`{ fr: { presence: { … } } }`), checked by
   * the same rules and with the same messages. In the `dsd` format they are also written into
   * the page, in an `<iom-provider>` JSON block, so the hydrated element shows them too.
   */
  overrides?: unknown;
  /** Where the overrides came from, for messages (a file's path). Default: `overrides`. */
  overridesSource?: string;
  /**
   * `dsd` only: a folder's URL (`/iom/`); each shadow root links its styles from `<folder>/<tag>.css`
   * (the files in `iom-elements/styles/`) instead of inlining a `<style>`, for a `style-src 'self'`
   * policy.
   */
  stylesheets?: string;
}

/**
 * Input that cannot be rendered: the message says what and where. From `renderHtml`, a problem
 * in the page names the element and where it starts (`iom-faq at 12:5: …`), also given as
 * `line` and `column`.
 */
export class RenderError extends Error {
  override name = 'RenderError';

  /** The line (from 1) of the page where the element at fault starts; only from `renderHtml`. */
  line?: number;

  /** The column (from 1) of that line where the element at fault starts; only from `renderHtml`. */
  column?: number;

  constructor(message: string, where?: SourcePosition) {
    super(message);
    if (where) {
      this.line = where.line;
      this.column = where.column;
    }
  }
}

const list = (value: string | readonly string[] | undefined): string[] =>
  value === undefined ? [] : (typeof value === 'string' ? value.split(/[\s,]+/) : [...value]).filter(Boolean);

const quoted = (values: readonly string[]) => values.map((value) => `"${value}"`).join(', ');

/** Checks the options and gives the element's attributes, in the order they are written. */
function attributesOf(tag: string, options: RenderOptions): [string, string][] {
  const attributes: [string, string][] = [];
  for (const [name, option] of Object.entries(RENDER_ATTRIBUTES) as [
    RenderAttribute,
    keyof RenderOptions,
  ][]) {
    const owners = ATTRIBUTE_OWNERS[name];
    const given = options[option] !== undefined && options[option] !== false;
    if (given && owners && !owners.includes(tag))
      throw new RenderError(`${name} is for ${owners.join(' and ')} only, not ${tag}.`);
  }
  if (options.lang !== undefined) {
    if (!supportedLanguage(options.lang))
      throw new RenderError(
        traditionalChinese(options.lang)
          ? `lang "${options.lang}" is Traditional Chinese, which has no content (zh is Simplified: say lang "zh" for it).`
          : `lang "${options.lang}" has no content (languages: ${LANGUAGES.join(', ')}).`,
      );
    attributes.push(['lang', options.lang]);
  }
  if (options.heading !== undefined) attributes.push(['heading', options.heading]);
  if (options.headingLevel !== undefined) {
    const level = String(options.headingLevel).trim();
    if (!/^[1-6]$/.test(level))
      throw new RenderError(`heading-level "${options.headingLevel}" is not a whole number from 1 to 6.`);
    attributes.push(['heading-level', level]);
  }
  if (options.theme !== undefined) {
    if (options.theme !== 'light' && options.theme !== 'dark')
      throw new RenderError(`theme "${options.theme}" is not "light" or "dark".`);
    attributes.push(['theme', options.theme]);
  }
  if (options.open !== undefined) {
    const known = new SECTION_ELEMENTS.faq().questionIds;
    const open = list(options.open);
    const unknown = open.filter((id) => id !== 'all' && !known.includes(id));
    if (unknown.length)
      throw new RenderError(`open: ${quoted(unknown)} is not a question of iom-faq (${known.join(', ')}).`);
    attributes.push(['open', open.join(' ')]);
  }
  if (options.single) attributes.push(['single', '']);
  if (options.structuredData) attributes.push(['structured-data', '']);
  if (options.sections !== undefined) {
    const sections = list(options.sections);
    const unknown = sections.filter((name) => !(SECTION_NAMES as readonly string[]).includes(name));
    if (unknown.length)
      throw new RenderError(`sections: ${quoted(unknown)} is not a section (${SECTION_NAMES.join(', ')}).`);
    attributes.push(['sections', sections.join(' ')]);
  }
  return attributes;
}

/** Overrides, checked as `<iom-provider>` checks them; any problem is an error. */
function checkedOverrides(overrides: unknown, source: string): ContentOverrides {
  if (overrides === undefined) return {};
  const problems: string[] = [];
  const checked = checkOverrides(overrides, source, rules, contentModel, (message) => problems.push(message));
  if (problems.length) throw new RenderError(problems.join('\n'));
  return checked;
}

/** The sections an element shows, whose content must be there before it renders. */
function sectionsShown(tag: string, attributes: [string, string][]): SectionName[] {
  if (tag !== 'iom-overview') return [tag.slice('iom-'.length) as SectionName];
  const chosen = attributes.find(([name]) => name === 'sections')?.[1];
  return chosen ? (list(chosen) as SectionName[]) : [...SECTION_NAMES];
}

/** Defines the elements in the server's registry (Lit's DOM shim), once. */
function defineElements(): void {
  const classes: [string, CustomElementConstructor][] = [
    ...Object.entries(SECTION_ELEMENTS).map(
      ([name, element]) => [`iom-${name}`, element] as [string, CustomElementConstructor],
    ),
    ['iom-overview', IomOverview],
  ];
  for (const [tag, element] of classes) if (!customElements.get(tag)) customElements.define(tag, element);
}

/**
 * Lit's element renderer, told what a page would give: the language an ancestor would set and
 * a provider's settings (no context reaches a server render); and, for a strict style policy,
 * a linked stylesheet in each shadow root in place of the inline `<style>`.
 */
function rendererFor(
  inherited: { lang: string; settings: IomSettings },
  stylesheets: string | undefined,
  rendered: IomElement[],
) {
  return class IomElementRenderer extends LitElementRenderer {
    override connectedCallback(): void {
      if (this.element instanceof IomElement) {
        this.element.prerenderIn(inherited);
        rendered.push(this.element);
      }
      super.connectedCallback();
    }

    override renderShadow(renderInfo: Parameters<LitElementRenderer['renderShadow']>[0]) {
      const result = super.renderShadow(renderInfo);
      if (stylesheets === undefined || !result || result[0] !== '<style>') return result;
      const folder = stylesheets.endsWith('/') ? stylesheets : `${stylesheets}/`;
      const href = escapeAttribute(`${folder}${this.tagName}.css`);
      return [`<link rel="stylesheet" href="${href}">`, ...result.slice(result.indexOf('</style>') + 1)];
    }
  };
}

/** Refuses a format it does not write, and linked stylesheets where there are no styles. */
function checkFormat(format: string, stylesheets: string | undefined): asserts format is Format {
  if (!(FORMATS as readonly string[]).includes(format))
    throw new RenderError(`format "${format}" is not one of ${FORMATS.join(', ')}.`);
  if (stylesheets !== undefined && format !== 'dsd')
    throw new RenderError('stylesheets is for the dsd format only (the html format has no styles).');
}

/** An element rendered: its start tag, what goes inside it, its end tag. */
interface RenderedElement {
  start: string;
  content: string;
  end: string;
  /** The checked overrides it was rendered with (none inside a page's provider: the page has them). */
  overrides: ContentOverrides;
}

/**
 * Renders one element. `provided`: the settings of a provider around it in a page (renderHtml),
 * already checked; the element takes them as from its provider, and `options.overrides` is not
 * used.
 */
async function renderElement(
  tag: string,
  options: RenderOptions,
  provided?: IomSettings,
): Promise<RenderedElement> {
  const format = options.format ?? 'dsd';
  checkFormat(format, options.stylesheets);
  if (!TAGS.includes(tag))
    throw new RenderError(`"${tag}" is not an element it renders (${TAGS.join(', ')}).`);
  defineElements();
  const attributes = attributesOf(tag, options);
  const overrides = provided
    ? {}
    : checkedOverrides(options.overrides, options.overridesSource ?? 'overrides');

  const lang = supportedLanguage(options.lang ?? 'en') ?? 'en';
  await Promise.all(
    sectionsShown(tag, attributes).map((section) =>
      lang === SOURCE_LANGUAGE || loadedSectionContent(section, lang)
        ? undefined
        : loadSectionContent(section, lang),
    ),
  );

  const attributeText = attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  const template = staticHtml`<${unsafeStatic(tag + attributeText)}></${unsafeStatic(tag)}>`;
  const rendered: IomElement[] = [];
  const settings = provided ?? { content: overrides };
  const renderer = rendererFor({ lang, settings }, options.stylesheets, rendered);
  const dsd = stripOuterMarkers(await collectHtml(render(template, { elementRenderers: [renderer] })));
  const end = `</${tag}>`;
  // The plain copy is in the light DOM, where the page's direction would reach it: the start
  // tag says the content's own (the dsd copy says it inside, on its section).
  if (format === 'html')
    return {
      start: `<${tag}${attributeText} dir="${directionOf(lang)}">`,
      content: `\n${plainHtml(dsd)}\n`,
      end,
      overrides,
    };
  // Lit writes the start tag as given (its attribute values escaped, so the first `>` ends it),
  // then the shadow root, then the end tag.
  const startLength = dsd.indexOf('>') + 1;
  let content = dsd.slice(startLength, -end.length);
  // Structured data goes where the element keeps it: its light DOM, after the shadow root.
  const data = (rendered[0] as Partial<{ structuredDataOf(): object | null }>).structuredDataOf?.();
  if (data) content += `<script type="application/ld+json" ${MARKER}>${structuredDataJson(data)}</script>`;
  return { start: dsd.slice(0, startLength), content, end, overrides };
}

/**
 * Renders one element to HTML: `renderToString('iom-faq', { lang: 'fr', headingLevel: 3 })`.
 * Loads the content of the language first; the result holds no script.
 */
export async function renderToString(tag: string, options: RenderOptions = {}): Promise<string> {
  const { start, content, end, overrides } = await renderElement(tag, options);
  const element = `${start}${content}${end}`;
  if ((options.format ?? 'dsd') !== 'dsd' || Object.keys(overrides).length === 0) return element;
  // The browser's elements must show what the server showed: the same overrides, in a provider.
  return `<iom-provider><script type="application/json">${providerJson(overrides)}</script>${element}</iom-provider>`;
}

/** Overrides as a provider's JSON block holds them: `<` escaped, so the text cannot end its script. */
const providerJson = (overrides: ContentOverrides): string =>
  JSON.stringify(overrides).replace(/</g, '\\u003c');

/** What `renderHtml` takes: the options of `renderToString` that apply to a whole page. */
export interface PageRenderOptions {
  /** `dsd` (default) or `html`, for every element of the page. */
  format?: Format;
  /** `dsd` only: a folder's URL; every shadow root links `<folder>/<tag>.css` (see `RenderOptions`). */
  stylesheets?: string;
}

/** The checked settings a page's provider gives the elements inside it. */
function providerSettings(provider: PageProvider): IomSettings {
  const settings: IomSettings = { content: {} };
  if (provider.headingLevel !== undefined) {
    if (!/^[1-6]$/.test(provider.headingLevel.trim()))
      throw new RenderError(`heading-level "${provider.headingLevel}" is not a whole number from 1 to 6.`);
    settings.headingLevel = Number(provider.headingLevel);
  }
  if (provider.json?.trim()) {
    let overrides: unknown;
    try {
      overrides = JSON.parse(provider.json);
    } catch (error) {
      throw new RenderError(`its JSON block is not valid JSON: ${(error as Error).message}`);
    }
    // Named as the provider's property for them, `content`: `content.en.faq.title: …`.
    settings.content = checkedOverrides(overrides, 'content');
  }
  return settings;
}

/** The options an element of a page has: its attributes, and the language in force there. */
function pageElementOptions(element: PageElement): RenderOptions {
  const attributes: Partial<Record<RenderAttribute, string>> = {};
  // Attributes an element does not have (`open` on a profile) mean nothing to it, as in a browser.
  for (const name of Object.keys(RENDER_ATTRIBUTES) as RenderAttribute[])
    if (name !== 'lang' && name in element.attributes && takesAttribute(element.tag, name))
      attributes[name] = element.attributes[name];
  // Booleans for the boolean attributes, strings for the others.
  const options = optionsFromAttributes(attributes) as RenderOptions;
  // As in the browser: the nearest `lang` decides, and one with no content reads as English.
  if (element.lang !== undefined && supportedLanguage(element.lang)) options.lang = element.lang;
  return options;
}

/** Runs `work`; a RenderError it throws is said again, naming `tag` and where it starts. */
async function located<T>(tag: string, where: SourcePosition, work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof RenderError)) throw error;
    throw new RenderError(`${tag} at ${where.line}:${where.column}: ${error.message}`, where);
  }
}

/**
 * Expands every element of ours in an HTML page or fragment (`renderHtml(page)` in a
 * framework's server hook, or on files: `iom-elements render-page`), each as the browser would
 * see it there:
 *
 * - its attributes (those `renderToString` takes, by their attribute names: `heading-level="3"`);
 * - the language of its nearest `lang` attribute, its own or an ancestor's (`<html lang="fr-CA">`
 *   reads as French; one the library has no content in, as English, as in the browser);
 * - the settings of the nearest `<iom-provider>` around it: its `heading-level` and the overrides
 *   of its `<script type="application/json">` block, checked by the provider's rules. (In the
 *   browser the nearest provider's settings are what an element gets: an outer provider's do not
 *   reach inside an inner one.) The page's provider carries them to the script, so no other is
 *   written.
 *
 * What goes inside each element (`dsd`: its declarative shadow root, then any structured data;
 * `html`: its plain copy) is inserted just after its start tag; nothing else of the page
 * changes, byte for byte (its start tag, attributes and content included), but for the `dir`
 * the `html` format adds to a start tag that has none: the plain copy's direction. An element that
 * already has a declarative shadow root (`dsd`) or any content (`html`) is left as it is, so
 * expanding a page twice changes nothing. Tags that are no element in a browser are left alone:
 * in comments, `<template>` content, `<script>`, `<style>`, `<textarea>`, `<noscript>`
 * (read as with scripting on), or in SVG and MathML. Elements in another component's declarative
 * shadow root (`<template shadowrootmode>`) are real ones, and expanded. A fragment is read as
 * the body of a page.
 *
 * A problem in the page (a value an element does not take, a provider's block that is not JSON
 * or breaks the rules) throws a `RenderError` naming the element and where it starts:
 * `iom-faq at 12:5: heading-level "9" is not a whole number from 1 to 6.`
 */
export async function renderHtml(html: string, options: PageRenderOptions = {}): Promise<string> {
  const format = options.format ?? 'dsd';
  checkFormat(format, options.stylesheets);
  const page = readPage(html, TAGS);
  const settings = new Map<PageProvider, IomSettings>();
  const insertions: { offset: number; text: string }[] = [];
  // In the page's order, so that the problem named is the first one there (a provider comes
  // before the elements inside it).
  const inOrder = [...page.providers, ...page.elements].sort(
    (a, b) => a.line - b.line || a.column - b.column,
  );
  for (const item of inOrder) {
    if (!('tag' in item)) {
      settings.set(item, await located('iom-provider', item, () => providerSettings(item)));
      continue;
    }
    const element = item;
    if (format === 'dsd' ? element.hasShadowRoot : element.hasContent) continue;
    const elementOptions = pageElementOptions(element);
    const { content } = await located(element.tag, element, () =>
      renderElement(
        element.tag,
        { ...elementOptions, format, stylesheets: options.stylesheets },
        element.provider && settings.get(element.provider),
      ),
    );
    // The plain copy's direction, as renderToString gives it: on the start tag, unless it has one.
    const tagEnd = element.contentOffset - 1;
    if (format === 'html' && !('dir' in element.attributes) && html[tagEnd] === '>')
      insertions.push({
        offset: tagEnd,
        text: ` dir="${directionOf(elementOptions.lang ?? SOURCE_LANGUAGE)}"`,
      });
    insertions.push({ offset: element.contentOffset, text: content });
  }
  return insertInto(html, insertions);
}

/** The styles of an element's shadow root, as `iom-elements/styles/<tag>.css` ships them. */
export function stylesheetOf(tag: string): string {
  if (!TAGS.includes(tag))
    throw new RenderError(`"${tag}" is not an element it renders (${TAGS.join(', ')}).`);
  defineElements();
  const element = customElements.get(tag) as unknown as typeof IomElement | undefined;
  return (element?.elementStyles ?? [])
    .map((style) => (style as CSSStyleSheet & { cssText: string }).cssText)
    .join('\n');
}

/** The markers Lit writes around the outer template: only nested templates hydrate. */
function stripOuterMarkers(markup: string): string {
  return markup.replace(/^<!--lit-part [^>]*-->/, '').replace(/<!--\/lit-part-->$/, '');
}
