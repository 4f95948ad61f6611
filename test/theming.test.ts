import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { IomFaq } from '../src/index.js';
import { ALL_TAGS, contrast, inShadow, presenceIn, shownIn } from './helpers.js';

const css = (el: Element) => getComputedStyle(el);

/** The computed value a private token resolves to inside an element, in its current scheme. */
function token(el: HTMLElement, name: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(--_iom-${name})`;
  el.shadowRoot!.append(probe);
  const value = css(probe).color;
  probe.remove();
  return value;
}

describe('theming with --iom-* custom properties', () => {
  afterEach(() => document.documentElement.style.removeProperty('--iom-color-accent'));

  it('a property set on the page restyles the element', async () => {
    const el = await fixture<HTMLElement>(html`<iom-presence></iom-presence>`);
    const before = css(inShadow(el, '.value')[0]).color;
    document.documentElement.style.setProperty('--iom-color-accent', 'rgb(150, 20, 60)');
    expect(css(inShadow(el, '.value')[0]).color).to.equal('rgb(150, 20, 60)');
    expect(before).not.to.equal('rgb(150, 20, 60)');
  });

  it('on an ancestor or on the element itself, the nearest one wins', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="--iom-color-text: rgb(10, 60, 10)">
        <iom-profile></iom-profile><iom-profile style="--iom-color-text: rgb(90, 0, 0)"></iom-profile>
      </div>`,
    );
    const [onAncestor, onElement] = wrapper.querySelectorAll('iom-profile');
    expect(css(inShadow(onAncestor, 'p')[0]).color).to.equal('rgb(10, 60, 10)');
    expect(css(inShadow(onElement, 'p')[0]).color).to.equal('rgb(90, 0, 0)');
  });

  it('sizes everything from --iom-font-size, in em', async () => {
    const el = await fixture<HTMLElement>(html`<iom-mission style="--iom-font-size: 20px"></iom-mission>`);
    expect(css(el).fontSize).to.equal('20px');
    expect(css(inShadow(el, 'h2')[0]).fontSize).to.equal('30px');
    expect(css(inShadow(el, 'section')[0]).paddingTop).to.equal('20px');
  });

  it('--iom-space, --iom-radius, --iom-line-height and --iom-max-width apply', async () => {
    const el = await fixture<HTMLElement>(
      html`<iom-presence
        style="--iom-space: 10px; --iom-radius: 3px; --iom-line-height: 2; --iom-max-width: 300px"
      ></iom-presence>`,
    );
    expect(css(inShadow(el, 'section')[0]).paddingTop).to.equal('10px');
    expect(css(inShadow(el, '.figure')[0]).borderTopLeftRadius).to.equal('3px');
    expect(css(el).lineHeight).to.equal('32px');
    expect(el.getBoundingClientRect().width).to.equal(300);
  });

  it('uses its own font unless the page opts in: `font-family: inherit` on the element', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="font-family: Georgia, serif">
        <style>
          .blend {
            font-family: inherit;
          }
        </style>
        <iom-faq></iom-faq><iom-faq class="blend"></iom-faq>
      </div>`,
    );
    const [own, blended] = wrapper.querySelectorAll('iom-faq');
    expect(css(own).fontFamily).to.include('system-ui');
    for (const part of [blended, inShadow(blended, 'h2')[0], inShadow(blended, 'button.question')[0]]) {
      expect(css(part).fontFamily).to.equal('Georgia, serif');
    }
  });

  it('--iom-font-family and --iom-font-family-heading set the body and heading fonts', async () => {
    const el = await fixture<HTMLElement>(
      html`<iom-faq
        style="--iom-font-family: Verdana, sans-serif; --iom-font-family-heading: Georgia, serif"
      ></iom-faq>`,
    );
    expect(css(el).fontFamily).to.equal('Verdana, sans-serif');
    expect(css(inShadow(el, 'h2')[0]).fontFamily).to.equal('Georgia, serif');
    expect(css(inShadow(el, 'button.question')[0]).fontFamily).to.equal('Georgia, serif');
    expect(css(inShadow(el, '.answer p')[0]).fontFamily).to.equal('Verdana, sans-serif');
  });

  it('parts can be styled from the page with ::part()', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <style>
          .parts::part(question) {
            color: rgb(1, 2, 3);
          }
          .parts::part(figure-value) {
            color: rgb(4, 5, 6);
          }
          .parts::part(heading) {
            text-transform: uppercase;
          }
        </style>
        <iom-faq class="parts"></iom-faq><iom-presence class="parts"></iom-presence>
      </div>`,
    );
    const faq = wrapper.querySelector<IomFaq>('iom-faq')!;
    const presence = wrapper.querySelector('iom-presence')!;
    expect(css(inShadow(faq, 'button.question')[0]).color).to.equal('rgb(1, 2, 3)');
    expect(css(inShadow(presence, '.value')[0]).color).to.equal('rgb(4, 5, 6)');
    expect(css(inShadow(presence, 'h2')[0]).textTransform).to.equal('uppercase');
  });
});

