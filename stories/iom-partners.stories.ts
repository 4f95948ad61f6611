import '../src/iom-partners.js';
import { sectionMeta, type SectionStory } from './section-story.js';

export default { title: 'Elements/iom-partners', ...sectionMeta('iom-partners') };

export const Default: SectionStory = {};

export const Dark: SectionStory = { args: { theme: 'dark' } };

export const NestedAtLevel3: SectionStory = { args: { 'heading-level': 3 } };
