import { ContextConsumer } from '@lit/context';
import {
  LitElement,
  ReactiveElement,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
} from 'lit';
import {
  DEFAULT_HEADING_LEVEL,
  headingLevelConverter,
  nearestHeadingLevel,
  type HeadingLevel,
} from './heading.js';
import {
  inheritedLanguage,
  SOURCE_LANGUAGE,
  supportedLanguage,
  traditionalChinese,
  watchLanguage,
  LANGUAGES,
  type Language,
} from './languages.js';
import { loadHydrate } from './hydration/load-hydrate.js';
import { iomSettingsContext, type IomSettings } from './settings-context.js';
import { baseStyles, tokens } from './styles.js';
import { warnOnce } from './warn.js';

/** A forced colour scheme. */
export type Theme = NonNullable<IomElement['theme']>;

/** Lit's hydration (`@lit-labs/ssr-client`), once a prerendered element has loaded it. */
let hydrate: Awaited<ReturnType<typeof loadHydrate>> | undefined;

/** Unsupported languages are reported once per page, not once per element. */
const pageWarnings = {};

/**
 * What every iom-elements element shares: the `heading`, `heading-level`, `theme` and `lang`
 * attributes, the settings of an enclosing `<iom-provider>`, the theme tokens and base styles.
 *
 * @attr {string} lang - The content's language (`en`, `fr`, `es`; `fr-CA` reads as `fr`). Otherwise the nearest ancestor's `lang`, across shadow roots, as the platform resolves it; else English.
 *
 * @csspart section - The `<section>` landmark that holds the element's content.
 * @csspart heading - The element's own heading (`<h1>`–`<h6>`).
 *
 * @cssprop [--iom-color-accent=light-dark(#0033a0, #9db9ff)] - Accent: figures, list markers, hover, selection.
 * @cssprop [--iom-color-on-accent=light-dark(#ffffff, #0b1326)] - Text on the accent colour (selected text).
 * @cssprop [--iom-color-text=light-dark(#1b1f24, #e9ebef)] - Body and heading text.
 * @cssprop [--iom-color-text-muted=light-dark(#4b5361, #b7bdc7)] - Secondary text (figure labels).
 * @cssprop [--iom-color-surface=light-dark(#ffffff, #15171c)] - The element's background.
 * @cssprop [--iom-color-surface-raised=light-dark(#f2f4f8, #23262d)] - Raised boxes (figures).
 * @cssprop [--iom-color-border=light-dark(#c3c9d3, #454a55)] - Borders and dividers.
 * @cssprop [--iom-color-focus=light-dark(#0033a0, #9db9ff)] - The keyboard focus ring.
 * @cssprop [--iom-font-family=system-ui, …, sans-serif] - Body font. To take the page's font, set `font-family: inherit` on the element.
 * @cssprop [--iom-font-family-heading=the body font] - Headings, FAQ questions, figure values.
 * @cssprop [--iom-font-size=medium] - Base font size (by default the reader's own default size, not the page's); every size inside is in `em` of it.
 * @cssprop [--iom-line-height=1.5] - Body line height.
 * @cssprop [--iom-radius=0.375em] - Corner radius.
 * @cssprop [--iom-space=1em] - Spacing unit: padding and gaps are multiples of it.
 * @cssprop [--iom-max-width=48em] - The element's maximum inline size.
 */
export abstract class IomElement extends LitElement {
  static override styles: CSSResultGroup = [tokens, baseStyles];

  // Declared here rather than with decorators: the decorators' code would weigh on every page.
  static override properties: PropertyDeclarations = {
    heading: {},
    headingLevel: { attribute: 'heading-level', converter: headingLevelConverter },
    theme: { reflect: true },
    settings: { state: true, attribute: false },
    language: { state: true, attribute: false },
  };

  /** Replaces the title text. Always rendered as text, never as HTML. */
  declare heading?: string;

  /**
   * The level (1–6) of the element's own heading; headings inside it nest below. Default: the
   * enclosing `<iom-provider>`'s, else 2. An out-of-range or non-numeric value falls back to
   * the nearest valid level, with a warning.
   */
  declare headingLevel?: number;

  /** Forces a colour scheme; otherwise the element follows the page's `color-scheme`. */
  // Spelled out (not `Theme`) so the manifest, editors and Storybook list the values.
  declare theme?: 'light' | 'dark';

