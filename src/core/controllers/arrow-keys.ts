import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Moves focus among a host's controls with the arrow keys (Down and Up, wrapping around), Home
 * and End, as the WAI-ARIA accordion, toolbar and listbox patterns do. One keydown listener on
 * the host serves every control, however many (the controller is its own listener: no closure
 * per element).
 */
export class ArrowKeysController implements ReactiveController {
  constructor(
    private readonly host: ReactiveElement,
    /** Selects the controls, in order, in the host's shadow root. */
    private readonly selector: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this);
  }

  handleEvent(event: KeyboardEvent): void {
    const controls = [...this.host.renderRoot.querySelectorAll<HTMLElement>(this.selector)];
    const current = controls.indexOf(event.composedPath()[0] as HTMLElement);
    if (current < 0) return;
    const last = controls.length - 1;
    const target = {
      ArrowDown: current === last ? 0 : current + 1,
      ArrowUp: current === 0 ? last : current - 1,
      Home: 0,
      End: last,
    }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    controls[target].focus();
  }
}
