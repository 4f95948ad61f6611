import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Links into part of an element from the page's address: `#<prefix><id>`. The host reads
 * `linkedId` when it first renders (a page opened at that address), and hears `onLinked`
 * whenever the address moves to one of its ids later.
 */
export class DeepLinkController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly options: {
      prefix: string;
      ids: () => readonly string[];
      onLinked: (id: string) => void;
    },
  ) {
    host.addController(this);
  }

  /** The id the page's address names, if it is one of the host's. */
  get linkedId(): string | undefined {
    // No address where there is no page (rendered on a server).
    if (typeof location === 'undefined') return undefined;
    const prefix = `#${this.options.prefix}`;
    const { hash } = location;
    if (!hash.startsWith(prefix)) return undefined;
    const id = hash.slice(prefix.length);
    return this.options.ids().includes(id) ? id : undefined;
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  private readonly onHashChange = (): void => {
    const id = this.linkedId;
    if (id) this.options.onLinked(id);
  };
}
