import { expect, fixture, html } from '@open-wc/testing';
import { IomMission } from '../src/iom-mission.js';
import { loadSectionContent } from '../src/core/content-loader.js';
// English only: the Spanish file must not be loaded before the element asks for it.
import enMission from '../content/en/mission.json';
import { renderedText, shownIn } from './helpers.js';

type Mission = IomMission;

/** Replaces console.error while `run` runs; returns each call's arguments. */
async function errorCalls(run: () => Promise<unknown>): Promise<unknown[][]> {
  const calls: unknown[][] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => calls.push(args);
  try {
    await run();
  } finally {
    console.error = original;
  }
  return calls;
}

const settle = () => new Promise((r) => setTimeout(r, 300));

/**
 * An <iom-mission> whose content loads fail while `failing` says so, as on a flaky network.
 * (The real chunk cannot be made to fail here: a browser that loaded it for an earlier test
 * page serves it again without asking the server.)
 */
let failing = true;
class FlakyMission extends IomMission {
  protected static override loadContent: typeof loadSectionContent = (section, lang) =>
    failing
      ? Promise.reject(new TypeError(`Failed to fetch ${lang}/${section}`))
      : loadSectionContent(section, lang);
}
customElements.define('test-flaky-mission', FlakyMission);

describe('loading a language', () => {
  it('a failed load is reported once, with the error; the section stays readable in English; asking again retries', async () => {
    let el!: FlakyMission;
    const calls = await errorCalls(async () => {
      el = await fixture<FlakyMission>(html`<test-flaky-mission lang="es"></test-flaky-mission>`);
      await settle();
      // Later updates for other reasons do not ask again, nor report again.
      for (const heading of ['One', 'Two', 'Three']) {
        el.heading = heading;
        await el.updateComplete;
      }
      el.heading = undefined;
      await el.updateComplete;
      await settle();
    });
    expect(calls, 'errors reported').to.have.length(1);
    expect(calls[0][0]).to.equal('<test-flaky-mission> could not load its es content; showing en instead.');
    expect(calls[0][1], 'the error itself, with its stack').to.be.instanceOf(TypeError);
    expect(el.shadowRoot!.querySelector('section')!.lang).to.equal('en');
    expect(renderedText(el)).to.include(enMission.title);

    // Asking for the language again (here: back to English, then Spanish) loads it.
    failing = false;
    el.lang = 'en';
    await el.updateComplete;
    el.lang = 'es';
    await shownIn(el, 'es');
    expect(renderedText(el)).not.to.include(enMission.title);
  });

  it('comes back after a failure when the element is put back in the page', async () => {
    failing = true;
    let el!: FlakyMission;
    const calls = await errorCalls(async () => {
      el = await fixture<FlakyMission>(html`<test-flaky-mission lang="fr"></test-flaky-mission>`);
      await settle();
    });
    expect(calls).to.have.length(1);
    failing = false;
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await shownIn(el, 'fr');
  });
});

describe('a language already loaded', () => {
  it('shows in the first render of the next element: no English first', async () => {
    const first = await fixture<Mission>(html`<iom-mission lang="es"></iom-mission>`);
    await shownIn(first, 'es');
    const next = document.createElement('iom-mission');
    next.lang = 'es';
    const langs: string[] = [];
    const render = next.render.bind(next);
    next.render = () => {
      const result = render();
      langs.push((next as unknown as { shownLanguage: string }).shownLanguage);
      return result;
    };
    first.after(next);
    await next.updateComplete;
    expect(langs).to.deep.equal(['es']);
    expect(next.shadowRoot!.querySelector('section')!.lang).to.equal('es');
  });
});

describe('the lang attribute and property', () => {
  it('stay the platform’s: `lang` reads "" when unset, and setting it sets the attribute and the language', async () => {
    const el = await fixture<Mission>(html`<iom-mission></iom-mission>`);
    expect(el.lang).to.equal('');
    expect(el.hasAttribute('lang')).to.equal(false);
    el.lang = 'fr';
    expect(el.getAttribute('lang')).to.equal('fr');
    await shownIn(el, 'fr');
    el.removeAttribute('lang');
    await el.updateComplete;
    expect(el.lang).to.equal('');
    await shownIn(el, 'en');
  });
});

describe("the reader's font size", () => {
  it('is the default size: the browser’s own `medium`, whatever the page’s root size', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <span style="font-size: medium"></span>
        <iom-mission></iom-mission>
      </div>`,
    );
    const medium = getComputedStyle(wrapper.querySelector('span')!).fontSize;
    const el = wrapper.querySelector('iom-mission')!;
    document.documentElement.style.fontSize = '62.5%';
    try {
      expect(getComputedStyle(el).fontSize).to.equal(medium);
    } finally {
      document.documentElement.style.removeProperty('font-size');
    }
  });
});
