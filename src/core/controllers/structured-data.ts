import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A host that can be told of work still to finish after an update (IomSection). */
export interface AfterUpdateHost extends ReactiveControllerHost, HTMLElement {
  finishAfterUpdate(work: Promise<unknown>): void;
}

/**
 * Keeps schema.org JSON-LD in its host's light DOM, where crawlers read it, while `data`
 * gives some (`null`: none). The writer is loaded only when a page asks for structured data;
 * the host's `updateComplete` waits for it.
 */
export class StructuredDataController implements ReactiveController {
  private written = false;

  constructor(
    private readonly host: AfterUpdateHost,
    private readonly data: () => object | null,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const data = this.data();
    if (!data && !this.written) return;
    this.written = data !== null;
    this.host.finishAfterUpdate(
      import('../structured-data.js').then(({ writeStructuredData }) => writeStructuredData(this.host, data)),
    );
  }
}
