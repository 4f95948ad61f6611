import { expect, fixture } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { IomFaq } from '../src/index.js';
import { LANGUAGES } from '../src/core/languages.js';
import { ALL_TAGS, shadowTree, shownIn } from './helpers.js';

/** Container widths an element must fit: a narrow phone column up to a wide article. */
const WIDTHS = [280, 360, 560, 720, 1000];

/** Boxes that stick out of the host sideways (visually hidden 1px text and hidden answers aside). */
function overflowing(host: Element): string[] {
  const bounds = host.getBoundingClientRect();
  return shadowTree(host)
    .filter((el) => el.checkVisibility() && !el.closest('.visually-hidden'))
    .filter((el) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && (box.left < bounds.left - 0.5 || box.right > bounds.right + 0.5);
    })
    .map((el) => `<${el.localName} class="${el.getAttribute('class') ?? ''}">`);
}

/** Each language's word segmenter, made once. */
const segmenters = new Map<string, Intl.Segmenter>();
function wordsIn(lang: string): Intl.Segmenter {
  if (!segmenters.has(lang)) segmenters.set(lang, new Intl.Segmenter(lang, { granularity: 'word' }));
  return segmenters.get(lang)!;
}

const isChinese = (lang: string): boolean => lang.split('-')[0] === 'zh';

/**
 * The parts of a word that must stay on one line, as [offset in the word, text]: the whole word,
 * except in Chinese, which breaks lines between any two Han characters, so that a word of Han
 * characters (/^\p{Script=Han}+$/u) may break anywhere; a Latin word or a number in Chinese text
 * ("173", "IOM", "1951") still may not, and in a word that mixes the two, neither may its runs of
 * other characters.
 */
function unbreakableParts(word: string, lang: string): [number, string][] {
  if (!isChinese(lang)) return [[0, word]];
  return [...word.matchAll(/[^\p{Script=Han}]+/gu)]
    .filter((run) => /[\p{L}\p{N}]/u.test(run[0]))
    .map((run) => [run.index, run[0]]);
}

/** The visible text nodes an element shows in a section, with the section. */
function* shownTextNodes(host: Element): Generator<[Text, Element, HTMLElement]> {
  for (const el of shadowTree(host)) {
    if (!el.checkVisibility() || el.closest('.visually-hidden')) continue;
    const section = el.closest('section');
    if (!section) continue;
    for (const node of el.childNodes) if (node.nodeType === Node.TEXT_NODE) yield [node as Text, el, section];
  }
}

const describeElement = (el: Element): string =>
  `<${el.localName} class="${el.getAttribute('class') ?? ''}">`;

/** The boxes a range of a text node has on the page (none for collapsed white space). */
function rectsOf(node: Text, start: number, end: number): DOMRect[] {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  return [...range.getClientRects()].filter((r) => r.width > 0);
}

/**
 * Words split across lines although the element has room for them: a word whose range has boxes
 * on more than one line, and whose whole width is no wider than its section's content box
 * (so a layout exists where it stays whole: a wider column, a smaller size). Words are the
 * language's (Intl.Segmenter in `lang`), so "migration-related" may break after its hyphen, and
 * Chinese between its characters.
 */
function brokenWords(host: Element, lang: string): string[] {
  const broken: string[] = [];
  for (const [node, el, section] of shownTextNodes(host)) {
    const sectionStyle = getComputedStyle(section);
    const room =
      section.clientWidth - parseFloat(sectionStyle.paddingLeft) - parseFloat(sectionStyle.paddingRight);
    for (const word of wordsIn(lang).segment(node.data)) {
      // WebKitGTK's segmenter calls a number in Chinese ("173") no word: letters or digits are.
      if (!word.isWordLike && !/[\p{L}\p{N}]/u.test(word.segment)) continue;
      for (const [offset, part] of unbreakableParts(word.segment, lang)) {
        const start = word.index + offset;
        const rects = rectsOf(node, start, start + part.length);
        const lines = new Set(rects.map((r) => Math.round(r.top)));
        if (lines.size < 2) continue;
        const partWidth = rects.reduce((sum, r) => sum + r.width, 0);
        if (partWidth <= room)
          broken.push(
            `"${part}" in ${describeElement(el)} (${Math.round(partWidth)} px word, ${Math.round(room)} px of room)`,
          );
      }
    }
  }
  return broken;
}

/**
 * Characters a Chinese line may not start with: closing brackets and quotes, pause and stop
 * marks, and what follows a number (the "line-start prohibited" characters of CSS Text's
 * line-break and JLREQ, as they apply to Chinese), full-width and not.
 */
const NO_LINE_START = new Set([...'、。，．：；？！）」』】〕〉》〗〙〛〞”’％‰℃］｝,.:;?!)]}%']);
/** Characters a Chinese line may not end with: opening brackets and quotes. */
const NO_LINE_END = new Set([...'（「『【〔〈《〖〘〚〝“‘［｛([{']);

/**
 * Lines of Chinese that start or end where Chinese may not break (kinsoku): a line is found by
 * the boxes of each character, one whose box's top is below the previous character's starting a
 * line (and the previous one ending the line before).
 */
