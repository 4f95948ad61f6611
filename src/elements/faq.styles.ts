import { css } from 'lit';

/** The FAQ's own styles, over the shared section styles. */
export const faqStyles = css`
  .toolbar {
    display: flex;
    justify-content: flex-end;
    margin-block-end: calc(var(--_iom-space) * 0.5);
  }
  .text-button {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    margin: 0;
    padding: 0.25em 0.5em;
    border: 0;
    border-radius: var(--_iom-radius);
    background: none;
    color: var(--_iom-color-accent);
    font: inherit;
    font-size: 0.875em;
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
  .text-button:hover {
    text-decoration-thickness: 0.125em;
  }
  .questions {
    border-block-start: 1px solid var(--iom-faq-divider-color, var(--_iom-color-border));
  }
  .item {
    border-block-end: 1px solid var(--iom-faq-divider-color, var(--_iom-color-border));
    scroll-margin-block: var(--_iom-space);
  }
  .question-heading {
    margin: 0;
    font: inherit;
  }
  .question {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_iom-space);
    inline-size: 100%;
    margin: 0;
    padding: calc(var(--_iom-space) * 0.75) 0;
    border: 0;
    background: none;
    color: var(--_iom-color-text);
    font-family: var(--iom-font-family-heading);
    font-size: 1.0625em;
    font-weight: 600;
    line-height: 1.35;
    text-align: start;
    cursor: pointer;
  }
  .question:hover {
    color: var(--_iom-color-accent);
  }
  /*
   * A chevron drawn by two borders: no SVG to build and lay out for each of many questions. It
   * points down (up when open), the same both ways, so its borders are physical on purpose.
   */
  .icon {
    flex: none;
    inline-size: 0.5em;
    block-size: 0.5em;
    margin-inline: 0.25em;
    margin-block-end: 0.25em;
    border: solid currentColor;
    border-width: 0 0.125em 0.125em 0;
    transform: rotate(45deg);
    transition: transform 0.2s ease;
  }
  [aria-expanded='true'] > .icon {
    margin-block: 0.25em 0;
    transform: rotate(225deg);
  }
  .answer > p {
    margin: 0;
  }
  .answer {
    padding-block-end: calc(var(--_iom-space) * 0.75);
  }
  .answer[hidden] {
    padding: 0;
  }
  .answer-tools {
    display: flex;
    align-items: center;
    gap: 0.5em;
    margin-block-start: 0.5em;
    margin-inline-start: -0.5em;
  }
  .status {
    color: var(--_iom-color-text-muted);
    font-size: 0.875em;
  }
  .link-to-copy {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
    margin-block-start: 0.5em;
    font-size: 0.875em;
  }
  .link-to-copy input {
    flex: 1 1 16em;
    min-inline-size: 0;
    padding: 0.25em 0.5em;
    border: 1px solid var(--_iom-color-border);
    border-radius: var(--_iom-radius);
    background: var(--_iom-color-surface);
    color: var(--_iom-color-text);
    font: inherit;
  }
  @media (forced-colors: active) {
    .question:hover {
      color: Highlight;
    }
  }
  /*
   * On paper, and where scripts do not run (a prerendered FAQ read with JavaScript off), every
   * answer shows and there is nothing to click. With scripts on, a prerendered FAQ looks as the
   * client's first paint does: closed answers closed, so nothing moves when it hydrates.
   */
  @media print, (scripting: none) {
    .question {
      cursor: auto;
    }
    .answer[hidden] {
      display: block;
      content-visibility: visible;
      padding-block-end: calc(var(--_iom-space) * 0.75);
    }
    .icon,
    .toolbar,
    .answer-tools {
      display: none;
    }
  }
`;
