import type { ReactiveController } from 'lit';

/** A host with structured data to offer (`null`: none now), told of the work it leaves. */
export interface StructuredDataHost extends HTMLElement {
  addController(controller: ReactiveController): void;
  structuredDataOf(): object | null;
  finishAfterUpdate(work: Promise<unknown>): void;
}

/**
 * Keeps schema.org JSON-LD in its host's light DOM, where crawlers read it, while the host
 * offers some. The writer is loaded only when a page asks for structured data; the host's
 * `updateComplete` waits for it.
 */
export class StructuredDataController implements ReactiveController {
  private written = false;

  constructor(private readonly host: StructuredDataHost) {
    host.addController(this);
  }

  hostUpdated(): void {
    const data = this.host.structuredDataOf();
    if (!data && !this.written) return;
    this.written = data !== null;
    this.host.finishAfterUpdate(
      import('../structured-data.js').then(({ writeStructuredData }) => writeStructuredData(this.host, data)),
    );
  }
}
