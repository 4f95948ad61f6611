import '../src/iom-activities.js';
import { sectionMeta, type SectionStory } from './section-story.js';

export default { title: 'Elements/iom-activities', ...sectionMeta('iom-activities') };

export const Default: SectionStory = {};

export const Dark: SectionStory = { args: { theme: 'dark' } };

export const NestedAtLevel3: SectionStory = { args: { 'heading-level': 3 } };
