import { ContextRoot } from '@lit/context';
import { version } from '../../package.json';

/** Constructors defined by this library carry the version that defined them. */
interface Versioned {
  readonly iomElementsVersion?: string;
}

/**
 * Lets a provider that is defined after its elements still reach them: pending context requests
 * are replayed when it appears. Attached once, on the first definition.
 */
let contextRoot: ContextRoot | undefined;

/**
 * Defines a custom element unless the tag is already taken, so a page that loads the library
 * twice (a CMS plugin and a theme, say) keeps working. The first definition wins; a different
 * version that loses is reported, since its features will not be there.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  // On a server (a framework importing the same module for both sides) there is nothing to
  // define: importing the library there is harmless, and iom-elements/render renders.
  if (typeof customElements === 'undefined' || typeof document === 'undefined') return;
  if (!contextRoot) {
    contextRoot = new ContextRoot();
    contextRoot.attach(document.documentElement);
  }
  const existing = customElements.get(tag) as (CustomElementConstructor & Versioned) | undefined;
  if (!existing) {
    Object.defineProperty(element, 'iomElementsVersion', { value: version });
    customElements.define(tag, element);
    return;
  }
  if (existing === element || existing.iomElementsVersion === version) return;
  console.warn(
    `<${tag}> is already defined by ${
      existing.iomElementsVersion ? `iom-elements ${existing.iomElementsVersion}` : 'another script'
    }; iom-elements ${version} keeps that definition.`,
  );
}
