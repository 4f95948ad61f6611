// Overrides, good and bad, with the verdict a page gets for each: which sections apply
// (`applies`, as `lang.section`) and the exact messages reported (`problems`, as the provider
// prints them after `<iom-provider> `). The build (scripts/content-validation.mjs, Ajv) and the
// provider at run time (src/generated/override-rules.js) must both give exactly these:
// test/override-rules.test.ts checks it, in every engine.

const long = (n: number) => 'x'.repeat(n);
/** `{ a: { a: … 40 deep … { a: 'x' } } }` */
const deep = (depth: number) => {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i += 1) value = { a: value };
  return value;
};

/** One override object and what it should come to. */
export interface OverrideCase {
  name: string;
  overrides: unknown;
  /** The sections that apply, as `lang.section`. */
  applies: string[];
}

export const CASES: OverrideCase[] = [
  // Good overrides: each changes what an element shows.
  { name: 'a title', overrides: { en: { profile: { title: 'Who we are' } } }, applies: ['en.profile'] },
  {
    name: 'paragraphs, whole',
    overrides: { en: { developments: { paragraphs: ['New.', 'Newer.'] } } },
    applies: ['en.developments'],
  },
  {
    name: 'a figure by id, one field',
    overrides: { en: { presence: { figures: [{ id: 'member-states', value: '175' }] } } },
    applies: ['en.presence'],
  },
  {
    name: 'a figure by id, every field',
    overrides: {
      en: {
        presence: {
          figures: [{ id: 'countries', value: '140+', label: 'countries', phrase: 'over 140 countries' }],
        },
      },
    },
    applies: ['en.presence'],
  },
  {
    name: 'a list item by id',
    overrides: {
      en: { mission: { items: [{ id: 'protect-rights', text: 'Protect the rights of every migrant' }] } },
    },
    applies: ['en.mission'],
  },
  {
    name: 'a question by id',
    overrides: { en: { faq: { questions: [{ id: 'safe-migration', answer: 'A corrected answer.' }] } } },
    applies: ['en.faq'],
  },
  {
    name: 'a label',
    overrides: { en: { faq: { labels: { showAll: 'Open every answer' } } } },
    applies: ['en.faq'],
  },
  {
    name: 'an organization field',
    overrides: { en: { profile: { organization: { location: 'Geneva' } } } },
    applies: ['en.profile'],
  },
  {
    name: 'an https link',
    overrides: { en: { issues: { link: { text: 'More', href: 'https://www.iom.int/' } } } },
    applies: ['en.issues'],
  },
  {
    name: 'an http link',
    overrides: { en: { issues: { link: { text: 'More', href: 'http://example.org/' } } } },
    applies: ['en.issues'],
  },
  {
    name: 'a mailto link',
    overrides: { en: { partners: { link: { text: 'Write', href: 'mailto:info@example.org' } } } },
    applies: ['en.partners'],
  },
  {
    name: 'a scheme in capitals',
    overrides: { en: { partners: { link: { text: 'More', href: 'HTTPS://www.iom.int/' } } } },
    applies: ['en.partners'],
  },
  { name: 'French', overrides: { fr: { faq: { title: 'Vos questions' } } }, applies: ['fr.faq'] },
  {
    name: 'Spanish',
    overrides: { es: { activities: { title: 'Qué hacemos' } } },
    applies: ['es.activities'],
  },
  {
    name: 'several languages and sections',
    overrides: {
      en: { mission: { title: 'Our mission' }, issues: { title: 'Issues' } },
      fr: { profile: { title: 'Qui sommes-nous' } },
    },
    applies: ['en.mission', 'en.issues', 'fr.profile'],
  },
  {
    name: 'text of 10,000 characters',
    overrides: { en: { developments: { paragraphs: [long(10000)] } } },
    applies: ['en.developments'],
  },
  { name: 'nothing', overrides: {}, applies: [] },
  { name: 'a language with no sections', overrides: { en: {} }, applies: [] },

  // The shape.
  { name: 'not an object', overrides: 'faq', applies: [] },
  { name: 'null', overrides: null, applies: [] },
  { name: 'an array', overrides: [{ en: {} }], applies: [] },
  { name: 'a language that is not an object', overrides: { en: 'faq' }, applies: [] },
  { name: 'a section that is not an object', overrides: { en: { faq: ['x'] } }, applies: [] },
  { name: 'a section of null', overrides: { en: { faq: null } }, applies: [] },

  // Unknown names, and names every object has.
  { name: 'an unknown language', overrides: { de: { faq: { title: 'Fragen' } } }, applies: [] },
  { name: 'a language in capitals', overrides: { EN: { faq: { title: 'x' } } }, applies: [] },
  { name: 'a region', overrides: { 'fr-CA': { faq: { title: 'x' } } }, applies: [] },
  { name: 'an unknown section', overrides: { en: { history: { title: 'x' } } }, applies: [] },
  { name: 'a section in capitals', overrides: { en: { FAQ: { title: 'x' } } }, applies: [] },
  { name: 'an unknown field', overrides: { en: { faq: { subtitle: 'x' } } }, applies: [] },
  { name: 'section given', overrides: { en: { faq: { section: 'faq' } } }, applies: [] },
  { name: '$schema given', overrides: { en: { faq: { $schema: '../schema.json' } } }, applies: [] },
  {
    name: '"constructor" as a language',
    overrides: JSON.parse('{ "constructor": { "faq": { "title": "x" } } }'),
    applies: [],
  },
  {
    name: '"toString" as a section',
    overrides: JSON.parse('{ "en": { "toString": { "title": "x" } } }'),
    applies: [],
  },
  {
    name: '"__proto__" as a language',
    overrides: JSON.parse('{ "__proto__": { "faq": { "title": "x" } } }'),
    applies: [],
  },
  {
    name: '"__proto__" as a field',
    overrides: JSON.parse('{ "en": { "faq": { "__proto__": { "title": "x" } } } }'),
    applies: [],
  },
  {
    name: '"hasOwnProperty" as a field',
    overrides: JSON.parse('{ "en": { "faq": { "hasOwnProperty": "x" } } }'),
    applies: [],
  },
  {
    name: '"constructor" as a label',
    overrides: JSON.parse('{ "en": { "faq": { "labels": { "constructor": "x" } } } }'),
    applies: [],
  },

  // Fields a section's element does not show.
  {
    name: 'items on the profile',
    overrides: { en: { profile: { items: [{ id: 'a', text: 'x' }] } } },
    applies: [],
  },
  {
    name: 'figures on the mission',
    overrides: { en: { mission: { figures: [{ id: 'member-states', value: '1' }] } } },
    applies: [],
  },
  {
    name: 'labels on the presence',
    overrides: { en: { presence: { labels: { showAll: 'x' } } } },
    applies: [],
  },
  { name: 'paragraphs on the FAQ', overrides: { en: { faq: { paragraphs: ['x'] } } }, applies: [] },
  {
    name: 'questions on the developments',
    overrides: { en: { developments: { questions: [{ id: 'a', question: 'q', answer: 'a' }] } } },
    applies: [],
  },
  {
    name: 'an organization on the issues',
    overrides: { en: { issues: { organization: { name: 'x' } } } },
    applies: [],
  },
  { name: 'an unknown label', overrides: { en: { faq: { labels: { closeAll: 'x' } } } }, applies: [] },

  // Lists.
  { name: 'an empty list of paragraphs', overrides: { en: { profile: { paragraphs: [] } } }, applies: [] },
  { name: 'an empty list of items', overrides: { en: { mission: { items: [] } } }, applies: [] },
  { name: 'an empty list of questions', overrides: { en: { faq: { questions: [] } } }, applies: [] },
  { name: 'no labels', overrides: { en: { faq: { labels: {} } } }, applies: [] },
  {
    name: 'a list that is not a list',
    overrides: { en: { mission: { items: { id: 'protect-rights' } } } },
    applies: [],
  },
  {
    name: 'an entry without an id',
    overrides: { en: { presence: { figures: [{ value: '175' }] } } },
    applies: [],
  },
  {
    name: 'an unknown id',
    overrides: { en: { mission: { items: [{ id: 'no-such-objective', text: 'x' }] } } },
    applies: [],
  },
  {
    name: 'an id of another list',
    overrides: { en: { faq: { questions: [{ id: 'member-states', answer: 'x' }] } } },
    applies: [],
  },
  {
    name: 'an unknown field in an entry',
    overrides: { en: { presence: { figures: [{ id: 'countries', colour: 'red' }] } } },
    applies: [],
  },
  { name: 'a paragraph that is not text', overrides: { en: { profile: { paragraphs: [42] } } }, applies: [] },

  // Text.
  {
    name: 'a number for text',
    overrides: { en: { presence: { figures: [{ id: 'member-states', value: 175 }] } } },
    applies: [],
  },
  { name: 'empty text', overrides: { en: { faq: { title: '' } } }, applies: [] },
  {
    name: 'text with surrounding white space',
    overrides: { en: { faq: { title: ' Questions ' } } },
    applies: [],
  },
  { name: 'text of only white space', overrides: { en: { faq: { title: '   ' } } }, applies: [] },
  { name: 'a boolean for text', overrides: { en: { faq: { title: true } } }, applies: [] },
  { name: 'an object for text', overrides: { en: { faq: { title: { text: 'x' } } } }, applies: [] },
  {
    name: 'text of 10,001 characters',
    overrides: { en: { developments: { paragraphs: [long(10001)] } } },
    applies: [],
  },
  { name: 'text of a million characters', overrides: { en: { faq: { title: long(1000000) } } }, applies: [] },
  {
    name: 'a founding date that is not a date',
    overrides: { en: { profile: { organization: { foundingDate: 'long ago' } } } },
    applies: [],
  },
  { name: 'deep nesting', overrides: { en: { faq: { labels: { showAll: deep(40) } } } }, applies: [] },

  // Links.
  {
    name: 'a javascript: link',
    overrides: { en: { issues: { link: { text: 'Click', href: 'javascript:alert(1)' } } } },
    applies: [],
  },
  {
    name: 'a JavaScript: link in capitals',
    overrides: { en: { issues: { link: { text: 'Click', href: 'JavaScript:alert(1)' } } } },
    applies: [],
  },
  {
    name: 'a data: link',
    overrides: {
      en: { issues: { link: { text: 'Click', href: 'data:text/html,<script>alert(1)</script>' } } },
    },
    applies: [],
  },
  {
    name: 'a link with white space before its scheme',
    overrides: { en: { issues: { link: { text: 'x', href: ' https://www.iom.int/' } } } },
    applies: [],
  },
  {
    name: 'a relative link',
    overrides: { en: { issues: { link: { text: 'x', href: '/about' } } } },
    applies: [],
  },
  {
    name: 'a link without text',
    overrides: { en: { issues: { link: { href: 'https://www.iom.int/' } } } },
    applies: [],
  },

  // A broken section does not stop the others.
  {
    name: 'one broken section among good ones',
    overrides: {
      en: { faq: { title: 42 }, mission: { title: 'Our mission' } },
      fr: { faq: { title: 'Vos questions' } },
    },
    applies: ['en.mission', 'fr.faq'],
  },
  {
    name: 'an unknown language beside a good one',
    overrides: { de: { faq: { title: 'x' } }, es: { faq: { title: 'Preguntas' } } },
    applies: ['es.faq'],
  },
];

