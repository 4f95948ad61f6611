import '../src/iom-activities.js';
import { embedStory, sectionMeta, type SectionStory } from './section-story.js';

export default { title: 'Elements/iom-activities', tags: ['autodocs'], ...sectionMeta('iom-activities') };

export const Default: SectionStory = {};

export const Dark: SectionStory = { args: { theme: 'dark' } };

export const NestedAtLevel3: SectionStory = { args: { 'heading-level': 3 } };

/** The code to paste for the element as the controls set it, with a copy button. */
export const Embed: SectionStory = embedStory('iom-activities');
