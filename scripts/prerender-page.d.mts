/** Prerenders every iom-elements tag of a page in place (scripts/prerender-page.mjs). */
export declare function prerenderPage(
  html: string,
  extra?: { format?: 'dsd' | 'html'; stylesheets?: string },
): Promise<string>;
