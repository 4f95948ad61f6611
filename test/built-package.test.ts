import { expect } from '@open-wc/testing';
import activities from '../content/en/activities.json';
import developments from '../content/en/developments.json';
import faq from '../content/en/faq.json';
import issues from '../content/en/issues.json';
import mission from '../content/en/mission.json';
import partners from '../content/en/partners.json';
import presence from '../content/en/presence.json';
import profile from '../content/en/profile.json';

// These read the build output (`npm test` builds first): what a user's bundler gets.
const others = { profile, mission, activities, presence, issues, partners, developments };

/** The text of a built module and of every module it imports, relatively, at any depth. */
async function moduleGraphText(url: string, seen = new Set<string>()): Promise<string> {
  if (seen.has(url)) return '';
  seen.add(url);
  const response = await fetch(url);
  expect(response.ok, `${url} exists`).to.equal(true);
  const text = await response.text();
  // The test server points bare imports (lit) into node_modules: those are not the package's.
  const imports = [...text.matchAll(/(?:from|import)\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g)]
    .map((m) => new URL(m[1], new URL(url, location.href)).pathname)
    .filter((path) => !path.includes('/node_modules/'));
  const nested = await Promise.all(imports.map((path) => moduleGraphText(path, seen)));
  return [text, ...nested].join('\n');
}

describe('built package', () => {
  it("dist/iom-faq.js carries the FAQ's content and no other section's", async () => {
    const code = await moduleGraphText('/dist/iom-faq.js');
    expect(code).to.include(faq.questions[0].answer);
    for (const [name, content] of Object.entries(others)) {
      expect(code.includes(content.paragraphs[0]), `${name}'s words`).to.equal(false);
    }
  });

  it('dist/index.js carries every section', async () => {
    const code = await moduleGraphText('/dist/index.js');
    for (const content of [...Object.values(others), faq]) expect(code).to.include(content.title);
  });

  it('leaves Lit to the user (no copy of Lit inside the package modules)', async () => {
    const code = await moduleGraphText('/dist/index.js');
    // `from "lit"`, which the test server has pointed at node_modules/lit/index.js.
    expect(code).to.match(/from\s*["'](lit|[./]*node_modules\/lit\/index\.js)["']/);
    expect(code).not.to.include('lit-html@');
  });
});
