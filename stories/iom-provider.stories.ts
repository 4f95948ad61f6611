import { LANGUAGES } from '../src/core/content-types.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render } from 'lit';
import '../src/index.js';
import { CDN_URL, codeFigure } from './code-figure.js';

interface ProviderArgs {
  lang: string;
  'heading-level': number;
  theme: 'light' | 'dark' | undefined;
  memberStates: string;
}

/** How each language says the corrected figure's label. */
const memberStatesLabel = { en: 'member states', fr: 'États membres', es: 'Estados Miembros' };

/** The override that corrects the member-state figure, for each of `languages`. */
function overridesFor(memberStates: string, languages: string[]) {
  return Object.fromEntries(
    languages.map((code) => [
      code,
      {
        presence: {
          figures: [
            {
              id: 'member-states',
              value: memberStates,
              phrase: `${memberStates} ${memberStatesLabel[code as keyof typeof memberStatesLabel]}`,
            },
          ],
        },
      },
    ]),
  );
}

/** The provider around two elements, overriding the member-state figure in every language. */
function renderProvider({ lang, 'heading-level': level, theme, memberStates }: ProviderArgs) {
  const overrides = overridesFor(memberStates, Object.keys(memberStatesLabel));
  return html`<iom-provider lang=${lang} heading-level=${level} theme=${theme ?? ''} .content=${overrides}>
    <iom-presence></iom-presence>
    <iom-faq></iom-faq>
  </iom-provider>`;
}

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
    lang: { control: 'inline-radio', options: LANGUAGES },
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    memberStates: { control: 'text', name: 'member states (override)' },
  },
  render: (args) => renderProvider(args),
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

/** The code to paste for the provider as the controls set it, with a copy button. */
export const Embed: Story = {
  render: (args) => {
    const wrapper = document.createElement('div');
    const preview = renderProvider(args);
    const snippet = [
      `<script type="module" src="${CDN_URL}"></script>`,
      `<iom-provider lang="${args.lang}" heading-level="${args['heading-level']}"${args.theme ? ` theme="${args.theme}"` : ''}>`,
      '  <script type="application/json">',
      `    ${JSON.stringify(overridesFor(args.memberStates, [args.lang]))}`,
      '  </script>',
      '  <iom-presence></iom-presence>',
      '  <iom-faq></iom-faq>',
      '</iom-provider>',
    ].join('\n');
    render(preview, wrapper);
    wrapper.append(codeFigure('Paste this into your page:', snippet));
    return wrapper;
  },
};
