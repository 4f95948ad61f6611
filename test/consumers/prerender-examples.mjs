// examples/node-static and examples/eleventy built as a user builds them, then opened with
// JavaScript on (the prerendered elements hydrate) and off (their content is there); and the
// package's command, `npx iom-elements render`.
import { join } from 'node:path';
import { FAQ_TITLE } from './harness.mjs';
import { inspectPrerendered } from './pages.mjs';

export default {
  name: 'prerender-examples',
  about: 'examples/node-static and examples/eleventy built, then opened with JavaScript on and off',
  async run(h) {
    /** @type {[string, string][]} the example, its output folder */
    const exampleProjects = [
      ['node-static', 'site'],
      ['eleventy', '_site'],
    ];
    let nodeStatic = '';
    for (const [name, output] of exampleProjects) {
      console.log(`examples/${name}: built, then opened with JavaScript on and off`);
      const dir = h.example(name);
      if (name === 'node-static') nodeStatic = dir;
      h.run(dir, 'npm', ['run', 'build']);
      const scripted = await inspectPrerendered(h, join(dir, output), true);
      h.expect(
        `${name}: prerendered FAQ hydrates (its server nodes kept)`,
        scripted.kept,
        JSON.stringify(scripted),
      );
      h.expect(`${name}: FAQ heading ${FAQ_TITLE}`, scripted.heading === `h2 ${FAQ_TITLE}`, scripted.heading);
      h.expect(
        `${name}: no errors or warnings in the console`,
        scripted.errors.length === 0,
        scripted.errors.join('; '),
      );
      const plain = await inspectPrerendered(h, join(dir, output), false);
      h.expect(
        `${name}: without JavaScript, the content is there`,
        plain.heading === `h2 ${FAQ_TITLE}`,
        plain.heading,
      );
      h.expect(
        `${name}: without JavaScript, every FAQ answer shows`,
        plain.answersShown === plain.answers && plain.answers > 0,
        `${plain.answersShown} of ${plain.answers}`,
      );
      h.expect(
        `${name}: without JavaScript, nothing is defined`,
        plain.defined.length === 0,
        plain.defined.join(),
      );
    }
    const cli = nodeStatic;
    const printed = h.run(cli, 'npx', ['iom-elements', 'render', 'iom-faq', '--format', 'html']);
    h.expect(
      'npx iom-elements render iom-faq --format html',
      printed.includes(`<h2>${FAQ_TITLE}</h2>`),
      printed.slice(0, 200),
    );
    const failed = h.runFailing(cli, 'npx', ['iom-elements', 'render', 'iom-nope']);
    const refused = `${failed.status} ${failed.stderr}`;
    h.expect(
      'npx iom-elements render iom-nope: exit code 2, one line',
      /^2 iom-elements: .+\n$/.test(refused),
      refused,
    );
  },
};
