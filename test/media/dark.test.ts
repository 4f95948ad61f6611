import { expect, fixture } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/index.js';
import { ALL_TAGS, contrast, presenceIn } from '../helpers.js';

// Runs in browsers started with a dark preference (test/launchers.mjs).
describe('a reader who prefers dark', () => {
  before(() => {
    expect(matchMedia('(prefers-color-scheme: dark)').matches, 'the browser prefers dark').to.equal(true);
  });

  const presence = presenceIn;
  const textColor = (el: HTMLElement) => getComputedStyle(el).color;

  it('gets dark elements where the page declares `color-scheme: light dark`', async () => {
    const both = await presence('light dark');
    expect(textColor(both)).to.equal(textColor(await presence('dark')));
    expect(contrast(textColor(both), 'rgb(0, 0, 0)')).to.be.greaterThan(10);
  });

  it('gets light elements where the page has not opted in to dark', async () => {
    expect(textColor(await presence('normal'))).to.equal(textColor(await presence('light')));
  });

  it('theme="light" still forces light', async () => {
    expect(textColor(await presence('light dark', 'light'))).to.equal(textColor(await presence('light')));
  });

  for (const tag of ALL_TAGS) {
    it(`<${tag}> in dark passes axe`, async () => {
      const wrapper = await fixture<HTMLElement>(
        staticHtml`<div style="color-scheme: light dark"><${unsafeStatic(tag)}></${unsafeStatic(tag)}></div>`,
      );
      const el = wrapper.firstElementChild as HTMLElement;
      expect(contrast(textColor(el), 'rgb(0, 0, 0)')).to.be.greaterThan(10);
      await expect(el).to.be.accessible();
    });
  }
});
