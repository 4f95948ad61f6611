import '../src/iom-profile.js';
import { sectionMeta, type SectionStory } from './section-story.js';

export default { title: 'Elements/iom-profile', ...sectionMeta('iom-profile') };

export const Default: SectionStory = {};

export const Dark: SectionStory = { args: { theme: 'dark' } };

export const NestedAtLevel3: SectionStory = { args: { 'heading-level': 3 } };
