#!/usr/bin/env node
// The package's command: `iom-elements render <tag>…` prerenders elements to HTML,
// `iom-elements render-page <file.html>…` expands the elements of whole pages, and
// `iom-elements stylesheets <dir>` writes the shadow roots' stylesheets for a strict CSP.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  BOOLEAN_ATTRIBUTES,
  FORMATS,
  RENDER_ATTRIBUTES,
  RenderError,
  TAGS,
  optionsFromAttributes,
  takesAttribute,
  renderHtml,
  renderToString,
  stylesheetOf,
} from '../dist/render.js';

const HELP = `Usage:
  iom-elements render <tag>... [options]    prerender elements to HTML
  iom-elements render-page <file.html>... (--in-place | --out-dir <dir>) [--format <format>]
               [--stylesheets <url>]        expand every element of whole pages, in place or
                                            into <dir>
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

Options of render-page (each element takes its own attributes, the nearest lang and the
settings of the <iom-provider> around it; nothing else in the files changes):
  --in-place               rewrite the files
  --out-dir <dir>          write each file, by the same name, into <dir>
  --format, --stylesheets  as for render, for every element of every file

Exit codes: 0 done; 2 bad input (an unknown tag, language, level, theme, format, question or
section, or an overrides file that is missing, not JSON or breaks the rules; for render-page, a
file that is missing or not UTF-8, or an element or provider in it that cannot be rendered,
named with its line and column), with one line on standard error saying what. render-page
renders every file before it writes any: on bad input, no file is written.`;

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

/** Reads a page: UTF-8 text (a byte order mark kept), or bad input. */
function readPage(path) {
  let bytes;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    fail(`${path}: cannot be read (${error.code ?? error.message}).`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    fail(`${path}: is not UTF-8 text.`);
  }
}

/**
 * `render-page`: every file rendered in memory first, so that bad input anywhere leaves every
 * file as it was; then each written whole.
 */
async function renderPages(files) {
  const given = (name) => values[name] !== undefined && values[name] !== false;
  const elementOptions = [...Object.keys(RENDER_ATTRIBUTES), 'overrides', 'out'].filter(given);
  if (elementOptions.length)
    fail(
      `--${elementOptions[0]} is not an option of render-page (each element takes its own attributes; see --help).`,
    );
  if (files.length === 0) fail('render-page needs at least one HTML file.');
  if (given('in-place') === given('out-dir'))
    fail(
      given('in-place')
        ? 'render-page takes --in-place or --out-dir <dir>, not both.'
        : 'render-page needs --in-place (rewrite the files) or --out-dir <dir> (write them there).',
    );
  const targets = files.map((file) => (values['in-place'] ? file : join(values['out-dir'], basename(file))));
  const seen = new Map();
  targets.forEach((target, index) => {
    const other = seen.get(resolve(target));
    if (other !== undefined) fail(`${files[other]} and ${files[index]} would both be written to ${target}.`);
    seen.set(resolve(target), index);
  });
  const pages = [];
  for (const file of files) {
    const html = readPage(file);
    try {
      pages.push({
        html,
        rendered: await renderHtml(html, { format: values.format, stylesheets: values.stylesheets }),
      });
    } catch (error) {
      // A problem of the options (a format) is no file's; one in a page says where it is.
      if (error instanceof RenderError && error.line !== undefined) fail(`${file}: ${error.message}`);
      throw error;
    }
  }
  pages.forEach(({ html, rendered }, index) => {
    // In place, a file with nothing to expand is left as it was (its time stamp too).
    if (values['in-place'] && rendered === html) return;
    writeWhole(targets[index], rendered);
  });
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
      'in-place': { type: 'boolean' },
      'out-dir': { type: 'string' },
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
    for (const name of ['in-place', 'out-dir'])
      if (values[name] !== undefined)
        fail(`--${name} is for render-page (render writes to --out or standard output).`);
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
  } else if (command === 'render-page') {
    await renderPages(args);
  } else if (command === 'stylesheets') {
    if (args.length !== 1) fail('stylesheets needs one folder to write into.');
    for (const tag of TAGS) writeWhole(join(args[0], `${tag}.css`), `${stylesheetOf(tag)}\n`);
  } else {
    fail(
      command
        ? `unknown command "${command}" (render, render-page, stylesheets; see --help).`
        : 'no command (see --help).',
    );
  }
} catch (error) {
  if (error instanceof RenderError) fail(error.message);
  throw error;
}
