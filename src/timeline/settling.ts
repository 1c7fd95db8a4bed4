/** The longest wait for a drawing's final state, after which it is called final anyway. */
const SETTLE_BOUND_MS = 1000;

/**
 * Whether a drawing is still on its way to its final state, and a promise of when it gets
 * there: the page's `timeline-ready` waits for it, so that nothing in the drawing changes after.
 */
export class Settling {
  #pending = true;
  #promise: Promise<void>;
  /** Set while the promise is unresolved. */
  #resolve: (() => void) | null = null;
  #bound: ReturnType<typeof setTimeout> | undefined;
  /** After a draw: the check that its frame's layout is done (see done), and the task it ends in. */
  #check: ResizeObserver | null = null;
  #task: ReturnType<typeof setTimeout> | undefined;
  #frame = 0;
  readonly #container: HTMLElement;

  constructor(container: HTMLElement) {
    this.#container = container;
    this.#promise = this.#open();
  }

  /** Whether a draw is still to come before the drawing is final. */
  get pending(): boolean {
    return this.#pending;
  }

  get promise(): Promise<void> {
    return this.#promise;
  }

  /** A draw is asked for: the drawing is final again after it. */
  start(): void {
    this.#pending = true;
    this.#stopChecks();
    if (!this.#resolve) this.#promise = this.#open();
  }

  /**
   * Drawn, and nothing more to draw. Final after this frame's layout: that layout may still
   * resize the drawing (the page's scrollbar appears as the page grows), whose observer then
   * asks for another draw with `start`.
   *
   * A new observation is reported right after that layout, in the same frame, and after the
   * drawing's own observer has been told of a resize (observers are told in the order they were
   * made). An element inside the container is watched: reported in a later round of the same
   * frame even when this draw was itself asked for by the container's observer. The end then
   * waits for a task, so that the page's ready handler runs outside the observers' loop, where
   * a change it makes to the page is reported in the next frame as usual, not as an error.
   * The next frame's callback remains, for an element the observer does not report (hidden).
   */
  done(): void {
    this.#pending = false;
    this.#stopChecks();
    const check = new ResizeObserver(() => {
      check.disconnect();
      this.#task = setTimeout(() => this.end());
    });
    check.observe(this.#container.firstElementChild ?? this.#container);
    this.#check = check;
    this.#frame = requestAnimationFrame(() => this.end());
  }

  /** Final now: drawn, destroyed, or waited for long enough. */
  end(): void {
    this.#pending = false;
    clearTimeout(this.#bound);
    this.#stopChecks();
    const resolve = this.#resolve;
    this.#resolve = null;
    resolve?.();
  }

  #stopChecks(): void {
    this.#check?.disconnect();
    this.#check = null;
    clearTimeout(this.#task);
    cancelAnimationFrame(this.#frame);
  }

  #open(): Promise<void> {
    const promise = new Promise<void>((resolve) => (this.#resolve = resolve));
    clearTimeout(this.#bound);
    // Hidden (no width), vis-timeline does not draw: it will when shown, and it is final as it is.
    // And never wait for ever: a draw that does not come must not hold the page's ready back.
    if (this.#container.offsetWidth === 0) queueMicrotask(() => this.end());
    else this.#bound = setTimeout(() => this.end(), SETTLE_BOUND_MS);
    return promise;
  }
}
