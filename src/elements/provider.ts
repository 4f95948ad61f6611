import { ContextProvider } from '@lit/context';
import {
  css,
  html,
  LitElement,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import { headingLevelConverter, nearestHeadingLevel } from '../core/heading.js';
import type { Theme } from '../core/iom-element.js';
import { mergeOverrides } from '../core/merge-content.js';
import * as contentModel from '../core/content-types.js';
import type { ContentOverrides } from '../core/content-types.js';
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
  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level', converter: headingLevelConverter },
    theme: { reflect: true },
    content: { attribute: false },
  };

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
  declare headingLevel?: number;

  /** The colour scheme for everything inside: `light` or `dark`. */
  declare theme?: Theme;

  /**
   * Content overrides: `{ en: { presence: { figures: [{ id: 'member-states', value: '175' }] } } }`.
   * List entries are matched by `id`, objects merged field by field. Merged, by the same rule,
   * over those of a `<script type="application/json">` child.
   */
  declare content?: ContentOverrides;

  private readonly provider = new ContextProvider(this, {
    context: iomSettingsContext,
    initialValue: { content: {} } satisfies IomSettings,
  });

  /** The overrides of the JSON block, read when it changes. */
  private fromScript: ContentOverrides = {};

  /** The checked overrides of the `content` property. */
  private fromProperty: ContentOverrides = {};

  /** The `content` last checked, as JSON. */
  private checkedContent = '{}';

  /** Counts reads of the JSON block and sets of `content`: only the latest check applies. */
  private scriptReads = 0;
  private propertySets = 0;

  /** Checks that have not finished; elements inside wait for them before they render. */
  private readonly pending = new Set<Promise<void>>();

  /** The JSON block being watched, and its text when last read. */
  private script?: HTMLScriptElement | null;
  private scriptText?: string;

  /** The settings last given to the elements, as JSON: the same settings are not given again. */
  private published?: string;

  /**
   * Watches the provider's own children (not their subtrees) for a JSON block coming or going,
   * and the block's own text. Any other change inside the provider (a host app updating its
   * content, an element writing its structured data) is none of its business.
   */
  private readonly childObserver = new MutationObserver(() => this.readScript());
  private readonly scriptObserver = new MutationObserver(() => this.readScript());

  override connectedCallback(): void {
    super.connectedCallback();
    this.childObserver.observe(this, { childList: true });
    this.readScript();
  }

  override disconnectedCallback(): void {
    this.childObserver.disconnect();
    this.scriptObserver.disconnect();
    this.script = undefined;
    super.disconnectedCallback();
  }

  /** Reads the JSON block, if it is a new one or its text changed. */
  private readScript(): void {
    const script = this.querySelector<HTMLScriptElement>(':scope > script[type="application/json"]');
    if (script !== this.script) {
      this.scriptObserver.disconnect();
      if (script)
        this.scriptObserver.observe(script, { childList: true, characterData: true, subtree: true });
      this.script = script;
    } else if ((script?.textContent ?? '') === this.scriptText) {
      return;
    }
    this.scriptText = script?.textContent ?? '';
    let data: unknown = {};
    if (script?.textContent?.trim()) {
      try {
        data = JSON.parse(script.textContent);
      } catch (error) {
        warnOnce(this, `${SCRIPT_SOURCE}: is not valid JSON: ${(error as Error).message}`, console.error);
      }
    }
    const read = ++this.scriptReads;
    this.track(
      this.check(data, SCRIPT_SOURCE).then((checked) => {
        if (read === this.scriptReads) this.fromScript = checked;
      }),
    );
  }

  /** Resolves once the provider has rendered and its overrides are checked and given. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.pending.size) {
      await Promise.all(this.pending);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  private track(check: Promise<void>): void {
    const done = check.finally(() => {
      this.pending.delete(done);
      this.requestUpdate();
    });
    this.pending.add(done);
    this.requestUpdate();
  }

  /**
   * Overrides checked against the override rules. The rules and their checker are loaded only
   * when there is something to check: a page without overrides never downloads them.
   */
  private async check(value: unknown, source: string): Promise<ContentOverrides> {
    if (typeof value === 'object' && value !== null && Object.keys(value).length === 0) return {};
    try {
      const [{ checkOverrides }, { default: rules }] = await Promise.all([
        import('../core/overrides.js'),
        import('../generated/override-rules.js'),
      ]);
      return checkOverrides(value, source, rules, contentModel, (message) =>
        warnOnce(this, message, console.error),
      );
    } catch (error) {
      console.error(`${source}: the overrides could not be checked, so none applies.`, error);
      return {};
    }
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
    // Only a different `content` is checked again: an equal one changes nothing.
    const contentJson = JSON.stringify(this.content ?? {});
    if (changed.has('content') && contentJson !== this.checkedContent) {
      this.checkedContent = contentJson;
      const set = ++this.propertySets;
      this.track(
        this.check(this.content ?? {}, '<iom-provider> content').then((checked) => {
          if (set === this.propertySets) this.fromProperty = checked;
        }),
      );
    }
    // The property is merged over the JSON block by the same rule as overrides over content.
    const settings: IomSettings = {
      headingLevel,
      content: mergeOverrides(this.fromScript, this.fromProperty),
      pending: this.pending.size ? Promise.all(this.pending).then(() => undefined) : undefined,
    };
    const json = JSON.stringify({ ...settings, pending: this.pending.size > 0 });
    if (json === this.published) return;
    this.published = json;
    this.provider.setValue(settings);
  }

  override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}
