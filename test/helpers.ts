import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { executeServerCommand } from '@web/test-runner-commands';
import { SECTION_NAMES, type SectionContent } from '../src/core/content-types.js';

/** Every element's tag: the sections in source order, then the overview. */
export const ALL_TAGS: readonly string[] = [...SECTION_NAMES.map((name) => `iom-${name}`), 'iom-overview'];

/** Asserts that of all the library's tags, exactly `tag` is defined on this page. */
export function expectOnlyDefined(tag: string): void {
  expect(customElements.get(tag), tag).to.be.a('function');
  for (const other of ALL_TAGS.filter((t) => t !== tag)) {
    expect(customElements.get(other), other).to.equal(undefined);
  }
}

/** Every string a section file asks the element to show, read from the file itself. */
export function shownStrings(content: SectionContent): string[] {
  return [
    content.title,
    ...(content.paragraphs ?? []),
    ...(content.items ?? []).map((item) => item.text),
    ...(content.figures ?? []).flatMap((figure) => [figure.value, figure.label, figure.phrase]),
    ...(content.questions ?? []).flatMap((q) => [q.question, q.answer]),
  ];
}

/** The text of an element's rendering, through nested shadow roots, with white space folded. */
export function renderedText(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node): void => {
    if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
    const root = (n as Element).shadowRoot;
    if (root) root.childNodes.forEach(walk);
    n.childNodes.forEach(walk);
  };
  walk(node);
  // Only ASCII white space: French puts no-break spaces before « : » and « ? ».
  return parts
    .join(' ')
    .replace(/[ \t\n\r]+/g, ' ')
    .trim();
}

/** Elements matching `selector` inside an element's shadow root. */
export function inShadow<E extends Element = HTMLElement>(host: Element, selector: string): E[] {
  return [...(host.shadowRoot?.querySelectorAll<E>(selector) ?? [])];
}

/** Replaces console.warn while `run` runs and returns what was warned. */
export async function captureWarnings(run: () => unknown | Promise<unknown>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** The relative luminance of a computed `rgb(…)` colour (WCAG 2.2). */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two computed colours. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** A frame's window, with whatever a fixture page records on it. */
export type FrameWindow = Window & typeof globalThis & { __cspViolations?: string[] };

/** Starts loading a page in a frame of the test page, for a test that watches it load. */
export function addFrame(path: string, { width = 1000, height = 800 } = {}): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = `${width}px`;
  frame.style.blockSize = `${height}px`;
  frame.src = path;
  document.body.append(frame);
  return frame;
}

/** Opens a page in a frame of the test page, as a visitor would, and resolves once it has loaded. */
export async function openFrame(
  path: string,
  { width = 1000, height = 800 } = {},
): Promise<{ frame: HTMLIFrameElement; win: FrameWindow; doc: Document }> {
  const frame = addFrame(path, { width, height });
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return { frame, win: frame.contentWindow as FrameWindow, doc: frame.contentDocument! };
}

/** The keys `press` knows: the same key in every engine. */
export type Key =
  | 'Tab'
  | 'Enter'
  | 'Space'
  | 'Escape'
  | 'End'
  | 'Home'
  | 'ArrowLeft'
  | 'ArrowUp'
  | 'ArrowRight'
  | 'ArrowDown';

/** Presses a key as a reader would, through the browser's own input (test/server-commands.mjs). */
export async function press(key: Key): Promise<void> {
  await executeServerCommand('press-key', { key });
}

/**
 * Runs a server command that works as a job (test/server-commands.mjs `startJob`): it answers
 * `{ job }` at once, and `job-result` is asked until the work is done, so the work may take
 * longer than the 20 s Web Test Runner allows a command. Its error, if any, is thrown here.
 */
export async function runServerJob<Result, Payload>(command: string, payload: Payload): Promise<Result> {
  const { job } = await executeServerCommand<{ job: number }, Payload>(command, payload);
  for (;;) {
    const outcome = await executeServerCommand<
      { done: boolean; value?: Result; error?: string },
      { job: number }
    >('job-result', { job });
    if (outcome.error) throw new Error(`${command}: ${outcome.error}`);
    if (outcome.done) return outcome.value as Result;
  }
}

