import { h } from '../dom/h.ts';
import type { LoadedPart, PartOutcome } from '../load/archiveParts.ts';
import { ArchiveParts } from '../load/archiveParts.ts';
import type { LoadedArchive } from '../load/types.ts';
import type { Controller } from './controllers.ts';
import type { TimelineHost } from './TimelineHost.ts';

/**
 * An archive's parts: fetched when one of their events is first shown in words (drawn, listed,
 * selected or hovered), and each arrival shown wherever its events are.
 */
export class ArchivePartsController implements Controller {
  readonly #host: TimelineHost;
  #parts: ArchiveParts | null = null;
  /** Stops the part fetches: on a new load and when the element leaves the page. */
  #abort: AbortController | null = null;
  /** Events drawn, listed or asked for whose parts are not yet fetched: fetched together, once per task. */
  #wanted = new Set<string>();

  constructor(host: TimelineHost) {
    this.#host = host;
  }

  /** The archive is shown: its parts may be fetched from now on. */
  start({ archive, base, events }: LoadedArchive): void {
    this.stop();
    const abort = new AbortController();
    this.#abort = abort;
    const limits = { ...this.#host.limits(), signal: abort.signal };
    const parts: ArchiveParts = new ArchiveParts(archive, base, limits, events, (outcome) => {
      if (this.#parts === parts && !abort.signal.aborted) this.#onPart(outcome);
    });
    this.#parts = parts;
  }

  hostRemoved(): void {
    this.stop();
  }

  stop(): void {
    this.#abort?.abort();
    this.#abort = null;
    this.#parts = null;
    this.#wanted.clear();
  }

  /** Whether the archive shown lists this event in its index. */
  has(id: string): boolean {
    return this.#parts?.has(id) === true;
  }

  /** Whether the event's part has arrived and the event failed its checks (or the part could not be had). */
  isRejected(id: string): boolean {
    return this.#parts?.isRejected(id) === true;
  }

  loadedPartOf(id: string): LoadedPart | undefined {
    return this.#parts?.loadedPartOf(id);
  }

  /** Asks for the parts of events not yet fetched; asks made in one task are fetched together. */
  want(id: string): void {
    const parts = this.#parts;
    if (!parts || this.#host.model?.events.has(id) || parts.isRejected(id)) return;
    if (this.#wanted.size === 0) {
      queueMicrotask(() => {
        if (this.#parts === parts) void parts.need(this.#wanted);
        this.#wanted = new Set();
      });
    }
    this.#wanted.add(id);
  }

  /** What stands for an archive's event that is not loaded: it failed its checks, or it is coming (and is asked for). */
  placeholder(id: string): HTMLElement {
    const { strings } = this.#host;
    const rejected = this.isRejected(id);
    if (!rejected) this.want(id);
    return h('p', { class: 'dt-not-yet' }, rejected ? strings.notShown : strings.loadingEvent);
  }

  /**
   * A part has arrived (or failed): its events now show in words wherever they are drawn,
   * listed, selected or waiting for a tooltip; what it got wrong joins the problems.
   */
  #onPart({ loaded, rejected, problems }: PartOutcome): void {
    const host = this.#host;
    if (problems.length > 0) host.addProblems(problems);
    const changed = new Set([...loaded, ...rejected]);
    host.drawing.vis?.refreshItems([...changed]);
    if (host.list.shown) host.list.fill(changed);
    const { selected } = host.selection;
    if (selected && changed.has(selected)) {
      host.selection.render();
      host.selection.announce(selected);
    }
    host.tooltip.refresh(changed);
    host.search.added(loaded);
  }
}
