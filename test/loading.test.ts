import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/iom-mission.js';
// English only: the Spanish file must not be loaded before the element asks for it.
import enMission from '../content/en/mission.json';
import { engine, renderedText, shownIn } from './helpers.js';

type Mission = HTMLElementTagNameMap['iom-mission'];

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

describe('loading a language', () => {
  it('a failed load is reported once, with the error; the section stays readable in English; asking again retries', async () => {
    // This page has not loaded Spanish yet: make its first request for the mission fail.
    await executeServerCommand('fail-next-request', { path: '/content/es/mission.json' });
    let el!: Mission;
    const calls = await errorCalls(async () => {
      el = await fixture<Mission>(html`<iom-mission lang="es"></iom-mission>`);
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
    expect(calls[0][0]).to.equal('<iom-mission> could not load its es content; showing en instead.');
    expect(calls[0][1], 'the error itself, with its stack').to.be.instanceOf(Error);
    expect(el.shadowRoot!.querySelector('section')!.lang).to.equal('en');
    expect(renderedText(el)).to.include(enMission.title);

    // Asking for the language again (here: back to English, then Spanish) tries again. WebKit
    // fetches the chunk anew; Chromium and Firefox keep a failed module for the page's life
    // (their module map caches the failure), so there the retry fails at once, is reported
    // once more, and the section stays readable in English.
    const retry = await errorCalls(async () => {
      el.lang = 'en';
      await el.updateComplete;
      el.lang = 'es';
      if (engine() === 'webkit') await shownIn(el, 'es');
      else await settle();
    });
    if (engine() === 'webkit') {
      expect(retry).to.have.length(0);
      expect(renderedText(el)).not.to.include(enMission.title);
    } else {
      expect(retry, 'errors reported by the retry').to.have.length(1);
      expect(el.shadowRoot!.querySelector('section')!.lang).to.equal('en');
    }
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