export type Engine = 'chromium' | 'firefox' | 'webkit';
/** The engine running the tests, from its user agent (WebKitGTK's names neither Chrome nor Firefox). */
export function engine(): Engine {
  const agent = navigator.userAgent;
  if (agent.includes('Firefox/')) return 'firefox';
  return agent.includes('Chrome/') ? 'chromium' : 'webkit';
}

/** Waits until an element shows content in `lang` (its rendered root says so). */
export async function shownIn(el: Element, lang: string): Promise<HTMLElement> {
  for (let i = 0; i < 100; i += 1) {
    const section = el.shadowRoot?.querySelector<HTMLElement>('section[lang]');
    if (section?.lang === lang) return section;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`<${el.localName}> never showed ${lang} content`);
}

/** Every element inside an element's shadow tree, nested shadow roots too, in tree order. */
export function shadowTree(host: Element): Element[] {
  const found: Element[] = [];
  const walk = (root: ParentNode) => {
    for (const el of root.querySelectorAll('*')) {
      found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if (host.shadowRoot) walk(host.shadowRoot);
  return found;
}

/** An `<iom-presence>` (with `theme`, if given) in a page part whose `color-scheme` is `scheme`. */
export async function presenceIn(scheme: string, theme?: string): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLElement>(
    html`<div style="color-scheme: ${scheme}"><iom-presence theme=${theme ?? nothing}></iom-presence></div>`,
  );
  return wrapper.querySelector<HTMLElement>('iom-presence')!;
}

/**
 * How close two screenshots of the same thing must be, per engine. Chromium and Firefox render
 * pixel for pixel alike. WebKitGTK does not repaint text identically even for the same page twice
 * (its tiles change glyph anti-aliasing from one paint to the next), so there no visible
 * difference is allowed on up to 0.1 % of the pixels.
 */
export const SCREENSHOT_TOLERANCE = {
  chromium: { measure: 'differentPixels', share: 0 },
  firefox: { measure: 'differentPixels', share: 0 },
  webkit: { measure: 'visiblyDifferentPixels', share: 0.001 },
} as const;

/** A comparison of screenshots by test/server-commands.mjs, per element. */
export type ScreenshotComparison = Record<
  string,
  { a: [number, number]; b: [number, number]; differentPixels: number; visiblyDifferentPixels: number }
>;

/** A page of prerendered elements (test/prerendered-pages.mjs). */
export const prerenderedPage = (query: Record<string, string>, kind: 'page' | 'fragment' = 'page'): string =>
  `/prerendered/${kind}.html?${new URLSearchParams(query)}`;

/** The boxes of every node the element shows, nested shadow roots too. */
export const boxesOf = (host: Element): unknown[][] =>
  [host, ...shadowTree(host)].map((el) => {
    const { x, y, width, height } = el.getBoundingClientRect();
    return [el.localName, x, y, width, height];
  });

/** Where console messages go, once recordConsole has wrapped the console (once per page). */
let recording: string[] | undefined;

/**
 * Every console message of the page from now on, until the next call (which starts a new list).
 * The console is wrapped once and still writes as before.
 */
export function recordConsole(): string[] {
  if (!recording) {
    for (const level of ['error', 'warn', 'log', 'info', 'debug'] as const) {
      const original = console[level].bind(console);
      console[level] = (...args: unknown[]) => {
        recording?.push(`${level}: ${args.map(String).join(' ')}`);
        original(...args);
      };
    }
  }
  recording = [];
  return recording;
}

/**
 * The layout shift (the sum of the Layout Instability API's entries) while `run` runs and its
 * frames paint; `undefined` in an engine that reports none (only Chromium does).
 */
export async function layoutShiftDuring(run: () => Promise<unknown>): Promise<number | undefined> {
  const supported = PerformanceObserver.supportedEntryTypes.includes('layout-shift');
  let shift = 0;
  const add = (entries: PerformanceEntryList) =>
    entries.forEach((entry) => (shift += (entry as PerformanceEntry & { value: number }).value));
  const observer = new PerformanceObserver((list) => add(list.getEntries()));
  if (supported) observer.observe({ type: 'layout-shift' });
  await run();
  for (let i = 0; i < 3; i += 1) await new Promise(requestAnimationFrame);
  // Entries arrive after the frame they happened in.
  await new Promise((resolve) => setTimeout(resolve, 100));
  add(observer.takeRecords());
  observer.disconnect();
  return supported ? shift : undefined;
}
