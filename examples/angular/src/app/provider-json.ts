import { isPlatformServer } from '@angular/common';
import { Directive, ElementRef, inject, input, type OnInit, PLATFORM_ID, Renderer2 } from '@angular/core';

/**
 * `<iom-provider [providerJson]="overrides">`: on the server, writes the overrides into the
 * provider as its `<script type="application/json">` child, where `renderHtml` (server.ts)
 * reads them, so the server's HTML already shows them. A property binding such as `[content]`
 * never reaches the HTML, Angular drops `<script>` from templates, and `[innerHTML]`'s sanitizer
 * drops it too: hence Renderer2.
 *
 * Only on the server: the browser keeps the server's block (and the `content` property, merged
 * over it, wins). Appended in ngOnInit, after the provider's children, so hydration, which walks
 * the children from the first, never meets it.
 */
@Directive({ selector: 'iom-provider[providerJson]' })
export class ProviderJson implements OnInit {
  readonly providerJson = input.required<unknown>();
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly renderer = inject(Renderer2);
  private readonly server = isPlatformServer(inject(PLATFORM_ID));

  ngOnInit() {
    if (!this.server) return;
    const script = this.renderer.createElement('script') as HTMLScriptElement;
    this.renderer.setAttribute(script, 'type', 'application/json');
    // `<` escaped: no text in the overrides can end the script.
    const json = JSON.stringify(this.providerJson()).replace(/</g, '\\u003c');
    this.renderer.appendChild(script, this.renderer.createText(json));
    this.renderer.appendChild(this.host.nativeElement, script);
  }
}
