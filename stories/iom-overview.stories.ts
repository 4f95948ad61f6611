import '../src/iom-overview.js';
import { embedStory, sectionMeta, type SectionStory } from './section-story.js';

const base = sectionMeta('iom-overview');
export default {
  title: 'Elements/iom-overview',
  tags: ['autodocs'],
  ...base,
  args: { ...base.args, sections: '' },
  argTypes: { ...base.argTypes, sections: { control: 'text' } },
};

export const Default: SectionStory = {};

/** A subset, in the order given. */
export const Subset: SectionStory = { args: { sections: 'presence faq' } };

/** With a heading of its own, the sections nest one level below it. */
export const WithOwnHeading: SectionStory = { args: { heading: 'About IOM', 'heading-level': 2 } };

/** The code to paste for the element as the controls set it, with a copy button. */
export const Embed: SectionStory = embedStory('iom-overview');
