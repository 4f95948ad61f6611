import '../src/iom-developments.js';
import { sectionMeta, type SectionStory } from './section-story.js';

export default { title: 'Elements/iom-developments', ...sectionMeta('iom-developments') };

export const Default: SectionStory = {};

export const Dark: SectionStory = { args: { theme: 'dark' } };

export const NestedAtLevel3: SectionStory = { args: { 'heading-level': 3 } };
