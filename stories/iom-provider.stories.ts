import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';

interface ProviderArgs {
  lang: string;
  'heading-level': number;
  theme: 'light' | 'dark' | undefined;
  memberStates: string;
}

/** How each language says the corrected figure's label. */
const memberStatesLabel = { en: 'member states', fr: 'États membres', es: 'Estados Miembros' };

/**
 * `<iom-provider>` configures every element inside it. This story corrects the member-state
 * figure (the source's 173 dates from around 2019) with an override, and sets the language,
 * heading level and theme for all the elements at once.
 */
const meta: Meta<ProviderArgs> = {
  title: 'Elements/iom-provider',
  component: 'iom-provider',
  tags: ['autodocs'],
  args: { lang: 'en', 'heading-level': 2, theme: undefined, memberStates: '175' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'fr', 'es'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    memberStates: { control: 'text', name: 'member states (override)' },
  },
  render: ({ lang, 'heading-level': level, theme, memberStates }) => {
    const overrides = Object.fromEntries(
      Object.entries(memberStatesLabel).map(([code, label]) => [
        code,
        {
          presence: {
            figures: [{ id: 'member-states', value: memberStates, phrase: `${memberStates} ${label}` }],
          },
        },
      ]),
    );
    return html`<iom-provider lang=${lang} heading-level=${level} theme=${theme ?? ''} .content=${overrides}>
      <iom-presence></iom-presence>
      <iom-faq></iom-faq>
    </iom-provider>`;
  },
};
export default meta;

type Story = StoryObj<ProviderArgs>;

export const CorrectingAFigure: Story = {};

export const InFrench: Story = { args: { lang: 'fr' } };

export const InSpanishDark: Story = { args: { lang: 'es', theme: 'dark' } };

/** The same override written as a JSON block, as a CMS user would, without JavaScript. */
export const FromAJsonBlock: Story = {
  render: () =>
    html`<iom-provider>
      <script type="application/json">
        {
          "en": {
            "presence": {
              "figures": [{ "id": "member-states", "value": "175", "phrase": "175 member states" }]
            }
          }
        }
      </script>
      <iom-presence></iom-presence>
    </iom-provider>`,
};
