// docs/benchmarks.md is written by several measurements, each owning one section between
// `<!-- begin: name -->` and `<!-- end: name -->`: a run rewrites its own and keeps the others.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'prettier';

const root = new URL('..', import.meta.url).pathname;
const file = join(root, 'docs/benchmarks.md');
/** The sections in the order they appear in the file, whichever runs first. */
const ORDER = ['render', 'prerender', 'lighthouse', 'wordpress'];

export async function writeBenchmarkSection(name, markdown) {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const sections = {};
  for (const match of text.matchAll(/<!-- begin: ([a-z]+) -->\n([\s\S]*?)<!-- end: \1 -->/g))
    sections[match[1]] = match[2];
  sections[name] = `${markdown.trim()}\n`;
  const body = ORDER.filter((key) => sections[key])
    .map((key) => `<!-- begin: ${key} -->\n${sections[key]}<!-- end: ${key} -->`)
    .join('\n\n');
  mkdirSync(join(root, 'docs'), { recursive: true });
  // Formatted as the repository's Prettier check wants it.
  writeFileSync(file, await format(`# Benchmarks\n\n${body}\n`, { parser: 'markdown' }));
}
