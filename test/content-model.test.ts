import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/index.js';
import { LANGUAGES, SECTION_FIELDS, SECTION_NAMES, SOURCE_LANGUAGE } from '../src/core/content-types.js';
import { ALL_TAGS, shadowTree } from './helpers.js';

interface Model {
  languages: string[];
  sections: string[];
  fields: Record<string, string[]>;
}

// content/schema.json and the folders of content/ are the truth; every list the library and its
// tests use is generated or derived from them. Each of these fails when one disagrees.
describe('one content model', () => {
  let model: Model;
  before(async () => {
    model = await executeServerCommand<Model, undefined>('content-model');
  });

  it('the languages are the folders of content/, the source language first', () => {
    expect([...LANGUAGES]).to.deep.equal(model.languages);
    expect(LANGUAGES[0]).to.equal(SOURCE_LANGUAGE);
  });

  it("the sections are the schema's, in its order, each with the fields the schema gives it", () => {
    expect([...SECTION_NAMES]).to.deep.equal(model.sections);
    expect(SECTION_FIELDS).to.deep.equal(model.fields);
  });

  it('every section has its element, defined as iom-<section>, and the tests know them all', () => {
    for (const name of model.sections) {
      expect(customElements.get(`iom-${name}`), `iom-${name}`).to.be.a('function');
    }
    expect(ALL_TAGS).to.deep.equal([...model.sections.map((name) => `iom-${name}`), 'iom-overview']);
  });

  it('the overview shows every section, in the schema’s order', async () => {
    const overview = await fixture<HTMLElement>(html`<iom-overview></iom-overview>`);
    const shown = shadowTree(overview)
      .map((el) => el.localName)
      .filter((tag) => tag.startsWith('iom-'));
    expect(shown).to.deep.equal(model.sections.map((name) => `iom-${name}`));
  });

  it('Storybook has stories for every element', async () => {
    const index = (await (await fetch('/storybook-static/index.json')).json()) as {
      entries: Record<string, { title: string }>;
    };
    const titles = new Set(Object.values(index.entries).map((entry) => entry.title));
    for (const tag of ALL_TAGS) {
      expect(
        [...titles].some((title) => title.endsWith(`<${tag}>`) || title.endsWith(tag)),
        tag,
      ).to.equal(true);
    }
  });
});
