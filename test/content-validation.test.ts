import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import activities from '../content/en/activities.json';
import developments from '../content/en/developments.json';
import faq from '../content/en/faq.json';
import issues from '../content/en/issues.json';
import mission from '../content/en/mission.json';
import partners from '../content/en/partners.json';
import presence from '../content/en/presence.json';
import profile from '../content/en/profile.json';

interface Result {
  files: number;
  problems: string[];
}

const valid: Record<string, unknown> = {
  profile,
  mission,
  activities,
  presence,
  issues,
  partners,
  developments,
  faq,
};

/** The project's English content as files, with `changes` written over it. */
function contentFiles(changes: Record<string, string | null> = {}): Record<string, string> {
  const files = new Map(
    Object.entries(valid).map(([name, data]) => [`en/${name}.json`, JSON.stringify(data, null, 2)]),
  );
  for (const [path, text] of Object.entries(changes)) {
    if (text === null) files.delete(path);
    else files.set(path, text);
  }
  return Object.fromEntries(files);
}

/** A copy of a section's content, changed by `edit`, as file text. */
function edited<T>(data: T, edit: (copy: T) => void): string {
  const copy = structuredClone(data);
  edit(copy);
  return JSON.stringify(copy, null, 2);
}

const validate = (files?: Record<string, string>) =>
  executeServerCommand<Result, { files?: Record<string, string> }>('validate-content', { files });

describe('content validation', () => {
  it("accepts the project's own content: every section, every file", async () => {
    const result = await validate();
    expect(result.problems).to.deep.equal([]);
    expect(result.files).to.be.at.least(Object.keys(valid).length);
  });

  it('names the file, the field and what was expected for a wrong type', async () => {
    const { problems } = await validate(
      contentFiles({
        'en/faq.json': edited(faq, (c) => ((c.questions[2] as { answer: unknown }).answer = 42)),
      }),
    );
    expect(problems).to.deep.equal([
      'content/en/faq.json: questions[2].answer: expected a string, got number 42',
    ]);
  });

  it('reports a missing required field', async () => {
    const { problems } = await validate(
      contentFiles({ 'en/mission.json': edited(mission, (c) => delete (c as { items?: unknown }).items) }),
    );
    expect(problems).to.deep.equal(['content/en/mission.json: items: is missing (required)']);
  });

  it('reports unknown fields, empty text, bad and repeated ids together', async () => {
    const { problems } = await validate(
      contentFiles({
        'en/issues.json': edited(issues, (c) => {
          (c as Record<string, unknown>).subtitle = 'x';
          c.items[0].text = '';
          c.items[1].id = 'Not An Id';
          c.items[3].id = c.items[2].id;
        }),
      }),
    );
    expect(problems).to.have.members([
      'content/en/issues.json: subtitle: is not a known field',
      'content/en/issues.json: items[0].text: expected non-empty text',
      'content/en/issues.json: items[1].id: expected an id of lowercase words joined by hyphens, got string "Not An Id"',
      `content/en/issues.json: items[3].id: expected a unique id, got "${issues.items[2].id}" again`,
    ]);
  });

  it('reports broken JSON with its line and column', async () => {
    const { problems } = await validate(
      contentFiles({ 'en/presence.json': '{\n  "section": "presence",\n  title: 1\n}' }),
    );
    expect(problems).to.have.length(1);
    expect(problems[0]).to.match(/^content\/en\/presence\.json: is not valid JSON: .*\(line 3, column 3\)$/);
  });

  it('reports a missing section file and a section that does not match its file name', async () => {
    const { problems } = await validate(
      contentFiles({
        'en/partners.json': null,
        'en/developments.json': edited(developments, (c) => (c.section = 'profile')),
      }),
    );
    expect(problems).to.have.members([
      'content/en/partners.json: is missing (every language needs every section)',
      'content/en/developments.json: section: expected "developments" (the file\'s name), got "profile"',
      // Read as a profile, it also lacks the profile's organization facts.
      'content/en/developments.json: organization: is missing (required)',
    ]);
  });

  it('reports an unknown section name in the section field', async () => {
    const { problems } = await validate(
      contentFiles({ 'en/profile.json': edited(profile, (c) => (c.section = 'about')) }),
    );
    expect(problems[0]).to.equal(
      'content/en/profile.json: section: expected one of "profile", "mission", "activities", "presence", "issues", "partners", "developments", "faq", got string "about"',
    );
  });
});
