import '../src/iom-faq.js';
import { expect, userEvent, within } from 'storybook/test';
import { embedStory, sectionMeta, type SectionStory } from './section-story.js';

const base = sectionMeta('iom-faq');
export default {
  title: 'Elements/iom-faq',
  tags: ['autodocs'],
  ...base,
  args: { ...base.args, open: '', single: false, 'structured-data': false },
  argTypes: {
    ...base.argTypes,
    open: { control: 'text', description: '`all`, or question ids separated by spaces' },
    single: { control: 'boolean' },
    'structured-data': { control: 'boolean' },
  },
};

export const Default: SectionStory = {};

export const Dark: SectionStory = { args: { theme: 'dark' } };

/** The first answer opened by a click, as a reader would. */
export const FirstAnswerOpen: SectionStory = {
  play: async ({ canvasElement }) => {
    const faq = canvasElement.querySelector('iom-faq');
    if (!faq?.shadowRoot) throw new Error('<iom-faq> did not render');
    await faq.updateComplete;
    const question = within(faq.shadowRoot as unknown as HTMLElement).getByRole('button', {
      name: /difference between the IOM and UNHCR/,
    });
    await userEvent.click(question);
    await expect(question).toHaveAttribute('aria-expanded', 'true');
  },
};

/** Every answer open from the start: `open="all"`. */
export const AllOpen: SectionStory = { args: { open: 'all' } };

/** Two answers open from the start, by id. */
export const SomeOpen: SectionStory = { args: { open: 'iom-and-unhcr safe-migration' } };

/** One answer at a time, and no "Show all". */
export const SingleOpen: SectionStory = { args: { single: true, open: 'main-challenges' } };

export const CustomHeading: SectionStory = { args: { heading: 'Questions about IOM', 'heading-level': 3 } };

/** The code to paste for the element as the controls set it, with a copy button. */
export const Embed: SectionStory = embedStory('iom-faq');