// The exact messages each case reports, in order (reviewed; a case with none reports nothing).
export const PROBLEMS: Record<string, string[]> = {
  'a title': [],
  'paragraphs, whole': [],
  'a figure by id, one field': [],
  'a figure by id, every field': [],
  'a list item by id': [],
  'a question by id': [],
  'a label': [],
  'an organization field': [],
  'an https link': [],
  'an http link': [],
  'a mailto link': [],
  'a scheme in capitals': [],
  French: [],
  Spanish: [],
  'several languages and sections': [],
  'text of 10,000 characters': [],
  nothing: [],
  'a language with no sections': [],
  'not an object': ['content: expected an object, got string "faq"'],
  null: ['content: expected an object, got null'],
  'an array': ['content: expected an object, got an array'],
  'a language that is not an object': ['content.en: expected an object, got string "faq"'],
  'a section that is not an object': ['content.en.faq: expected an object, got an array'],
  'a section of null': ['content.en.faq: expected an object, got null'],
  'an unknown language': ['content.de: is not a language of the library (en, ar, es, fr, ru, zh)'],
  'a language in capitals': ['content.EN: is not a language of the library (en, ar, es, fr, ru, zh)'],
  'a region': ['content.fr-CA: is not a language of the library (en, ar, es, fr, ru, zh)'],
  'an unknown section': [
    'content.en.history: is not a section (profile, mission, activities, presence, issues, partners, developments, faq)',
  ],
  'a section in capitals': [
    'content.en.FAQ: is not a section (profile, mission, activities, presence, issues, partners, developments, faq)',
  ],
  'an unknown field': [
    'content.en.faq.subtitle: is not shown by <iom-faq> (it shows title, questions, labels, link)',
  ],
  'section given': ['content.en.faq.section: is set by where the override stands; leave it out'],
  '$schema given': [
    'content.en.faq.$schema: is not shown by <iom-faq> (it shows title, questions, labels, link)',
  ],
  '"constructor" as a language': [
    'content.constructor: is not a language of the library (en, ar, es, fr, ru, zh)',
  ],
  '"toString" as a section': [
    'content.en.toString: is not a section (profile, mission, activities, presence, issues, partners, developments, faq)',
  ],
  '"__proto__" as a language': [
    'content.__proto__: is not a language of the library (en, ar, es, fr, ru, zh)',
  ],
  '"__proto__" as a field': [
    'content.en.faq.__proto__: is not shown by <iom-faq> (it shows title, questions, labels, link)',
  ],
  '"hasOwnProperty" as a field': [
    'content.en.faq.hasOwnProperty: is not shown by <iom-faq> (it shows title, questions, labels, link)',
  ],
  '"constructor" as a label': [
    'content.en.faq.labels.constructor: is not allowed here (allowed: showAll, hideAll, copyLink, linkCopied, linkToCopy)',
  ],
  'items on the profile': [
    'content.en.profile.items: is not shown by <iom-profile> (it shows title, paragraphs, organization, link)',
  ],
  'figures on the mission': [
    'content.en.mission.figures: is not shown by <iom-mission> (it shows title, paragraphs, items, link)',
  ],
  'labels on the presence': [
    'content.en.presence.labels: is not shown by <iom-presence> (it shows title, paragraphs, figures, link)',
  ],
  'paragraphs on the FAQ': [
    'content.en.faq.paragraphs: is not shown by <iom-faq> (it shows title, questions, labels, link)',
  ],
  'questions on the developments': [
    'content.en.developments.questions: is not shown by <iom-developments> (it shows title, paragraphs, link)',
  ],
  'an organization on the issues': [
    'content.en.issues.organization: is not shown by <iom-issues> (it shows title, paragraphs, items, link)',
  ],
  'an unknown label': [
    'content.en.faq.labels.closeAll: is not allowed here (allowed: showAll, hideAll, copyLink, linkCopied, linkToCopy)',
  ],
  'an empty list of paragraphs': ['content.en.profile.paragraphs: expected at least 1 item(s), got 0'],
  'an empty list of items': ['content.en.mission.items: expected at least 1 item(s), got 0'],
  'an empty list of questions': ['content.en.faq.questions: expected at least 1 item(s), got 0'],
  'no labels': ['content.en.faq.labels: expected at least 1 field(s), got none'],
  'a list that is not a list': ['content.en.mission.items: expected an array, got an object'],
  'an entry without an id': ['content.en.presence.figures[0].id: is missing (required)'],
  'an unknown id': [
    'content.en.mission.items[0].id: has no entry "no-such-objective" (its ids: protect-rights, migration-governance, understand-challenges, international-cooperation)',
  ],
  'an id of another list': [
    'content.en.faq.questions[0].id: has no entry "member-states" (its ids: iom-and-unhcr, main-challenges, safe-migration, importance-today)',
  ],
  'an unknown field in an entry': ['content.en.presence.figures[0].colour: is not a known field'],
  'a paragraph that is not text': ['content.en.profile.paragraphs[0]: expected a string, got number 42'],
  'a number for text': ['content.en.presence.figures[0].value: expected a string, got number 175'],
  'empty text': ['content.en.faq.title: expected non-empty text'],
  'text with surrounding white space': [
    'content.en.faq.title: expected text without leading or trailing white space, got string " Questions "',
  ],
  'text of only white space': [
    'content.en.faq.title: expected text without leading or trailing white space, got string "   "',
  ],
  'a boolean for text': ['content.en.faq.title: expected a string, got boolean true'],
  'an object for text': ['content.en.faq.title: expected a string, got an object'],
  'text of 10,001 characters': [
    'content.en.developments.paragraphs[0]: expected at most 10000 characters, got 10001',
  ],
  'text of a million characters': ['content.en.faq.title: expected at most 10000 characters, got 1000000'],
  'a founding date that is not a date': [
    'content.en.profile.organization.foundingDate: expected a year or an ISO 8601 date (1951, 1951-12-05), got string "long ago"',
  ],
  'deep nesting': ['content.en.faq.labels.showAll: expected a string, got an object'],
  'a javascript: link': [
    'content.en.issues.link.href: expected an https:, http: or mailto: address, got string "javascript:alert(1)"',
  ],
  'a JavaScript: link in capitals': [
    'content.en.issues.link.href: expected an https:, http: or mailto: address, got string "JavaScript:alert(1)"',
  ],
  'a data: link': [
    'content.en.issues.link.href: expected an https:, http: or mailto: address, got string "data:text/html,<script>alert(1)</script>"',
  ],
  'a link with white space before its scheme': [
    'content.en.issues.link.href: expected an https:, http: or mailto: address, got string " https://www.iom.int/"',
  ],
  'a relative link': [
    'content.en.issues.link.href: expected an https:, http: or mailto: address, got string "/about"',
  ],
  'a link without text': ['content.en.issues.link.text: is missing (required)'],
  'one broken section among good ones': ['content.en.faq.title: expected a string, got number 42'],
  'an unknown language beside a good one': [
    'content.de: is not a language of the library (en, ar, es, fr, ru, zh)',
  ],
};
