import type { RenderResult } from '@lit-labs/ssr';

/**
 * The start of a declarative shadow root as @lit-labs/ssr 4.1 writes it, one chunk of its
 * output: `<template shadowroot="open" shadowrootmode="open"`. `shadowroot` is the pre-standard
 * attribute (Chrome 90–110 only); every browser of the support table that reads declarative
 * shadow DOM at all reads `shadowrootmode`, and the W3C checker flags the old one as an error.
 */
const LIT_SHADOW_ROOT = /^<template shadowroot="(open|closed)" (shadowrootmode="\1")/;

/**
 * What lit-html puts after a template's last expression when nothing follows it, and Lit's SSR
 * writes as it is: `<?>`, which the HTML parser reads as a comment holding `?` (with a parse
 * error, which the checker reports). `<!--?-->` is that very comment, spelled validly: the
 * same DOM, so hydration finds what it expects.
 */
const LIT_END_MARKER = /<\?>/g;

/** A chunk of Lit's static markup, written as valid HTML. */
const valid = (chunk: string): string =>
  chunk.replace(LIT_SHADOW_ROOT, '<template $2').replace(LIT_END_MARKER, '<!--?-->');

/**
 * Lit's `collectResult` for `render()`'s output, written as valid HTML that parses to the same
 * DOM: each shadow root's start as the HTML standard has it (`<template shadowrootmode="open">`)
 * and lit-html's end-of-template marker as a comment. Only Lit's own markup can match: the
 * content's words come in chunks of their own, escaped (no `<` in them).
 */
export async function collectHtml(result: RenderResult): Promise<string> {
  let html = '';
  for (const chunk of result) {
    const value = typeof chunk === 'string' ? chunk : await chunk;
    html += typeof value === 'string' ? valid(value) : await collectHtml(value);
  }
  return html;
}
