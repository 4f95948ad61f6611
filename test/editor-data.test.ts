import { expect } from '@open-wc/testing';
import '../src/index.js';
import { ALL_TAGS } from './helpers.js';

// The editor data is generated from custom-elements.json by `npm run build`; these tests hold
// it to what the elements really do in the browser.

interface HtmlData {
  tags: { name: string; description: string; attributes: { name: string; values?: { name: string }[] }[] }[];
}
interface CssData {
  properties: { name: string; description: string }[];
}

const fetchJson = async <T>(path: string): Promise<T> => {
  const response = await fetch(path);
  expect(response.ok, `${path} (run npm run build)`).to.equal(true);
  return (await response.json()) as T;
};

describe('VS Code custom data', () => {
  it('lists every element, each with the attributes it observes', async () => {
    const data = await fetchJson<HtmlData>('/dist/vscode.html-custom-data.json');
    const listed = new Map(data.tags.map((tag) => [tag.name, tag]));
    for (const tag of [...ALL_TAGS, 'iom-provider']) {
      const entry = listed.get(tag);
      expect(entry, tag).to.not.equal(undefined);
      expect(entry!.description, tag).to.not.equal('');
      const observed = (customElements.get(tag) as unknown as { observedAttributes: string[] })
        .observedAttributes;
      // `lang` is a global attribute: editors know it already.
      const expected = observed.filter((name) => name !== 'lang').sort();
      expect(entry!.attributes.map((a) => a.name).sort(), tag).to.deep.equal(expected);
    }
  });

  it('offers the values an attribute takes', async () => {
    const data = await fetchJson<HtmlData>('/dist/vscode.html-custom-data.json');
    const theme = data.tags.find((tag) => tag.name === 'iom-faq')!.attributes.find((a) => a.name === 'theme');
    expect(theme?.values?.map((value) => value.name)).to.deep.equal(['light', 'dark']);
  });

  it('describes every --iom-* custom property the elements read', async () => {
    const data = await fetchJson<CssData>('/dist/vscode.css-custom-data.json');
    const names = data.properties.map((property) => property.name);
    for (const name of ['--iom-color-accent', '--iom-font-size', '--iom-faq-divider-color'])
      expect(names, name).to.include(name);
    for (const property of data.properties) expect(property.description, property.name).to.not.equal('');
  });
});

describe('JSX types', () => {
  it('give every element its attributes, for React, Preact and Solid', async () => {
    const elements = await (await fetch('/dist/types/jsx/elements.d.ts')).text();
    for (const tag of [...ALL_TAGS, 'iom-provider']) expect(elements, tag).to.include(`'${tag}': {`);
    expect(elements).to.include("'heading-level'?: NonNullable<IomFaq['headingLevel']>;");
    for (const framework of ['react', 'preact', 'solid']) {
      const file = await (await fetch(`/dist/types/jsx/${framework}.d.ts`)).text();
      expect(file, framework).to.include('interface IntrinsicElements');
      expect(file, framework).to.include("'iom-faq': ");
    }
  });
});
