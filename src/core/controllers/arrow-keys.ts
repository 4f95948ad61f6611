import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Moves focus among a host's controls with the arrow keys (Down and Up, wrapping around), Home
 * and End, as the WAI-ARIA accordion, toolbar and listbox patterns do. One keydown listener on
 * the host serves every control, however many.
 */
export class ArrowKeysController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The controls, in order. */
    private readonly controls: () => HTMLElement[],
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeydown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeydown);
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    const controls = this.controls();
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
  };
}
