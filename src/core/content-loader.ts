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
 * bundles), fetched once per page: the language's index of sections, then the section's file,
 * each a chunk of its own beside the script that asked for it, so a page downloads only the
 * languages and sections it shows. A failed fetch is forgotten, so that the next request tries
 * again.
 */
export function loadSectionContent(section: SectionName, lang: Language): Promise<SectionContent> {
  const key = `${lang}/${section}`;
  let content = loaded.get(key);
  if (!content) {
    const index = CONTENT_LOADERS[lang];
    content = index
      ? index()
          .then((loaders) => loaders.default[section]())
          .then((module) => {
            arrived.set(key, module.default);
            return module.default;
          })
      : Promise.reject(new Error(`iom-elements has no ${lang} content to load for ${section}.`));
    loaded.set(key, content);
    content.catch(() => loaded.delete(key));
  }
  return content;
}
