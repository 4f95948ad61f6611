import Link from 'next/link';
import { renderToString } from 'iom-elements/render';
import { Faq } from './faq';
import { overrides } from './overrides';

// A server component: the render API runs here (at build time, as this page is static), never in
// the browser. The same overrides as the browser's provider, so the server's HTML has the app's
// title already.
export default async function Home() {
  // renderToString gives the whole element, in a provider carrying the overrides; React renders
  // the elements itself (faq.tsx), so keep what goes inside <iom-faq>: its declarative shadow root.
  const html = await renderToString('iom-faq', { headingLevel: 2, overrides });
  const shadowRoot = html.slice(
    html.indexOf('<template', html.indexOf('<iom-faq')),
    html.lastIndexOf('</iom-faq>'),
  );
  return (
    <main>
      <h1>iom-elements in Next.js</h1>
      <Faq shadowRoot={shadowRoot} />
      <Link id="to-about" href="/about">
        About
      </Link>
    </main>
  );
}
