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
 * Bad input (an unknown tag, language, level, theme, question, section or format, broken
 * overrides) throws a `RenderError` naming what is wrong; nothing is rendered.
 *
 * @module iom-elements/render
 */
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { loadedSectionContent, loadSectionContent } from './core/content-loader.js';
import * as contentModel from './core/content-types.js';
import type { ContentOverrides, SectionName } from './core/content-types.js';
import { IomElement } from './core/iom-element.js';
import { SOURCE_LANGUAGE, supportedLanguage } from './core/languages.js';
import { checkOverrides } from './core/overrides.js';
import { MARKER, structuredDataJson } from './core/structured-data.js';
import type { IomSettings } from './core/settings-context.js';
import { IomOverview } from './elements/overview.js';
import rules from './generated/override-rules.js';
import { SECTION_ELEMENTS } from './generated/section-elements.js';
import { ATTRIBUTE_OWNERS, RENDER_ATTRIBUTES, type RenderAttribute } from './prerender/attributes.js';
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

/** Input that cannot be rendered: the message says what and where. */
export class RenderError extends Error {
  override name = 'RenderError';
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
      throw new RenderError(`lang "${options.lang}" has no content (languages: ${LANGUAGES.join(', ')}).`);
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

/** The overrides, checked as `<iom-provider>` checks them; any problem is an error. */
function checkedOverrides(options: RenderOptions): ContentOverrides {
  if (options.overrides === undefined) return {};
  const problems: string[] = [];
  const checked = checkOverrides(
    options.overrides,
    options.overridesSource ?? 'overrides',
    rules,
    contentModel,
    (message) => problems.push(message),
  );
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

/**
 * Renders one element to HTML: `renderToString('iom-faq', { lang: 'fr', headingLevel: 3 })`.
 * Loads the content of the language first; the result holds no script.
 */
export async function renderToString(tag: string, options: RenderOptions = {}): Promise<string> {
  const format = options.format ?? 'dsd';
  if (!(FORMATS as readonly string[]).includes(format))
    throw new RenderError(`format "${format}" is not one of ${FORMATS.join(', ')}.`);
  if (!TAGS.includes(tag))
    throw new RenderError(`"${tag}" is not an element it renders (${TAGS.join(', ')}).`);
  if (options.stylesheets !== undefined && format !== 'dsd')
    throw new RenderError('stylesheets is for the dsd format only (the html format has no styles).');
  defineElements();
  const attributes = attributesOf(tag, options);
  const overrides = checkedOverrides(options);

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
  const renderer = rendererFor({ lang, settings: { content: overrides } }, options.stylesheets, rendered);
  let dsd = stripOuterMarkers(await collectResult(render(template, { elementRenderers: [renderer] })));
  if (format === 'html') return `<${tag}${attributeText}>\n${plainHtml(dsd)}\n</${tag}>`;
  // Structured data goes where the element keeps it: its light DOM, after the shadow root.
  const data = (rendered[0] as Partial<{ structuredDataOf(): object | null }>).structuredDataOf?.();
  if (data)
    dsd = `${dsd.slice(0, -`</${tag}>`.length)}<script type="application/ld+json" ${MARKER}>${structuredDataJson(data)}</script></${tag}>`;
  if (options.overrides === undefined || Object.keys(overrides).length === 0) return dsd;
  // The browser's elements must show what the server showed: the same overrides, in a provider.
  const json = JSON.stringify(overrides).replace(/</g, '\\u003c');
  return `<iom-provider><script type="application/json">${json}</script>${dsd}</iom-provider>`;
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
