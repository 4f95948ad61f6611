import '../src/iom-profile.js';
import { embedStory, sectionMeta, type SectionStory } from './section-story.js';

const base = sectionMeta('iom-profile');
export default {
  title: 'Elements/iom-profile',
  tags: ['autodocs'],
  ...base,
  args: { ...base.args, 'structured-data': false },
  argTypes: { ...base.argTypes, 'structured-data': { control: 'boolean' } },
};

export const Default: SectionStory = {};

export const Dark: SectionStory = { args: { theme: 'dark' } };

export const NestedAtLevel3: SectionStory = { args: { 'heading-level': 3 } };

/** The code to paste for the element as the controls set it, with a copy button. */
export const Embed: SectionStory = embedStory('iom-profile');
