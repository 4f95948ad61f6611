import type { SectionContent, SectionName } from './content-types.js';
import { CONTENT_LOADERS } from '../generated/content-loaders.js';
import type { Language } from './languages.js';

const loaded = new Map<string, Promise<SectionContent>>();
const arrived = new Map<string, SectionContent>();

/**
 * A section's content in a language, if it has already arrived: an element can show it in its
 * very first render, with no English before it.
 */
export function loadedSectionContent(section: SectionName, lang: Language): SectionContent | undefined {
  return arrived.get(`${lang}/${section}`);
}

/**
 * One section's content in a language other than the source language (which every element
 * bundles), fetched once per page. Each file is its own chunk,
 * beside the script that asked for it, so a page downloads only the languages it shows. A
 * failed fetch is forgotten, so that the next request tries again.
 */
export function loadSectionContent(section: SectionName, lang: Language): Promise<SectionContent> {
  const key = `${lang}/${section}`;
  let content = loaded.get(key);
  if (!content) {
    const load = CONTENT_LOADERS[lang]?.[section];
    content = load
      ? load().then((module) => {
          arrived.set(key, module.default);
          return module.default;
        })
      : Promise.reject(new Error(`iom-elements has no ${lang} content to load for ${section}.`));
    loaded.set(key, content);
    content.catch(() => loaded.delete(key));
  }
  return content;
}