describe('light and dark', () => {
  const pair = presenceIn;
  const textColor = (el: HTMLElement) => css(el).color;

  it('is light when the page declares nothing, dark when the page is dark', async () => {
    const light = await pair('normal');
    const dark = await pair('dark');
    expect(textColor(light)).not.to.equal(textColor(dark));
    expect(contrast(textColor(light), 'rgb(255, 255, 255)')).to.be.greaterThan(10);
    expect(contrast(textColor(dark), 'rgb(0, 0, 0)')).to.be.greaterThan(10);
  });

  it("follows the reader's light preference when the page declares `color-scheme: light dark`", async () => {
    // test/media/dark.test.ts checks the dark preference.
    expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(false);
    const light = await pair('light');
    const dark = await pair('dark');
    const both = await pair('light dark');
    expect(textColor(both)).to.equal(textColor(light));
    expect(textColor(both)).not.to.equal(textColor(dark));
  });

  it('`theme` forces a scheme whatever the page says', async () => {
    const dark = await pair('dark');
    const light = await pair('light');
    expect(textColor(await pair('light', 'dark'))).to.equal(textColor(dark));
    expect(textColor(await pair('dark', 'light'))).to.equal(textColor(light));
  });

  for (const theme of ['light', 'dark']) {
    it(`meets WCAG 2.2 AA contrast in ${theme}: every text colour on every surface`, async () => {
      const el = await fixture<HTMLElement>(html`<iom-presence theme=${theme}></iom-presence>`);
      const surfaces = ['color-surface', 'color-surface-raised'];
      for (const text of ['color-text', 'color-text-muted', 'color-accent']) {
        for (const surface of surfaces) {
          const ratio = contrast(token(el, text), token(el, surface));
          expect(ratio, `${text} on ${surface}`).to.be.at.least(4.5);
        }
      }
      expect(contrast(token(el, 'color-on-accent'), token(el, 'color-accent')), 'on-accent').to.be.at.least(
        4.5,
      );
      for (const surface of surfaces) {
        expect(contrast(token(el, 'color-focus'), token(el, surface)), `focus on ${surface}`).to.be.at.least(
          3,
        );
      }
      await expect(el).to.be.accessible();
    });
  }
});

describe('the default media state', () => {
  // test/media/ covers the other states; here the browser is in none of them.
  it("is light, with motion, the page's own colours, on screen", () => {
    expect(matchMedia('(prefers-color-scheme: dark)').matches, 'dark').to.equal(false);
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches, 'reduced motion').to.equal(false);
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours').to.equal(false);
    expect(matchMedia('print').matches, 'print').to.equal(false);
  });

  it('the FAQ chevron turns with a transition', async () => {
    const el = await fixture<HTMLElement>(html`<iom-faq></iom-faq>`);
    expect(css(inShadow(el, '.icon')[0]).transitionDuration).not.to.equal('0s');
  });

  it('closed FAQ answers are not shown on screen', async () => {
    const faq = await fixture<HTMLElement>(html`<iom-faq></iom-faq>`);
    expect(inShadow(faq, '.answer p').some((p) => p.checkVisibility())).to.equal(false);
  });
});

