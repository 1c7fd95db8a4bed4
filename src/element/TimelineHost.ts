import type { CardContext } from '../card/buildEventCard.ts';
import type { Lang, Strings } from '../i18n/strings.ts';
import { langOf, localise } from '../i18n/localise.ts';
import { DEFAULT_LIMITS, limitFrom } from '../load/fetchLimited.ts';
import { loadTimelineData } from '../load/loadTimelineData.ts';
import type { LoadedArchive, LoadedData, LoadedDocument, LoadLimits, TimelineSource } from '../load/types.ts';
import type { TimelineModel } from '../timeline/toTimelineItems.ts';
import type { Problem } from '../types.ts';
import { ArchivePartsController } from './archivePartsController.ts';
import { ArticleController } from './articleController.ts';
import { ControllerHost } from './controllers.ts';
import { DrawingController } from './drawingController.ts';
import { TimelineErrorEvent, TimelineReadyEvent } from './events.ts';
import type { FrameParts } from './frameController.ts';
import { FilterController } from './filterController.ts';
import { FrameController } from './frameController.ts';
import { KeyboardController } from './keyboardController.ts';
import { progressShown } from './progressShown.ts';
import { ListViewController } from './listViewController.ts';
import { SearchController } from './searchController.ts';
import { SelectionController } from './selectionController.ts';
import { TooltipController } from './tooltipController.ts';
import { PrintController } from './printController.ts';
import { ShareController } from './shareController.ts';
import { ViewController } from './viewController.ts';

/** What is shown: nothing yet, the loaded data, or why there is none (the error state). */
export type Shown = { kind: 'nothing'; problems: Problem[] } | LoadedData;

/**
 * The inside of <diplomatic-timeline>: what is shown, and the controllers that show it. The
 * element hands it attributes and calls; each controller reaches the others through it.
 */
export class TimelineHost extends ControllerHost {
  #shown: Shown = { kind: 'nothing', problems: [] };
  /** Stops the load under way: a later one replaces it, and leaving the page ends it. */
  #loading: AbortController | null = null;
  readonly frame: FrameController;
  readonly archive: ArchivePartsController;
  readonly drawing: DrawingController;
  readonly selection: SelectionController;
  readonly tooltip: TooltipController;
  readonly keyboard: KeyboardController;
  readonly list: ListViewController;
  readonly article: ArticleController;
  readonly filter: FilterController;
  readonly search: SearchController;
  readonly view: ViewController;
  readonly share: ShareController;
  readonly print: PrintController;

  constructor(
    readonly element: HTMLElement,
    readonly root: ShadowRoot,
  ) {
    super();
    // The frame first: the others listen to what it builds.
    this.frame = this.addController(new FrameController(this));
    this.archive = this.addController(new ArchivePartsController(this));
    this.drawing = this.addController(new DrawingController(this));
    this.selection = this.addController(new SelectionController(this));
    this.tooltip = this.addController(new TooltipController(this));
    this.keyboard = this.addController(new KeyboardController(this));
    this.list = this.addController(new ListViewController(this));
    this.article = this.addController(new ArticleController(this));
    // Filters before search: search lists only the matches the filters let through.
    this.filter = this.addController(new FilterController(this));
    this.search = this.addController(new SearchController(this));
    this.view = this.addController(new ViewController(this));
    this.share = this.addController(new ShareController(this));
    this.print = this.addController(new PrintController(this));
    // The view's search and filters are those the search and filter controllers own.
    this.view.find = {
      get: () =>
        this.search.query
          ? { search: this.search.query, filters: this.filter.filters }
          : { filters: this.filter.filters },
      set: ({ search, filters }) => {
        if (search) element.setAttribute('search', search);
        else element.removeAttribute('search');
        this.filter.filters = filters;
      },
    };
  }

  /** The frame's elements. */
  get parts(): FrameParts {
    return this.frame.parts;
  }

  get lang(): Lang {
    return langOf(this.element.getAttribute('lang'));
  }

  /** The interface's strings in the language of this moment: looked up when shown, never kept. */
  get strings(): Strings {
    return localise(this.lang);
  }

  /** Whether a load is under way and nothing is shown yet: no data, nor why there is none. */
  get awaitingData(): boolean {
    return this.#loading !== null && this.#shown.kind === 'nothing';
  }

  get shown(): Shown {
    return this.#shown;
  }

