// A plain HTML page with the CDN file in a <script type="module">: every element defined.
import { ALL_TAGS, FAQ_TITLE } from './harness.mjs';
import { inspect } from './pages.mjs';

export default {
  name: 'cdn',
  about: 'a plain HTML page with the CDN file',
  async run(h) {
    const dir = h.project(
      'cdn',
      {},
      {
        'index.html': `<!doctype html><html lang="en"><link rel="icon" href="data:,"><title>CDN</title>
<script type="module" src="./node_modules/iom-elements/dist/cdn/iom-elements.js"></script>
<main><iom-faq heading-level="3"></iom-faq><iom-overview></iom-overview></main></html>`,
      },
    );
    const seen = await inspect(h, dir);
    h.expect(
      'renders the FAQ',
      seen.heading === `h3 ${FAQ_TITLE}` && seen.questions > 0,
      JSON.stringify(seen),
    );
    h.expect(
      'defines every element',
      seen.defined.length === ALL_TAGS.length,
      `defined: ${seen.defined.join(', ')}`,
    );
    h.expect('no errors or warnings in the console', seen.errors.length === 0, seen.errors.join('; '));
  },
};
