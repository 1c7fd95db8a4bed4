/**
 * One behaviour of the element (the tooltip, the selection, the list view…), owning its state
 * and its listeners. Modelled on Lit's ReactiveController, with the hooks this element needs:
 * it has no reactive update cycle, but a frame that is built again when the language changes.
 */
export interface Controller {
  /** A frame is mounted: add listeners with `signal`, which aborts when that frame goes. */
  hostConnected?(signal: AbortSignal): void;
  /** The frame is going (rebuilt, or the element left the page): stop timers and drawings. */
  hostDisconnected?(): void;
  /** The element left the page: stop fetches too. */
  hostRemoved?(): void;
}

/** The controllers of one element, and the one AbortController of its mounted frame. */
export class ControllerHost {
  readonly #controllers: Controller[] = [];
  #mounted: AbortController | null = null;

  addController<C extends Controller>(controller: C): C {
    this.#controllers.push(controller);
    return controller;
  }

  /** A new frame is mounted: the last one's listeners are removed, each controller listens to this one. */
  hostConnected(): void {
    if (this.#mounted) this.hostDisconnected();
    this.#mounted = new AbortController();
    for (const controller of this.#controllers) controller.hostConnected?.(this.#mounted.signal);
  }

  /** Removes every listener of the mounted frame with one abort, and lets each controller stop. */
  hostDisconnected(): void {
    this.#mounted?.abort();
    this.#mounted = null;
    for (const controller of this.#controllers) controller.hostDisconnected?.();
  }

  /** The element left the page: its frame goes, and every fetch stops. */
  hostRemoved(): void {
    this.hostDisconnected();
    for (const controller of this.#controllers) controller.hostRemoved?.();
  }
}
