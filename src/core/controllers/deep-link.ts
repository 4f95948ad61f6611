import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a host linked into offers: the ids it has, and what to do when one is linked to. */
export interface DeepLinkHost extends ReactiveControllerHost {
  readonly linkTargets: readonly string[];
  revealLinked(id: string): void;
}

/**
 * Links into part of an element from the page's address: `#<prefix><id>`. The host reads
 * `linkedId` when it first renders (a page opened at that address), and its `revealLinked`
 * is called whenever the address moves to one of its ids later.
 */
export class DeepLinkController implements ReactiveController {
  constructor(
    private readonly host: DeepLinkHost,
    private readonly prefix: string,
  ) {
    host.addController(this);
  }

  /** The id the page's address names, if it is one of the host's. */
  get linkedId(): string | undefined {
    // No address where there is no page (rendered on a server).
    if (typeof location === 'undefined') return undefined;
    const prefix = `#${this.prefix}`;
    const { hash } = location;
    if (!hash.startsWith(prefix)) return undefined;
    const id = hash.slice(prefix.length);
    return this.host.linkTargets.includes(id) ? id : undefined;
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this);
  }

  handleEvent(): void {
    const id = this.linkedId;
    if (id) this.host.revealLinked(id);
  }
}