  /** The data shown, when there is some (not nothing yet, nor the error state). */
  get loaded(): LoadedDocument | LoadedArchive | null {
    const shown = this.#shown;
    return shown.kind === 'document' || shown.kind === 'archive' ? shown : null;
  }

  /** The model of the data shown, if any: the one place every controller reads it from. */
  get model(): TimelineModel | null {
    return this.loaded?.model ?? null;
  }

  context(): CardContext {
    return {
      lang: this.lang,
      arabicDigits: this.element.hasAttribute('arabic-digits'),
      actors: this.model?.actors ?? new Map(),
    };
  }

  /** The limits of every fetch, from the element's attributes. */
  limits(): LoadLimits {
    const { element } = this;
    return {
      timeoutMs: limitFrom(element.getAttribute('timeout'), DEFAULT_LIMITS.timeoutMs),
      maxBytes: limitFrom(element.getAttribute('max-bytes'), DEFAULT_LIMITS.maxBytes),
    };
  }

  /** A frame built during a load says so too: screen readers wait for the drawing. */
  override hostConnected(): void {
    super.hostConnected();
    if (this.#loading) this.parts.base.setAttribute('aria-busy', 'true');
  }

  /** Loads data (see loadTimelineData) and shows it; a load started later replaces this one. */
  async load(source: TimelineSource): Promise<void> {
    this.archive.stop();
    this.#loading?.abort();
    const controller = new AbortController();
    this.#loading = controller;
    this.parts.summary.textContent = this.strings.loading;
    // Screen readers wait for the drawing rather than read a half-built one.
    this.parts.base.setAttribute('aria-busy', 'true');
    let data: LoadedData;
    try {
      const options = { onProgress: progressShown(this, controller.signal), signal: controller.signal };
      data = await loadTimelineData(source, this.limits(), options);
    } catch (error) {
      if (this.#loading === controller) this.#loading = null;
      if (controller.signal.aborted) return;
      throw error;
    }
    this.#shown = data;
    if (data.kind === 'archive') this.archive.start(data);
    const narrowing = this.filter.narrowBeforeDrawing();
    if (narrowing) {
      await narrowing;
      if (controller.signal.aborted) return;
    }
    this.render();
    // Ready when the drawing is final, not merely begun: nothing in it changes after that until
    // the reader acts or data arrives. (A render in between, for a new lang, begins another.)
    const settling = performance.now();
    let settled: Promise<void>;
    do {
      settled = this.drawing.settled;
      await settled;
    } while (settled !== this.drawing.settled);
    if (controller.signal.aborted) return;
    performance.measure('diplomatic-timeline:settle', { start: settling });
    this.#loading = null;
    this.parts.base.removeAttribute('aria-busy');
    // Drawing may have failed: the problems are those of what is shown now.
    if (this.#shown.problems.length > 0) this.#reportProblems();
    if (this.model) this.element.dispatchEvent(new TimelineReadyEvent(this.model.count));
  }

  /** Problems found since the data was shown (an archive's part): they join the others. */
  addProblems(problems: readonly Problem[]): void {
    this.#shown = { ...this.#shown, problems: [...this.#shown.problems, ...problems] } as Shown;
    this.frame.renderNotice();
    this.#reportProblems();
  }

  #reportProblems(): void {
    const { problems, kind } = this.#shown;
    this.element.dispatchEvent(new TimelineErrorEvent({ problems, fatal: kind === 'failed' }));
  }

  /**
   * Draws the data, or, when drawing throws (a bug, or a page enforcing Trusted Types,
   * where vis-timeline's own innerHTML assignments are refused), ends in the error state
   * with the reason, never in a silent empty box.
   */
  render(): void {
    try {
      this.drawing.draw();
    } catch (error) {
      this.drawing.destroy();
      this.parts.timeline.replaceChildren();
      this.archive.stop();
      const reason = { path: '', message: `the timeline could not be drawn: ${String(error)}` };
      this.#shown = { kind: 'failed', problems: [reason, ...this.#shown.problems] };
      this.drawing.draw();
    }
  }

  /** Says something to screen readers, even when it is what they were told last. */
  announce(text: string): void {
    const { live } = this.parts;
    live.textContent = '';
    // A new text node after clearing is announced even when the text repeats.
    requestAnimationFrame(() => (live.textContent = text));
  }

  /** The element left the page: every fetch, listener and drawing stops. */
  override hostRemoved(): void {
    this.#loading?.abort();
    this.#loading = null;
    super.hostRemoved();
    this.root.replaceChildren();
  }
}