describe('right to left', () => {
  /** Where lists, figures, the FAQ's chevrons and headings sit, in a wrapper of `dir` and `lang`. */
  async function layoutIn(dir: 'ltr' | 'rtl', lang: string) {
    const wrapper = await fixture<HTMLElement>(
      html`<div dir=${dir} lang=${lang}>
        <iom-issues></iom-issues><iom-presence></iom-presence><iom-faq></iom-faq>
      </div>`,
    );
    for (const el of wrapper.children) await shownIn(el, lang);
    const list = inShadow(wrapper.querySelector('iom-issues')!, 'ul')[0];
    const [first, second] = inShadow(wrapper.querySelector('iom-presence')!, '.figure');
    const faq = wrapper.querySelector<IomFaq>('iom-faq')!;
    const icon = inShadow(faq, '.icon')[0].getBoundingClientRect();
    const question = inShadow(faq, '.question > span')[0].getBoundingClientRect();
    const section = inShadow(faq, 'section')[0].getBoundingClientRect();
    const toggleAll = inShadow(faq, '[part="toggle-all"]')[0].getBoundingClientRect();
    faq.show(faq.questionIds[0]);
    await faq.updateComplete;
    const copyLink = inShadow(faq, '[part="copy-link"]')[0].getBoundingClientRect();
    return {
      listPadding: [css(list).paddingLeft, css(list).paddingRight],
      firstFigureOnTheRight: first.getBoundingClientRect().left > second.getBoundingClientRect().left,
      chevronOnTheLeft: icon.right <= question.left,
      headingDirection: css(inShadow(faq, 'h2')[0]).direction,
      // "Show all" stands at the end of its line, and "Copy link" at the start of the answer's.
      showAllOnTheLeft: toggleAll.right < section.left + section.width / 2,
      copyLinkOnTheRight: copyLink.left > section.left + section.width / 2,
    };
  }

  it('an Arabic element runs right to left on a left-to-right page', async () => {
    expect(await layoutIn('ltr', 'ar')).to.deep.equal({
      listPadding: ['0px', '24px'],
      firstFigureOnTheRight: true,
      chevronOnTheLeft: true,
      headingDirection: 'rtl',
      showAllOnTheLeft: true,
      copyLinkOnTheRight: true,
    });
  });

  it('an English element runs left to right on a right-to-left page: its content decides', async () => {
    expect(await layoutIn('rtl', 'en')).to.deep.equal({
      listPadding: ['24px', '0px'],
      firstFigureOnTheRight: false,
      chevronOnTheLeft: false,
      headingDirection: 'ltr',
      showAllOnTheLeft: false,
      copyLinkOnTheRight: false,
    });
  });
});

/**
 * Declarations of a stylesheet that name a physical side: `margin-left`, `left:`, `text-align:
 * left`, `float: right`…, and four-value shorthands whose right and left differ. The FAQ's
 * chevron is drawn by two borders and points down, the same both ways: it is left out.
 */
function physicalDeclarations(cssText: string): string[] {
  const css = cssText.replace(/\/\*[\s\S]*?\*\//g, '');
  const found: string[] = [];
  for (const [, selector, body] of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (selector.trim() === '.icon') continue;
    for (const [declaration] of body.matchAll(
      /[\w-]*(?:left|right)[\w-]*\s*:[^;]*|(?:text-align|float|clear)\s*:\s*(?:left|right)/g,
    ))
      found.push(`${selector.trim()} { ${declaration.trim()} }`);
    for (const [declaration, values] of body.matchAll(
      /(?:margin|padding|border-width|inset)\s*:\s*([^;]+)/g,
    )) {
      const parts = values.trim().split(/\s+(?![^(]*\))/);
      if (parts.length === 4 && parts[1] !== parts[3])
        found.push(`${selector.trim()} { ${declaration.trim()} }`);
    }
  }
  return found;
}

describe('styles for both directions', () => {
  it('finds physical sides where it should (the check below can fail)', () => {
    expect(
      physicalDeclarations(
        '.a { margin-left: 1em; color: red } .b { padding: 0 1em 0 0 } .c { text-align: right } .d { margin: 0 1em } .icon { border-width: 0 1px 1px 0 }',
      ),
    ).to.deep.equal(['.a { margin-left: 1em }', '.b { padding: 0 1em 0 0 }', '.c { text-align: right }']);
  });

  it('use logical properties, not left and right', () => {
    const physical = ALL_TAGS.flatMap((tag) => {
      const element = customElements.get(tag) as unknown as { elementStyles: { cssText: string }[] };
      return physicalDeclarations(element.elementStyles.map((style) => style.cssText).join('\n')).map(
        (found) => `${tag}: ${found}`,
      );
    });
    expect(physical).to.deep.equal([]);
  });

  it('give Chinese more space between lines, and Arabic and Chinese their own fonts', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <iom-mission lang="zh"></iom-mission><iom-mission lang="ar"></iom-mission
        ><iom-mission lang="ru"></iom-mission>
      </div>`,
    );
    const [zh, ar, ru] = await Promise.all(
      ['zh', 'ar', 'ru'].map((lang, i) => shownIn(wrapper.children[i], lang)),
    );
    const lineHeight = (el: HTMLElement) => parseFloat(css(el).lineHeight) / parseFloat(css(el).fontSize);
    expect(lineHeight(zh)).to.be.closeTo(1.75, 0.01);
    expect(lineHeight(ru)).to.be.closeTo(1.5, 0.01);
    expect(css(zh).fontFamily).to.include('PingFang SC').and.include('Noto Sans CJK SC');
    expect(css(ar).fontFamily).to.include('Noto Sans Arabic');
    expect(css(ru).fontFamily).to.include('system-ui');
  });
});
