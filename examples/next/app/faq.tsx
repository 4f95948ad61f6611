'use client';
import type {} from 'iom-elements/jsx/react';
import type { IomFaqToggleDetail } from 'iom-elements';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { overrides } from './overrides';

// False on the server and while React hydrates the server's HTML; true after, and on every
// render that is not a hydration (a client-side navigation back to this page).
const useHydrated = () =>
  useSyncExternalStore(
    () => () => {},
    () => true,
    () => false,
  );

export function Faq({ shadowRoot }: { shadowRoot: string }) {
  const hydrated = useHydrated();
  const [toggled, setToggled] = useState('');
  // The elements, in the browser only: an effect never runs on the server.
  useEffect(() => {
    void import('iom-elements');
  }, []);
  return (
    <>
      {/* The overrides as the `content` property, through a ref: with `content={overrides}`,
          React sets no property while hydrating, and on an element not defined yet it sets an
          attribute "[object Object]". A property set before the element is defined is taken
          when it is. */}
      <iom-provider
        ref={(provider) => {
          if (provider) provider.content = overrides;
        }}
      >
        {/* The server's declarative shadow root as inner HTML: React cannot render or hydrate a
            <template shadowrootmode> written in JSX. The browser's parser attaches it to the
            element, so React finds an empty innerHTML while hydrating: suppressHydrationWarning.
            After a client-side navigation innerHTML would put an inert <template> in the light
            DOM (innerHTML attaches no shadow root): then the element gets none and renders itself.
            React attaches no listener while hydrating (facebook/react#35446): the handler is
            given on the render just after. */}
        <iom-faq
          heading-level={2}
          open={false}
          single={false}
          oniom-faq-toggle={
            hydrated
              ? (event: CustomEvent<IomFaqToggleDetail>) =>
                  setToggled(`${event.detail.id} ${event.detail.open}`)
              : undefined
          }
          dangerouslySetInnerHTML={hydrated ? undefined : { __html: shadowRoot }}
          suppressHydrationWarning
        />
      </iom-provider>
      <output id="faq-toggle">{toggled}</output>
    </>
  );
}
