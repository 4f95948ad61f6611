import '../src/iom-presence.js';
import { embedStory, sectionMeta, type SectionStory } from './section-story.js';

export default { title: 'Elements/iom-presence', tags: ['autodocs'], ...sectionMeta('iom-presence') };

export const Default: SectionStory = {};

export const Dark: SectionStory = { args: { theme: 'dark' } };

export const NestedAtLevel3: SectionStory = { args: { 'heading-level': 3 } };

/** The code to paste for the element as the controls set it, with a copy button. */
export const Embed: SectionStory = embedStory('iom-presence');
