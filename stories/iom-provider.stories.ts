import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render } from 'lit';
import '../src/index.js';

interface ProviderArgs {
  lang: string;
  'heading-level': number;
  theme: 'light' | 'dark' | undefined;
  memberStates: string;
}

/** How each language says the corrected figure's label. */
const memberStatesLabel = { en: 'member states', fr: 'États membres', es: 'Estados Miembros' };

/** The provider around two elements, overriding the member-state figure in every language. */
function renderProvider({ lang, 'heading-level': level, theme, memberStates }: ProviderArgs) {
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
    lang: { control: 'inline-radio', options: ['en', 'fr', 'es'] },
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
      '<script type="module" src="https://your-site.example/iom-elements/dist/cdn/iom-elements.js"></script>',
      `<iom-provider lang="${args.lang}" heading-level="${args['heading-level']}"${args.theme ? ` theme="${args.theme}"` : ''}>`,
      '  <script type="application/json">',
      `    { "${args.lang}": { "presence": { "figures": [{ "id": "member-states", "value": "${args.memberStates}", "phrase": "${args.memberStates} ${memberStatesLabel[args.lang as keyof typeof memberStatesLabel]}" }] } } }`,
      '  </script>',
      '  <iom-presence></iom-presence>',
      '  <iom-faq></iom-faq>',
      '</iom-provider>',
    ].join('\n');
    const figure = document.createElement('figure');
    figure.className = 'iom-embed';
    const pre = document.createElement('pre');
    pre.textContent = snippet;
    const copy = document.createElement('button');
    copy.type = 'button';
    copy.textContent = 'Copy code';
    copy.addEventListener('click', () => navigator.clipboard.writeText(snippet));
    figure.append(pre, copy);
    render(preview, wrapper);
    wrapper.append(figure);
    return wrapper;
  },
};
