import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ContentOverrides, IomFaqToggleDetail } from 'iom-elements';
import { ProviderJson } from './provider-json';

@Component({
  selector: 'app-home',
  imports: [RouterLink, ProviderJson],
  // Lets the template use the <iom-*> tags and bind their properties. `[open]="false"` sets the
  // property in the browser; on the server it writes nothing into the HTML, and neither does
  // `[content]`: `providerJson` gives the server's render the same overrides.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <h1>iom-elements in Angular</h1>
    <iom-provider [content]="overrides" [providerJson]="overrides">
      <iom-faq
        heading-level="2"
        [open]="false"
        [single]="false"
        (iom-faq-toggle)="onToggle($event)"
      ></iom-faq>
    </iom-provider>
    <p>
      Last toggled: <output id="faq-toggle">{{ toggled() }}</output>
    </p>
    <p><a id="to-about" routerLink="/about">About this app</a></p>
  `,
})
export class Home {
  readonly overrides: ContentOverrides = { en: { faq: { title: 'Questions, answered in the app' } } };
  readonly toggled = signal('');

  // The event is a CustomEvent; to Angular's type check, an element's unknown event is an Event.
  onToggle(event: Event) {
    const { id, open } = (event as CustomEvent<IomFaqToggleDetail>).detail;
    this.toggled.set(`${id} ${open}`);
  }
}
