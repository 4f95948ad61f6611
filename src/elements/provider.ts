import { ContextProvider } from '@lit/context';
import { css, html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { headingLevelConverter, nearestHeadingLevel } from '../core/heading.js';
import type { Theme } from '../core/iom-element.js';
import { checkOverrides, type ContentOverrides } from '../core/overrides.js';
import { iomSettingsContext, type IomSettings } from '../core/settings-context.js';
import { warnOnce } from '../core/warn.js';

const SCRIPT_SOURCE = '<iom-provider> <script type="application/json">';

/**
 * Shows nothing itself: gives every iom-elements element inside it — in its light DOM or deep
 * inside other shadow roots — a language, a heading level, a colour scheme and content
 * overrides. An element's own attributes win over the provider's.
 *
 * - `lang` works as it does on any element: the elements inside take it, unless they or a
 *   nearer ancestor say otherwise.
 * - `theme` sets the colour scheme for everything inside.
 * - Overrides change any part of the bundled content, per language and section, without
 *   forking the library: give them as the `content` property, or in a child
 *   `<script type="application/json">` (no JavaScript needed). They are checked against the
 *   content schema; a broken one is reported with `console.error` naming its path, and the
 *   bundled content stays. Strings are always shown as text.
 *
 * @tagname iom-provider
 * @summary Provides language, heading level, theme and content overrides to the elements inside.
 *
 * @slot - The elements (and anything else) it applies to.
 */
export class IomProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
    :host([theme='light']) {
      color-scheme: light;
    }
    :host([theme='dark']) {
      color-scheme: dark;
    }
  `;

  /** The heading level (1–6) for the elements inside that do not set their own. */
  @property({ attribute: 'heading-level', converter: headingLevelConverter }) headingLevel?: number;

  /** The colour scheme for everything inside: `light` or `dark`. */
  @property({ reflect: true }) theme?: Theme;

  /**
   * Content overrides: `{ en: { presence: { figures: [{ id: 'member-states', value: '175' }] } } }`.
   * List entries are matched by `id`. Merged over those of a `<script type="application/json">` child.
   */
  @property({ attribute: false }) content?: ContentOverrides;

  private readonly provider = new ContextProvider(this, {
    context: iomSettingsContext,
    initialValue: { content: {} } satisfies IomSettings,
  });

  /** The overrides of the JSON block, read when it changes. */
  private fromScript: ContentOverrides = {};

  private readonly scriptObserver = new MutationObserver(() => this.readScript());

  override connectedCallback(): void {
    super.connectedCallback();
    this.scriptObserver.observe(this, { childList: true, subtree: true, characterData: true });
    this.readScript();
  }

  override disconnectedCallback(): void {
    this.scriptObserver.disconnect();
    super.disconnectedCallback();
  }

  private readScript(): void {
    const script = this.querySelector<HTMLScriptElement>(':scope > script[type="application/json"]');
    let data: unknown = {};
    if (script?.textContent?.trim()) {
      try {
        data = JSON.parse(script.textContent);
      } catch (error) {
        warnOnce(this, `${SCRIPT_SOURCE}: is not valid JSON: ${(error as Error).message}`, console.error);
      }
    }
    this.fromScript = this.check(data, SCRIPT_SOURCE);
    this.requestUpdate();
  }

  private check(value: unknown, source: string): ContentOverrides {
    return checkOverrides(
      value,
      source,
      (message) => warnOnce(this, message, console.error),
      (message) => warnOnce(this, message),
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    let headingLevel: number | undefined;
    if (this.headingLevel !== undefined) {
      headingLevel = nearestHeadingLevel(this.headingLevel);
      if (headingLevel !== this.headingLevel) {
        warnOnce(
          this,
          `<iom-provider> heading-level="${this.getAttribute('heading-level') ?? this.headingLevel}" is not a whole number from 1 to 6; using ${headingLevel}.`,
        );
      }
    }
    const fromProperty =
      changed.has('content') || this.content ? this.check(this.content ?? {}, '<iom-provider> content') : {};
    const content: ContentOverrides = { ...this.fromScript };
    for (const [lang, sections] of Object.entries(fromProperty) as [keyof ContentOverrides, object][]) {
      content[lang] = { ...content[lang], ...sections };
    }
    this.provider.setValue({ headingLevel, content });
  }

  override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}