  /**
   * `lang` stays the platform's own attribute and property (`el.lang` reads `''` when unset);
   * the element only watches it, here for its own attribute and through `watchLanguage` for its
   * ancestors'.
   */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.resolveLanguage();
  }

  /** What an enclosing `<iom-provider>` gives: a heading level and content overrides. */
  protected settings?: IomSettings;

  protected readonly settingsConsumer = new ContextConsumer(this, {
    context: iomSettingsContext,
    subscribe: true,
    callback: (settings) => {
      this.settings = settings;
    },
  });

  /** The supported language in force, resolved from `lang` as the platform does. */
  protected language: Language = SOURCE_LANGUAGE;

  /** The heading level in use: `headingLevel` (or the provider's), made valid. */
  protected level: HeadingLevel = DEFAULT_HEADING_LEVEL;

  private unwatchLanguage?: () => void;

  /** Loads Lit's hydration (a class-wide hook, for tests to replace). */
  protected static loadHydrate = loadHydrate;

  /**
   * Whether the element came with a shadow root rendered ahead of time (declarative shadow DOM
   * from `iom-elements/render`): its first render then hydrates that markup, so it must be the
   * server's render, with no state only the browser knows (such as the page's address).
   */
  protected prerendered = false;

  /**
   * Where the element is prerendered there is no page around it: the render API gives what the
   * page would (the language an ancestor would set, a provider's settings). @internal
   */
  prerenderIn(inherited: { lang: string; settings: IomSettings }): void {
    this.settings = inherited.settings;
    this.resolveLanguage(inherited.lang);
  }

  override connectedCallback(): void {
    // Before Lit makes its render root: a shadow root already there came with the page (one the
    // element made itself, connected before and moved, has its render root already).
    if ((this.renderRoot as ShadowRoot | undefined) === undefined && this.shadowRoot) this.prerendered = true;
    super.connectedCallback();
    this.unwatchLanguage = watchLanguage(this, () => this.resolveLanguage());
    this.resolveLanguage();
  }

  override disconnectedCallback(): void {
    this.unwatchLanguage?.();
    super.disconnectedCallback();
  }

  /**
   * Inside a provider still checking its overrides, waits for them before rendering, so the
   * bundled words never flash before the page's own.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (this.settings?.pending) await this.settings.pending;
    if (this.prerendered && !this.hasUpdated && !hydrate) {
      try {
        hydrate = await (this.constructor as typeof IomElement).loadHydrate();
      } catch (error) {
        // Rendered afresh instead: the server's nodes go, the element still works.
        console.error(`<${this.localName}> could not load hydration; rendering it again.`, error);
        this.prerendered = false;
        this.renderRoot.replaceChildren(...this.renderRoot.querySelectorAll('style, link'));
      }
    }
    super.scheduleUpdate();
  }

  /**
   * A declarative shadow root rendered ahead of time is kept (its styles came with it), not
   * replaced. This and `update` are what Lit's `lit-element-hydrate-support.js` does for every
   * LitElement on the page, done for ours alone and with hydration loaded only when needed.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return this.prerendered && this.shadowRoot ? this.shadowRoot : super.createRenderRoot();
  }

  /** The first update of a prerendered element hydrates the server's nodes instead of rendering new ones. */
  protected override update(changed: PropertyValues): void {
    if (!this.prerendered || this.hasUpdated || !hydrate) {
      super.update(changed);
      return;
    }
    const value = this.render();
    this.renderOptions.isConnected = this.isConnected;
    // ReactiveElement's own update (it reflects attributes), without LitElement's render.
    (ReactiveElement.prototype as unknown as { update(changed: PropertyValues): void }).update.call(
      this,
      changed,
    );
    hydrate(value, this.renderRoot, this.renderOptions);
  }

  /** Finds the language in force; an unsupported one falls back to English, with one warning. */
  protected resolveLanguage(fallback = ''): void {
    const tag = inheritedLanguage(this) || fallback;
    const supported = tag ? supportedLanguage(tag) : SOURCE_LANGUAGE;
    if (!supported) {
      warnOnce(
        pageWarnings,
        traditionalChinese(tag)
          ? `iom-elements has no Traditional Chinese content for lang="${tag}" (its zh is Simplified: say lang="zh" for it); showing English.`
          : `iom-elements has no content in lang="${tag}" (it has ${LANGUAGES.join(', ')}); showing English.`,
      );
    }
    this.language = supported ?? SOURCE_LANGUAGE;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const requested = this.headingLevel ?? this.settings?.headingLevel ?? DEFAULT_HEADING_LEVEL;
    this.level = nearestHeadingLevel(requested);
    if (this.level !== requested) {
      const given = this.getAttribute('heading-level') ?? String(requested);
      warnOnce(
        this,
        `<${this.localName}> heading-level="${given}" is not a whole number from 1 to 6; using ${this.level}.`,
      );
    }
    if (changed.has('theme') && this.theme && this.theme !== 'light' && this.theme !== 'dark') {
      warnOnce(
        this,
        `<${this.localName}> theme="${String(this.theme)}" is not "light" or "dark"; following the page's color-scheme.`,
      );
    }
  }

  /** The heading's text: `heading` when given (and not blank), else `fallback`. */
  protected headingText(fallback: string): string {
    return this.heading?.trim() ? this.heading : fallback;
  }
}
