import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { engine, shownIn } from './helpers.js';
import arActivities from '../content/ar/activities.json';
import arDevelopments from '../content/ar/developments.json';
import arFaq from '../content/ar/faq.json';
import arIssues from '../content/ar/issues.json';
import arMission from '../content/ar/mission.json';
import arPartners from '../content/ar/partners.json';
import arPresence from '../content/ar/presence.json';
import arProfile from '../content/ar/profile.json';
import ruActivities from '../content/ru/activities.json';
import ruDevelopments from '../content/ru/developments.json';
import ruFaq from '../content/ru/faq.json';
import ruIssues from '../content/ru/issues.json';
import ruMission from '../content/ru/mission.json';
import ruPartners from '../content/ru/partners.json';
import ruPresence from '../content/ru/presence.json';
import ruProfile from '../content/ru/profile.json';
import zhActivities from '../content/zh/activities.json';
import zhDevelopments from '../content/zh/developments.json';
import zhFaq from '../content/zh/faq.json';
import zhIssues from '../content/zh/issues.json';
import zhMission from '../content/zh/mission.json';
import zhPartners from '../content/zh/partners.json';
import zhPresence from '../content/zh/presence.json';
import zhProfile from '../content/zh/profile.json';

/*
 * Whether the text of the languages in scripts other than Latin is drawn with real glyphs in
 * this engine and on this system, or falls back to boxes ("tofu"). Each character of a language's
 * content is drawn on a canvas in the font stack the elements give that language, and compared
 * with how the same stack draws code points no font has (.notdef).
 */

/** Every file of each language's content, as the elements are given it. */
const CONTENT = {
  ar: [arActivities, arDevelopments, arFaq, arIssues, arMission, arPartners, arPresence, arProfile],
  zh: [zhActivities, zhDevelopments, zhFaq, zhIssues, zhMission, zhPartners, zhPresence, zhProfile],
  ru: [ruActivities, ruDevelopments, ruFaq, ruIssues, ruMission, ruPartners, ruPresence, ruProfile],
};

/** Keys whose values are no text a reader sees. */
const NOT_TEXT = new Set(['$schema', 'section', 'id', 'href', 'foundingDate']);

/** Every distinct character other than white space in a piece of content, in order of appearance. */
function charactersOf(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    for (const ch of value) if (!/\s/u.test(ch)) found.add(ch);
  } else if (Array.isArray(value)) {
    for (const item of value) charactersOf(item, found);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) if (!NOT_TEXT.has(key)) charactersOf(item, found);
  }
  return found;
}

const CHARACTERS = Object.fromEntries(
  Object.entries(CONTENT).map(([lang, files]) => [lang, [...charactersOf(files)]]),
) as Record<keyof typeof CONTENT, string[]>;

/**
 * Unassigned code points, which no font has a glyph for: how an engine draws what it has no glyph
 * for. Their hexadecimal digits differ in every place from one another's (Firefox writes them in
 * its box), and they are not default-ignorable (which would be drawn as nothing at all). Those
 * of the Basic Multilingual Plane and those beyond it apart: Firefox's box for a code point of
 * five hexadecimal digits is not that for one of four.
 */
const UNASSIGNED = {
  bmp: [0x0378, 0x2fe0, 0xd7fc].map((cp) => String.fromCodePoint(cp)),
  astral: [0x2fffd, 0x5a5a5, 0xc1234].map((cp) => String.fromCodePoint(cp)),
};
type Plane = keyof typeof UNASSIGNED;
const planeOf = (ch: string): Plane => (ch.codePointAt(0)! > 0xffff ? 'astral' : 'bmp');

/** Other unassigned code points, not among those: the self-check's characters without a glyph. */
const NO_GLYPH = [0x0530, 0x05ff, 0xd7ff, 0x7abcd, 0x9e0f1].map((cp) => String.fromCodePoint(cp));

