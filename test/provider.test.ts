import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { IomProvider } from '../src/index.js';
import { inShadow, renderedText } from './helpers.js';

type Section = HTMLElement & { render(): unknown; updateComplete: Promise<unknown> };

/** Counts an element's renders from now on. */
function countRenders(el: Section): { readonly count: number } {
  const counter = { count: 0 };
  const render = el.render.bind(el);
  el.render = () => {
    counter.count += 1;
    return render();
  };
  return counter;
}

const settle = async (...els: Section[]) => {
  await new Promise((r) => setTimeout(r, 50));
  await Promise.all(els.map((el) => el.updateComplete));
};

describe('<iom-provider> is quiet', () => {
  it('1,000 changes to the DOM inside it re-render no element', async () => {
    const provider = await fixture<IomProvider>(
      html`<iom-provider heading-level="3">
        <script type="application/json">
          { "en": { "faq": { "title": "Questions" } } }
        </script>
        <div class="app"><p>Host content</p></div>
        <iom-faq structured-data></iom-faq>
        <iom-presence></iom-presence>
      </iom-provider>`,
    );
    const elements = [...provider.querySelectorAll<Section>('iom-faq, iom-presence')];
    await settle(...elements);
    const counters = elements.map(countRenders);
    const app = provider.querySelector('.app')!;
    for (let i = 0; i < 250; i += 1) {
      const span = document.createElement('span');
      span.textContent = `item ${i}`;
      app.append(span); // 1: a child added deep inside
      span.setAttribute('data-i', String(i)); // 2: an attribute
      span.firstChild!.textContent = `item ${i}!`; // 3: text
      if (i % 2)
        span.remove(); // 4: a child removed …
      else provider.append(document.createComment(String(i))); // … or one added to the provider itself
    }
    await settle(...elements);
    expect(counters.map((c) => c.count)).to.deep.equal([0, 0]);
    expect(renderedText(elements[0])).to.include('Questions');
  });

  it('gives settings again only when they change: an equal `content` re-renders nothing', async () => {
    const content = { en: { presence: { figures: [{ id: 'member-states', value: '175' }] } } };
    const provider = await fixture<IomProvider>(
      html`<iom-provider .content=${content}><iom-presence></iom-presence></iom-provider>`,
    );
    const presence = provider.querySelector<Section>('iom-presence')!;
    await settle(presence);
    const counter = countRenders(presence);
    provider.content = structuredClone(content);
    await settle(presence);
    expect(counter.count).to.equal(0);
    provider.content = { en: { presence: { figures: [{ id: 'member-states', value: '176' }] } } };
    await settle(presence);
    expect(counter.count).to.equal(1);
    expect(inShadow(presence, '.value')[0].textContent).to.equal('176');
  });

  it('re-reads its JSON block when the block changes, once', async () => {
    const provider = await fixture<IomProvider>(
      html`<iom-provider>
        <script type="application/json">
          { "en": { "mission": { "title": "Before" } } }
        </script>
        <iom-mission></iom-mission>
      </iom-provider>`,
    );
    const mission = provider.querySelector<Section>('iom-mission')!;
    await settle(mission);
    const counter = countRenders(mission);
    provider.querySelector('script')!.textContent = '{ "en": { "mission": { "title": "After" } } }';
    await settle(mission);
    expect(counter.count).to.equal(1);
    expect(inShadow(mission, 'h2')[0].textContent?.trim()).to.equal('After');
  });

  it('merges `content` over its JSON block by the overrides rule: entries by id, fields one by one', async () => {
    const provider = await fixture<IomProvider>(
      html`<iom-provider
        .content=${{ en: { presence: { figures: [{ id: 'member-states', value: '175' }] } } }}
      >
        <script type="application/json">
          {
            "en": {
              "presence": {
                "title": "Where we work",
                "figures": [
                  { "id": "member-states", "phrase": "175 member states" },
                  { "id": "countries", "value": "140+" }
                ]
              }
            }
          }
        </script>
        <iom-presence></iom-presence>
      </iom-provider>`,
    );
    const presence = provider.querySelector<Section>('iom-presence')!;
    await settle(presence);
    expect(inShadow(presence, 'h2')[0].textContent?.trim()).to.equal('Where we work');
    expect(inShadow(presence, '.value').map((v) => v.textContent)).to.deep.equal(['175', '140+', 'Geneva']);
    expect(inShadow(presence, '.visually-hidden')[0].textContent).to.equal('175 member states');
  });
});
