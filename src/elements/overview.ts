import { css, html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { html as staticHtml, unsafeStatic, type StaticValue } from 'lit/static-html.js';
import { SECTION_NAMES, type SectionName } from '../core/content-types.js';
import { headingTag, subHeadingLevel } from '../core/heading.js';
import { IomElement } from '../core/iom-element.js';
import { warnOnce } from '../core/warn.js';

/** Reads `sections="profile faq"` as a list of names, in the order given. */
const sectionList = {
  fromAttribute: (value: string | null): string[] | undefined => value?.split(/[\s,]+/).filter(Boolean),
  toAttribute: (value: string[] | undefined): string | undefined => value?.join(' '),
};

/**
 * The tag of each section's element, `iom-<section>`; the overview renders them, it does not
 * copy their content. (The names are the schema's own list, never page input.)
 */
const sectionTags = Object.fromEntries(
  SECTION_NAMES.map((name) => [name, unsafeStatic(`iom-${name}`)]),
) as Record<SectionName, StaticValue>;

/**
 * Every section of the IOM profile in the source's order, each under its own heading; or a
 * subset, in the order the `sections` attribute gives. With a `heading`, the overview has a
 * heading of its own and its sections nest one level below it; without, the sections' headings
 * are at `heading-level`.
 *
 * Importing `iom-elements/iom-overview.js` defines the section elements it shows as well.
 *
 * @tagname iom-overview
 * @summary The whole IOM profile, or a chosen subset of its sections.
 *
 * @csspart sections - The container of the sections.
 */
export class IomOverview extends IomElement {
  static override properties: PropertyDeclarations = { sections: { converter: sectionList } };

  static override styles = [
    IomElement.styles,
    css`
      /* The page shows between the sections; a forced colour scheme paints its own surface, so
         the overview's heading is not light text on a light page (or dark on dark). */
      :host(:not([theme])) {
        background: none;
      }
      .sections {
        display: grid;
        gap: var(--_iom-space);
      }
      .heading {
        margin-block-end: var(--_iom-space);
      }
    `,
  ];

  /**
   * Which sections to show and in what order, as space-separated names:
   * `profile mission activities presence issues partners developments faq`. Unknown names are
   * ignored with a warning. Default: all, in the source's order.
   */
  declare sections?: string[];

  /** The sections shown: `sections` with unknown names and repeats removed. */
  get shownSections(): SectionName[] {
    if (!this.sections) return [...SECTION_NAMES];
    const known = (name: string): name is SectionName => (SECTION_NAMES as readonly string[]).includes(name);
    const unknown = this.sections.filter((name) => !known(name));
    const shown = [...new Set(this.sections.filter(known))];
    if (unknown.length > 0) {
      warnOnce(
        this,
        `<iom-overview> sections: ignoring unknown ${unknown.map((n) => `"${n}"`).join(', ')}; ` +
          `known sections are ${SECTION_NAMES.join(', ')}.`,
      );
    }
    return shown;
  }

  override render(): TemplateResult {
    const ownHeading = this.heading?.trim();
    const childLevel = ownHeading ? subHeadingLevel(this.level) : this.level;
    const sections = html`<div class="sections" part="sections">
      ${this.shownSections.map((name) => this.renderSection(name, childLevel))}
    </div>`;
    if (!ownHeading) return sections;
    const heading = headingTag(this.level);
    return staticHtml`<section aria-labelledby="heading" part="section">
      <${heading} id="heading" class="heading" part="heading">${ownHeading}</${heading}>
      ${sections}
    </section>`;
  }

  private renderSection(name: SectionName, level: number): TemplateResult {
    const tag = sectionTags[name];
    return staticHtml`<${tag} heading-level=${level} theme=${this.theme ?? nothing}></${tag}>`;
  }
}
