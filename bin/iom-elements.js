#!/usr/bin/env node
// The package's command: `iom-elements render <tag>…` prerenders elements to HTML, and
// `iom-elements stylesheets <dir>` writes the shadow roots' stylesheets for a strict CSP.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  BOOLEAN_ATTRIBUTES,
  FORMATS,
  RENDER_ATTRIBUTES,
  RenderError,
  TAGS,
  optionsFromAttributes,
  takesAttribute,
  renderToString,
  stylesheetOf,
} from '../dist/render.js';

const HELP = `Usage:
  iom-elements render <tag>... [options]    prerender elements to HTML
  iom-elements stylesheets <dir>            write each element's stylesheet (<tag>.css) into <dir>

Tags: ${TAGS.join(', ')}.

Options of render (several tags are rendered one after another, each with these options):
  --format <format>        ${FORMATS.join(' or ')}: declarative shadow DOM that the script hydrates
                           (default), or plain light-DOM HTML for CMSs that sanitize
  --lang <lang>            the content's language: en, es, fr (fr-CA reads as fr); default en
  --heading <text>         replaces the element's title (iom-overview: a heading of its own)
  --heading-level <n>      the level (1-6) of the element's own heading; default 2
  --theme <theme>          light or dark; default: the page's color-scheme
  --open <ids>             iom-faq: the answers shown at first, space- or comma-separated, or all
  --single                 iom-faq: one answer at a time (no "Show all")
  --structured-data        iom-faq, iom-profile: schema.org JSON-LD for crawlers (dsd format)
  --sections <names>       iom-overview: the sections to show, in order
  --overrides <file>       content overrides (JSON), checked as <iom-provider> checks them
  --stylesheets <url>      dsd: link each shadow root's styles from <url>/<tag>.css, a folder
                           on your site, instead of an inline <style> (for style-src 'self';
                           the stylesheets command writes the files)
  --out <file>             write to <file> (whole, or not at all) instead of standard output
  -h, --help               this help

Exit codes: 0 done; 2 bad input (an unknown tag, language, level, theme, format, question or
section, or an overrides file that is missing, not JSON or breaks the rules), with one line on
standard error saying what.`;

/** Bad input: one line on standard error, exit code 2, nothing written. */
function fail(message) {
  process.stderr.write(`iom-elements: ${message.replace(/\s*\n\s*/g, '; ')}\n`);
  process.exit(2);
}

/** Writes a file whole or not at all: to a temporary name beside it, then renamed into place. */
function writeWhole(path, text) {
  const target = resolve(path);
  mkdirSync(dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

function readOverrides(path) {
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    fail(`--overrides ${path}: cannot be read (${error.code ?? error.message}).`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    fail(`--overrides ${path}: is not valid JSON: ${error.message}`);
  }
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      // The element's attributes, by their own names (`--heading-level 3`, `--single`).
      ...Object.fromEntries(
        Object.keys(RENDER_ATTRIBUTES).map((name) => [
          name,
          { type: BOOLEAN_ATTRIBUTES.includes(name) ? 'boolean' : 'string' },
        ]),
      ),
      format: { type: 'string' },
      overrides: { type: 'string' },
      stylesheets: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  fail(`${error.message} (see iom-elements --help)`);
}
const { values, positionals } = parsed;
const [command, ...args] = positionals;

if (values.help || command === 'help') {
  process.stdout.write(`${HELP}\n`);
  process.exit(0);
}

try {
  if (command === 'render') {
    if (args.length === 0) fail(`render needs at least one tag (${TAGS.join(', ')}).`);
    const options = {
      ...optionsFromAttributes(
        Object.fromEntries(Object.keys(RENDER_ATTRIBUTES).map((name) => [name, values[name]])),
      ),
      format: values.format,
      stylesheets: values.stylesheets,
      ...(values.overrides === undefined
        ? {}
        : { overrides: readOverrides(values.overrides), overridesSource: values.overrides }),
    };
    // `--open` is the FAQ's, `--sections` the overview's and so on: with several tags, each takes
    // its own (an option no tag takes is refused, by the first tag).
    const parts = [];
    for (const tag of args) {
      const own = { ...options };
      for (const [name, option] of Object.entries(RENDER_ATTRIBUTES))
        if (!takesAttribute(tag, name) && args.some((other) => takesAttribute(other, name)))
          own[option] = undefined;
      parts.push(await renderToString(tag, own));
    }
    const html = `${parts.join('\n')}\n`;
    if (values.out) writeWhole(values.out, html);
    else process.stdout.write(html);
  } else if (command === 'stylesheets') {
    if (args.length !== 1) fail('stylesheets needs one folder to write into.');
    for (const tag of TAGS) writeWhole(join(args[0], `${tag}.css`), `${stylesheetOf(tag)}\n`);
  } else {
    fail(
      command
        ? `unknown command "${command}" (render, stylesheets; see --help).`
        : 'no command (see --help).',
    );
  }
} catch (error) {
  if (error instanceof RenderError) fail(error.message);
  throw error;
}