/** A font stack that cannot exist: only the engine's own fallback draws in it. */
const NO_SUCH_FONT = "'iom-elements no such font'";

const SIZE = 96;
const canvas = document.createElement('canvas');
canvas.width = SIZE;
canvas.height = SIZE;
const ctx = canvas.getContext('2d', { willReadFrequently: true })!;

/** Sets the canvas's font, failing if the engine did not take it (it would keep 10px sans-serif). */
function useFont(fontFamily: string): void {
  ctx.font = `32px ${fontFamily}`;
  expect(ctx.font, `the canvas font for ${fontFamily}`).to.match(/^32px /);
}

/** The pixels of one character drawn at 32px in the canvas's font, black on transparent. */
function bitmap(ch: string): Uint8ClampedArray {
  ctx.clearRect(0, 0, SIZE, SIZE);
  ctx.fillStyle = '#000';
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(ch, 24, 64);
  return ctx.getImageData(0, 0, SIZE, SIZE).data;
}

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** What the font draws for a code point it has no glyph for. */
interface Notdef {
  /** The first unassigned code point's pixels. */
  box: Uint8ClampedArray;
  /**
   * The rectangle in which unassigned code points are drawn differently from one another, if
   * they are: Firefox writes each one's hexadecimal digits in its box, as close as 1 px to its
   * frame where the font is narrow (Noto Sans Arabic).
   */
  varying?: Rect;
}

const pixelDiffers = (a: Uint8ClampedArray, b: Uint8ClampedArray, i: number): boolean =>
  a[i] !== b[i] || a[i + 1] !== b[i + 1] || a[i + 2] !== b[i + 2] || a[i + 3] !== b[i + 3];

/** How the canvas's font draws code points no font has, in a plane. */
function notdef(plane: Plane): Notdef {
  const [box, ...others] = UNASSIGNED[plane].map(bitmap);
  let varying: Rect | undefined;
  for (const other of others) {
    for (let i = 0; i < box.length; i += 4) {
      if (!pixelDiffers(box, other, i)) continue;
      const x = (i / 4) % SIZE;
      const y = Math.floor(i / 4 / SIZE);
      varying = {
        left: Math.min(varying?.left ?? x, x),
        top: Math.min(varying?.top ?? y, y),
        right: Math.max(varying?.right ?? x, x),
        bottom: Math.max(varying?.bottom ?? y, y),
      };
    }
  }
  return { box, varying };
}

const drawsNothing = (pixels: Uint8ClampedArray): boolean => pixels.every((v, i) => i % 4 !== 3 || v === 0);

/** The bounds of what a bitmap draws (its pixels that are not transparent). */
function inkBounds(pixels: Uint8ClampedArray): Rect | undefined {
  let ink: Rect | undefined;
  for (let i = 3; i < pixels.length; i += 4) {
    if (!pixels[i]) continue;
    const x = ((i - 3) / 4) % SIZE;
    const y = Math.floor((i - 3) / 4 / SIZE);
    ink = {
      left: Math.min(ink?.left ?? x, x),
      top: Math.min(ink?.top ?? y, y),
      right: Math.max(ink?.right ?? x, x),
      bottom: Math.max(ink?.bottom ?? y, y),
    };
  }
  return ink;
}

/**
 * Whether a character is drawn as .notdef: nothing at all, or pixel for pixel the box unassigned
 * code points are drawn as (outside the part of it that differs between them, if any).
 */
function hasNoGlyph(ch: string, references: Record<Plane, Notdef>): boolean {
  const pixels = bitmap(ch);
  if (drawsNothing(pixels)) return true;
  const { box, varying } = references[planeOf(ch)];
  for (let i = 0; i < pixels.length; i += 4) {
    const x = (i / 4) % SIZE;
    const y = Math.floor(i / 4 / SIZE);
    if (varying && x >= varying.left && x <= varying.right && y >= varying.top && y <= varying.bottom)
      continue;
    if (pixelDiffers(pixels, box, i)) return false;
  }
  return true;
}