function badLineBreaks(host: Element): string[] {
  const bad: string[] = [];
  for (const [node, el] of shownTextNodes(host)) {
    const text = node.data;
    let previous: { ch: string; index: number; rect: DOMRect } | undefined;
    for (let index = 0; index < text.length;) {
      const ch = String.fromCodePoint(text.codePointAt(index)!);
      const rects = /\s/u.test(ch) ? [] : rectsOf(node, index, index + ch.length);
      if (rects.length) {
        const rect = rects[0];
        if (previous && rect.top > previous.rect.top + previous.rect.height / 2) {
          const around = `"${text.slice(Math.max(0, previous.index - 6), previous.index + 1)}⏎${text.slice(index, index + 6)}" in ${describeElement(el)}`;
          if (NO_LINE_START.has(ch)) bad.push(`a line starts with "${ch}": ${around}`);
          if (NO_LINE_END.has(previous.ch)) bad.push(`a line ends with "${previous.ch}": ${around}`);
        }
        previous = { ch, index, rect: rects[rects.length - 1] };
      }
      index += ch.length;
    }
  }
  return bad;
}

/** The default look, and the README's newspaper theme: a wide serif at 17px. */
const THEMES: Record<string, string> = {
  default: '',
  newspaper: "--iom-font-family: Georgia, 'Times New Roman', serif; --iom-font-size: 17px",
};

describe('at every container width, in every language and theme', () => {
  // One test per element, language and width, each in both themes: a test of all six languages
  // (the overview's, at 720 px) took WebKitGTK past the 10 s a test has.
  for (const tag of ALL_TAGS) {
    for (const lang of LANGUAGES) {
      for (const width of WIDTHS) {
        it(`<${tag} lang="${lang}"> at ${width} px: nothing overflows, no word breaks that would fit a line${isChinese(lang) ? ', lines break as Chinese does' : ''}`, async () => {
          for (const theme of Object.keys(THEMES)) {
            const wrapper = await fixture<HTMLElement>(
              staticHtml`<div style="inline-size: ${width}px; ${unsafeStatic(THEMES[theme])}"><${unsafeStatic(tag)} lang=${lang}></${unsafeStatic(tag)}></div>`,
            );
            const el = wrapper.firstElementChild!;
            if (tag !== 'iom-overview') await shownIn(el, lang);
            else
              await Promise.all(
                [...el.shadowRoot!.querySelectorAll('section > *')].map((s) => shownIn(s, lang)),
              );
            const faqs = (
              el instanceof IomFaq ? [el] : shadowTree(el).filter((e) => e instanceof IomFaq)
            ) as IomFaq[];
            for (const faq of faqs) {
              faq.showAll();
              await faq.updateComplete;
            }
            expect(el.getBoundingClientRect().width, `${width} px, ${theme}: width`).to.be.at.most(width);
            expect(overflowing(el), `${width} px, ${theme}: boxes sticking out`).to.deep.equal([]);
            expect(brokenWords(el, lang), `${width} px, ${theme}: words broken mid-word`).to.deep.equal([]);
            if (isChinese(lang))
              expect(
                badLineBreaks(el),
                `${width} px, ${theme}: lines starting or ending where Chinese may not break`,
              ).to.deep.equal([]);
          }
        });
      }
    }
  }
});

const columns: HTMLElement[] = [];

/** A host whose shadow root shows `text` in a section, in a column `width` wide, as a test's own. */
function columnOf(text: string, width: string, lineBreak: string): HTMLElement {
  const host = document.createElement('div');
  host.attachShadow({ mode: 'open' }).innerHTML =
    `<section lang="zh" style="padding: 0; font: 16px 'Noto Sans CJK SC', sans-serif">` +
    `<p style="margin: 0; inline-size: ${width}; line-break: ${lineBreak}">${text}</p></section>`;
  document.body.append(host);
  columns.push(host);
  return host;
}

describe('the Chinese line rules can fail', () => {
  afterEach(() => columns.splice(0).forEach((host) => host.remove()));

  it('they find a line that starts with a closing mark or ends with an opening one, where breaking is allowed anywhere', () => {
    const host = columnOf('一二三四五，六七八（九十', '5.2em', 'anywhere');
    expect(badLineBreaks(host)).to.deep.equal([
      'a line starts with "，": "一二三四五⏎，六七八（九" in <p class="">',
      'a line ends with "（": "四五，六七八（⏎九十" in <p class="">',
    ]);
  });

  it('and none where the engine breaks Chinese as it should', () => {
    expect(badLineBreaks(columnOf('一二三四五，六七八（九十', '5.2em', 'auto'))).to.deep.equal([]);
  });

  it('a number split across lines is a broken word in Chinese, Han characters split are not', () => {
    const host = columnOf('一二三四173五六七八九', '5.2em', 'anywhere');
    expect(brokenWords(host, 'zh').map((found) => found.split(' in ')[0])).to.deep.equal(['"173"']);
  });
});
