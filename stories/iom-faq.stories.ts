import '../src/iom-faq.js';
import { expect, userEvent, within } from 'storybook/test';
import { sectionMeta, type SectionStory } from './section-story.js';

export default { title: 'Elements/iom-faq', ...sectionMeta('iom-faq') };

export const Default: SectionStory = {};

export const Dark: SectionStory = { args: { theme: 'dark' } };

/** The first answer opened by a click, as a reader would. */
export const FirstAnswerOpen: SectionStory = {
  play: async ({ canvasElement }) => {
    const faq = canvasElement.querySelector('iom-faq');
    if (!faq?.shadowRoot) throw new Error('<iom-faq> did not render');
    await faq.updateComplete;
    const [first] = within(faq.shadowRoot as unknown as HTMLElement).getAllByRole('button');
    await userEvent.click(first);
    await expect(first).toHaveAttribute('aria-expanded', 'true');
  },
};

export const CustomHeading: SectionStory = { args: { heading: 'Questions about IOM', 'heading-level': 3 } };