const codePoint = (ch: string): string =>
  `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The characters that a font stack draws as .notdef, named with their code points. */
function withoutGlyphs(characters: string[], fontFamily: string): string[] {
  useFont(fontFamily);
  const references = { bmp: notdef('bmp'), astral: notdef('astral') };
  for (const [plane, { box }] of Object.entries(references))
    expect(drawsNothing(box), `${fontFamily}: .notdef (${plane}) draws something`).to.equal(false);
  return characters.filter((ch) => hasNoGlyph(ch, references)).map((ch) => `${ch} (${codePoint(ch)})`);
}

/** The font stack a section of the elements is given in `lang`, as computed. */
async function fontStackOf(lang: string): Promise<string> {
  const el = await fixture(html`<iom-faq lang=${lang}></iom-faq>`);
  return getComputedStyle(await shownIn(el, lang)).fontFamily;
}

describe('glyphs: the text in Arabic, Chinese and Russian is drawn in real glyphs, not boxes', () => {
  for (const [lang, characters] of Object.entries(CHARACTERS)) {
    it(`${lang}: all ${characters.length} distinct characters of its content have glyphs in its font stack`, async () => {
      const fontFamily = await fontStackOf(lang);
      console.log(`glyphs (${engine()}): ${lang}, ${characters.length} characters checked in ${fontFamily}`);
      expect(withoutGlyphs(characters, fontFamily), `${lang}: characters drawn as .notdef`).to.deep.equal([]);
    });
  }

  it('the check finds a character without a glyph, in each stack and in one that cannot exist', async () => {
    for (const lang of Object.keys(CHARACTERS)) {
      const sample = [...CHARACTERS[lang as keyof typeof CHARACTERS].slice(0, 10), 'A', ...NO_GLYPH];
      for (const fontFamily of [await fontStackOf(lang), NO_SUCH_FONT]) {
        expect(withoutGlyphs(sample, fontFamily), `${lang}: ${fontFamily}`).to.deep.equal(
          NO_GLYPH.map((ch) => `${ch} (${codePoint(ch)})`),
        );
      }
    }
  });

  // How each engine draws a code point no font has, pinned, so that the comparison above is known
  // to compare what it means to. Chromium and WebKitGTK draw the font's .notdef glyph, the same
  // box for every such code point; Firefox draws a box of its own with the code point's
  // hexadecimal digits inside, so only the box around the digits is the same from one to another.
  const HOW = {
    chromium: 'the same box for every one',
    webkit: 'the same box for every one',
    firefox: 'a box with its hexadecimal digits inside',
  } as const;
  it(`${engine()} draws a code point no font has as ${HOW[engine()]}`, async () => {
    for (const [fontFamily, plane] of ['ar', 'zh', 'ru', NO_SUCH_FONT].flatMap((stack) =>
      (['bmp', 'astral'] as const).map((p) => [stack, p] as const),
    )) {
      const stack = fontFamily === NO_SUCH_FONT ? fontFamily : await fontStackOf(fontFamily);
      useFont(stack);
      const { box, varying } = notdef(plane);
      const ink = inkBounds(box);
      const what = `${fontFamily} (${plane})`;
      expect(ink, `${what}: ink`).not.to.equal(undefined);
      if (engine() === 'firefox') {
        expect(varying, `${what}: where the boxes differ`).not.to.equal(undefined);
        // The digits are inside the box's frame, which is the same for every code point.
        expect(varying!.left, what).to.be.above(ink!.left);
        expect(varying!.right, what).to.be.below(ink!.right);
        expect(varying!.top, what).to.be.above(ink!.top);
        expect(varying!.bottom, what).to.be.below(ink!.bottom);
      } else {
        expect(varying, `${what}: where the boxes differ`).to.equal(undefined);
      }
    }
  });
});
