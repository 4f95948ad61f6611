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

const words = new Intl.Segmenter('en', { granularity: 'word' });

/**
 * Words split across lines although the element has room for them: a word whose range has boxes
 * on more than one line, and whose whole width is no wider than its section's content box
 * (so a layout exists where it stays whole: a wider column, a smaller size). Words are the
 * language's (Intl.Segmenter), so "migration-related" may break after its hyphen.
 */
function brokenWords(host: Element): string[] {
  const broken: string[] = [];
  for (const el of shadowTree(host)) {
    if (!el.checkVisibility() || el.closest('.visually-hidden')) continue;
    const section = el.closest('section');
    if (!section) continue;
    const sectionStyle = getComputedStyle(section);
    const room =
      section.clientWidth - parseFloat(sectionStyle.paddingLeft) - parseFloat(sectionStyle.paddingRight);
    for (const node of el.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE) continue;
      const text = node.textContent ?? '';
      for (const word of words.segment(text)) {
        if (!word.isWordLike) continue;
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word.segment.length);
        const lines = new Set(
          [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
        );
        if (lines.size < 2) continue;
        const wordWidth = [...range.getClientRects()].reduce((sum, r) => sum + r.width, 0);
        if (wordWidth <= room)
          broken.push(
            `"${word.segment}" in <${el.localName} class="${el.getAttribute('class') ?? ''}"> (${Math.round(wordWidth)} px word, ${Math.round(room)} px of room)`,
          );
      }
    }
  }
  return broken;
}

/** The default look, and the README's newspaper theme: a wide serif at 17px. */
const THEMES: Record<string, string> = {
  default: '',
  newspaper: "--iom-font-family: Georgia, 'Times New Roman', serif; --iom-font-size: 17px",
};

describe('at every container width, in every language and theme', () => {
  for (const tag of ALL_TAGS) {
    for (const width of WIDTHS) {
      it(`<${tag}> at ${width} px: nothing overflows, no word breaks that would fit a line`, async () => {
        for (const [lang, theme] of LANGUAGES.flatMap((l) =>
          Object.keys(THEMES).map((t) => [l, t] as const),
        )) {
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
          expect(el.getBoundingClientRect().width, `${lang}, ${theme}: width`).to.be.at.most(width);
          expect(overflowing(el), `${lang}, ${theme}: boxes sticking out`).to.deep.equal([]);
          expect(brokenWords(el), `${lang}, ${theme}: words broken mid-word`).to.deep.equal([]);
        }
      });
    }
  }
});
