import '../src/iom-developments.js';
import { embedStory, sectionMeta, type SectionStory } from './section-story.js';

export default { title: 'Elements/iom-developments', tags: ['autodocs'], ...sectionMeta('iom-developments') };

export const Default: SectionStory = {};

export const Dark: SectionStory = { args: { theme: 'dark' } };

export const NestedAtLevel3: SectionStory = { args: { 'heading-level': 3 } };

/** The code to paste for the element as the controls set it, with a copy button. */
export const Embed: SectionStory = embedStory('iom-developments');
