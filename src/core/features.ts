import { isServer } from 'lit';

/**
 * Platform features an element uses where the browser has them, each with its fallback. Each is
 * detected on first use, never at import (this module also loads where there is no DOM, and
 * there the modern behaviour is assumed). Tests force a feature off with `forceFeatures`.
 */
export interface Features {
  /**
   * `hidden="until-found"` and `beforematch` (Chromium 102, Firefox 139, Safari 26.2): find-in-page
   * reaches closed FAQ answers. Without them a closed answer is plainly `hidden`: still opened by
   * its question, "Show all" and its deep link, but not found by find-in-page.
   */
  untilFound: boolean;
}

let detected: Features | undefined;
let forced: Partial<Features> = {};

export function features(): Features {
  detected ??= {
    // A prerendered page gets the modern markup: a browser without it reads `until-found` as `hidden`.
    untilFound: isServer || 'onbeforematch' in HTMLElement.prototype,
  };
  return { ...detected, ...forced };
}

/** For tests: pretends features are missing (or there); `forceFeatures({})` undoes it. */
export function forceFeatures(values: Partial<Features>): void {
  forced = { ...values };
}
