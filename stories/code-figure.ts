/** Where the README tells site owners to serve the CDN file from: their own site. */
export const CDN_URL = 'https://your-site.example/iom-elements/dist/cdn/iom-elements.js';

/** A block of code to copy, under a caption, with a button that copies it and says so. */
export function codeFigure(caption: string, code: string): HTMLElement {
  const figure = document.createElement('figure');
  figure.className = 'iom-embed';
  const label = document.createElement('figcaption');
  label.textContent = caption;
  const pre = document.createElement('pre');
  pre.textContent = code;
  const copy = document.createElement('button');
  copy.type = 'button';
  copy.textContent = 'Copy code';
  const status = document.createElement('span');
  status.setAttribute('role', 'status');
  copy.addEventListener('click', async () => {
    await navigator.clipboard.writeText(code);
    status.textContent = 'Copied';
  });
  figure.append(label, pre, copy, status);
  return figure;
}
