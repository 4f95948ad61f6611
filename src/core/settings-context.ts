import { createContext } from '@lit/context';
import type { ContentOverrides } from './content-types.js';

/** What `<iom-provider>` gives the elements inside it. */
export interface IomSettings {
  /** The heading level for elements that do not set their own. */
  headingLevel?: number;
  /** Checked overrides, merged over the bundled content. */
  content: ContentOverrides;
  /** While overrides are being checked: settles when they are, and new settings follow. */
  pending?: Promise<void>;
}

/**
 * A string key, not a symbol: two copies of the library on one page still find each other's
 * provider.
 */
export const iomSettingsContext = createContext<IomSettings | undefined>('iom-elements-settings');
