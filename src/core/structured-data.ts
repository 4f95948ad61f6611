/** Marks the JSON-LD block an element keeps (a prerendered page has it from the server). */
export const MARKER = 'data-iom-structured-data';

/**
 * The JSON-LD text of structured data, the same from the server and in the browser (so a
 * hydrated element keeps the server's block). `<` is escaped: the text cannot end its script.
 */
export function structuredDataJson(data: object): string {
  return JSON.stringify({ '@context': 'https://schema.org', ...data }).replace(/</g, '\\u003c');
}

/**
 * Keeps one schema.org JSON-LD block in an element's light DOM, where crawlers read it; `null`
 * removes it. Under enforced Trusted Types a script's text cannot be set from a string: the
 * browser refuses it (and reports that to the page's CSP endpoint), and the block is skipped
 * without an error. Structured data is an extra, never worth breaking the page.
 */
export function writeStructuredData(host: HTMLElement, data: object | null): void {
  const existing = host.querySelector<HTMLScriptElement>(`:scope > script[${MARKER}]`);
  if (!data) {
    existing?.remove();
    return;
  }
  const json = structuredDataJson(data);
  if (existing?.textContent === json) return;
  try {
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(MARKER, '');
    script.textContent = json;
    if (existing) existing.replaceWith(script);
    else host.append(script);
  } catch {
    // Trusted Types refused the script text; leave the page as it was.
  }
}
