import visCss from 'vis-timeline/styles/vis-timeline-graph2d.min.css?inline';
import ownCss from '../../styles/timeline.css?inline';
import type { Archive } from '../archive/archive.ts';
import { checkArchiveSteps, isArchive } from '../archive/archive.ts';
import type { PartOutcome } from '../load/archiveParts.ts';
import { archiveModelSteps } from '../archive/archiveModel.ts';
import { ArchiveParts } from '../load/archiveParts.ts';
import { renderArticle } from '../article/renderArticle.ts';
import type { CardContext } from '../card/buildEventCard.ts';
import { buildEventCard, describeEvent } from '../card/buildEventCard.ts';
import { h, isolated } from '../dom/h.ts';
import type { CalendarDate } from '../calendar/calendarDate.ts';
import { compareCalendarDates, parseCalendarDate } from '../calendar/calendarDate.ts';
import { formatAxisLabel, formatDay, formatEventTime } from '../format/formatDay.ts';
import type { Lang } from '../i18n/strings.ts';
import { STRINGS } from '../i18n/strings.ts';
import { idsOnPage, renderEventList } from '../list/renderEventList.ts';
import type { ItemIndex } from '../timeline/displaySet.ts';
import { indexItems, INDIVIDUAL_LIMIT } from '../timeline/displaySet.ts';
import type { Move } from '../timeline/navigate.ts';
import { navigate } from '../timeline/navigate.ts';
import type { TimelineModel } from '../timeline/toTimelineItems.ts';
import { timelineModelSteps, toTimelineItems } from '../timeline/toTimelineItems.ts';
import type { VisTimeline } from '../timeline/visAdapter.ts';
import { mountVisTimeline } from '../timeline/visAdapter.ts';
import type { EventsDocument, Problem, TimelineEvent, ValidationResult } from '../types.ts';
import { formatProblem } from '../validate/formatProblem.ts';
import { parseEventsJson } from '../validate/parseEventsJson.ts';
import { EventsJsonStream } from '../validate/streamEventsJson.ts';
import { drainInTurns, Slicer } from '../util/turns.ts';
import type { ValidateOptions } from '../validate/validateDocument.ts';
import { checkEnvelope, EventChecker, validateDocumentInSlices } from '../validate/validateDocument.ts';
import { TimelineErrorEvent, TimelineReadyEvent, TimelineSelectEvent } from './events.ts';
import type { FetchLimits } from '../load/fetchLimited.ts';
import { concat, DEFAULT_LIMITS, fetchChunks, limitFrom, LoadError } from '../load/fetchLimited.ts';
import { adoptStyles } from './adoptStyles.ts';
import { placeTooltip, toTopLayer } from './tooltip.ts';
import { fetchSourceText, sourceTextPath } from '../load/fetchSourceText.ts';

const SHOW_DELAY_MS = 120;
/** Undated events shown as chips; the rest are in the list view. */
const MAX_UNDATED_CHIPS = 40;
/**
 * Source texts up to this length are laid out with the timeline; up to EAGER_ARTICLE_CHARS,
 * right after it (laying out 80,000 characters of Arabic takes about 100 ms); longer ones on
 * first selection.
 */
const AT_ONCE_ARTICLE_CHARS = 20_000;
const EAGER_ARTICLE_CHARS = 200_000;
const HIDE_DELAY_MS = 250;
/** Bytes of a streamed document parsed between chances to give the page a turn: about 5 ms of work. */
const STREAM_PIECE_BYTES = 256 * 1024;

/** A long load's progress in the summary changes at most this often: a reader can follow it, layout is not redone for nothing. */
const PROGRESS_EVERY_MS = 100;

interface Fetched {
  value: unknown;
  /** The address the value came from: an archive's parts are relative to it. */
  base: string;
  /** When set, `value` is the document without its events, which this has checked already. */
  checked: EventChecker | undefined;
  /** The article's text, or why there is none (the problem saying that quotes went unchecked tells it). */
  options: ValidateOptions;
}

/** How many events the problems keep off the timeline: every event with a problem is left out. */
function leftOut(problems: readonly Problem[]): number {
  const events = new Set<string>();
  for (const { document = '', eventIndex, eventId } of problems) {
    // An archive's part names its events by id; a document by position (an event may lack an id).
    if (eventIndex !== undefined) events.add(`${document}#${eventIndex}`);
    else if (document && eventId !== undefined) events.add(`${document}:${eventId}`);
  }
  return events.size;
}

/**
 * Whether a body's first bytes begin an archive (`{"version":1,"archive":…`, as tools write it)
 * rather than an events document: it is then parsed whole, not streamed event by event. A
 * wrong guess costs only the streaming; the parsed value decides what it is.
 */
function looksLikeArchive(first: Uint8Array): boolean {
  const head = new TextDecoder().decode(first.subarray(0, 512));
  return /^\uFEFF?\s*\{\s*(?:"\$schema"\s*:\s*"[^"]*"\s*,\s*)?(?:"version"\s*:\s*\d+\s*,\s*)?"archive"\s*:/.test(
    head,
  );
}

/** Validates a fetched document in slices, finishing the events a stream has checked already. */
async function validate(
  value: unknown,
  checked: EventChecker | undefined,
  options: ValidateOptions,
  slicer: Slicer,
): Promise<ValidationResult> {
  if (!checked) return validateDocumentInSlices(value, { ...options, slicer });
  await slicer.turn();
  const envelope = checkEnvelope(value);
  if (!envelope.ok) return { document: null, problems: envelope.problems };
  return checked.finishInTurns(envelope, options, slicer);
}

/**
 * An interactive timeline of the events of one news report.
 *
 * @tag diplomatic-timeline
 *
 * @attr src - URL of an events document (JSON). Its source text is fetched relative to it.
 * @attr lang - `en` or `ar`: the interface language and direction. Default `en`.
 * @attr selected - Id of the selected (pinned) event. Reflects the selection.
 * @attr start - First day of the initial window, `YYYY-MM-DD`. Default: fit every event.
 * @attr end - Last day of the initial window, `YYYY-MM-DD`.
 * @attr height - CSS height of the timeline area, e.g. `24rem`. Default: as tall as its lanes.
 * @attr arabic-digits - Present: write dates with Arabic-Indic digits in Arabic.
 * @attr timeout - Milliseconds to wait for `src` before giving up. Default (and for anything
 *   but a positive number) 15000.
 * @attr max-bytes - Largest document accepted from `src`, in bytes. Default (and for anything
 *   but a positive number) 5 MiB.
 *
 * @prop events - An events document given directly instead of `src` (parsed JSON); reading it
 *   gives the validated document shown.
 * @prop sourceText - The article's text, for documents given through `events`.
 * @prop selected - Id of the selected event, or null; setting it selects.
 * @prop problems - Problems found in the data shown (read only).
 *
 * @method select(id) - Selects an event (or clears the selection with `null`).
 * @method fit() - Zooms to show every event.
 *
 * @event timeline-ready - The data is shown. `detail.count`: events shown.
 * @event timeline-select - The selection changed. `detail.id`: the event id, or null.
 * @event timeline-error - Some or all data could not be shown. `detail.problems`, `detail.fatal`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart toolbar - Zoom buttons, view toggle and summary.
 * @csspart legend - The legend.
 * @csspart notice - Problems with the data, or the error state.
 * @csspart timeline - The timeline drawing.
 * @csspart undated - Events the article gives no date for.
 * @csspart tooltip - The tooltip.
 * @csspart details - The pinned details of the selected event.
 * @csspart article - The article text with the quotes marked.
 * @csspart list - The list view.
 * @csspart list-toggle - The button switching between the timeline and the list view.
 *
 * @cssproperty --dt-font-family - Latin font stack.
 * @cssproperty --dt-arabic-font-family - Arabic font stack.
 * @cssproperty --dt-font-size - Base font size. Default 15px.
 * @cssproperty --dt-color - Text colour.
 * @cssproperty --dt-background - Background colour.
 * @cssproperty --dt-item-background - Fill of events that occurred.
 * @cssproperty --dt-item-border-color - Outline of events that occurred.
 * @cssproperty --dt-tentative-background - Fill of proposed, planned or window-dated events (hatched).
 * @cssproperty --dt-tentative-border-color - Dashed outline of those events.
 * @cssproperty --dt-selected-background - Fill of the selected event.
 * @cssproperty --dt-focus-color - Focus ring.
 * @cssproperty --dt-mark-background - Highlight of the selected event's quotes in the article.
 * @cssproperty --dt-tooltip-background - Tooltip background.
 */
export class DiplomaticTimeline extends HTMLElement {
  static observedAttributes = ['src', 'lang', 'selected', 'start', 'end', 'height', 'arabic-digits'];

  #root: ShadowRoot;
  #document: EventsDocument | null = null;
  #given: unknown = undefined;
  #sourceText: string | undefined;
  #model: TimelineModel | null = null;
  #built: { doc: EventsDocument | Archive; model: TimelineModel; index: ItemIndex | undefined } | null = null;
  /** An archive's parts, when the data shown is an archive (then `#document` is null). */
  #archive: ArchiveParts | null = null;
  /** Stops an archive's part fetches: on a new load and on disconnect. */
  #partsAbort: AbortController | null = null;
  /** Events drawn, listed or asked for whose parts are not yet fetched: fetched together, once per task. */
  #wanted = new Set<string>();
  /** The part whose article the article panel shows, for an archive. */
  #articleOf: EventsDocument | null = null;
  #vis: VisTimeline | null = null;
  #problems: Problem[] = [];
  #fatal: string | null = null;
  #loading: AbortController | null = null;
  #selected: string | null = null;
  #active: string | undefined;
  #listView = false;
  #tooltipFor: string | null = null;
  /** What had focus when the details were opened: focus returns there when they close. */
  #detailsOpener: HTMLElement | null = null;
  #tooltipTimer = 0;
  #stopAutoUpdate: (() => void) | null = null;
  #connected = false;
  #parts!: {
    base: HTMLElement;
    summary: HTMLElement;
    notice: HTMLElement;
    /** The legend's entry for clusters. */
    legendCluster: HTMLElement;
    legendDateline: HTMLElement;
    /** The button switching between the drawing and the list view. */
    listToggle: HTMLElement;
    /** Zoom in, zoom out and fit all: hidden with the drawing, in the list view. */
    zoomButtons: HTMLElement[];
    timeline: HTMLElement;
    undated: HTMLElement;
    tooltip: HTMLElement;
    details: HTMLElement;
    article: HTMLElement;
    list: HTMLElement;
    live: HTMLElement;
  };

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    adoptStyles(this.#root, [visCss, ownCss]);
  }

  override get lang(): Lang {
    return this.getAttribute('lang') === 'ar' ? 'ar' : 'en';
  }

  override set lang(value: string) {
    this.setAttribute('lang', value);
  }

  get src(): string {
    return this.getAttribute('src') ?? '';
  }

  set src(value: string) {
    this.setAttribute('src', value);
  }

  get selected(): string | null {
    return this.#selected;
  }

  set selected(id: string | null) {
    this.select(id);
  }

  /** The document shown, after validation (only its valid events). */
  get events(): EventsDocument | null {
    return this.#document;
  }

  /** Give a parsed events document directly; it is validated like one loaded from `src`. */
  set events(value: unknown) {
    this.#given = value;
    if (this.#connected) void this.#load();
  }

  get sourceText(): string | undefined {
    return this.#sourceText;
  }

  set sourceText(value: string | undefined) {
    this.#sourceText = value;
  }

  /** Problems found in the data shown (empty when all of it is valid). */
  get problems(): readonly Problem[] {
    return this.#problems;
  }

  connectedCallback(): void {
    this.#connected = true;
    this.#build();
    if (this.#given !== undefined || this.src) void this.#load();
  }

  disconnectedCallback(): void {
    this.#connected = false;
    this.#loading?.abort();
    this.#loading = null;
    this.#partsAbort?.abort();
    this.#partsAbort = null;
    this.#teardown();
    this.#root.replaceChildren();
  }

  attributeChangedCallback(name: string, previous: string | null, value: string | null): void {
    if (!this.#connected || previous === value) return;
    if (name === 'src') void this.#load();
    else if (name === 'selected') {
      if (value !== this.#selected) this.select(value);
    } else {
      this.#build();
      this.#render();
    }
  }

  /** Selects (pins) an event, or clears the selection with null. */
  select(id: string | null): void {
    if (!this.#model && id !== null) {
      // Not loaded yet: keep the wish; #render applies the attribute once the data is shown.
      this.setAttribute('selected', id);
      return;
    }
    const known = id !== null && this.#knows(id);
    const next = known ? id : null;
    if (next === this.#selected) return;
    this.#selected = next;
    const focused = this.#root.activeElement as HTMLElement | null;
    if (next !== null && focused && !this.#parts?.details.contains(focused)) this.#detailsOpener = focused;
    if (next === null) this.removeAttribute('selected');
    else this.setAttribute('selected', next);
    if (next !== null) {
      this.#active = next;
      this.#vis?.reveal(next);
    }
    this.#renderSelection();
    if (next !== null) this.#announceSelected(next);
    this.dispatchEvent(new TimelineSelectEvent({ id: next }));
  }

  /** Says which event is selected; an archive's event not yet fetched, once it is (see #onPart). */
  #announceSelected(id: string): void {
    const event = this.#model?.events.get(id);
    if (!event) return;
    this.#announce(
      STRINGS[this.lang].selected(event.title[this.lang], formatEventTime(event.time, this.#context())),
    );
  }

  /** Whether the data shown has this event: loaded, or listed in an archive's index. */
  #knows(id: string): boolean {
    return this.#model?.events.has(id) === true || this.#archive?.has(id) === true;
  }

  /** Zooms to show every event. */
  fit(): void {
    this.#vis?.fit();
  }

  // Loading ----------------------------------------------------------------

  async #load(): Promise<void> {
    this.#loading?.abort();
    this.#partsAbort?.abort();
    this.#partsAbort = null;
    this.#archive = null;
    this.#wanted.clear();
    const controller = new AbortController();
    this.#loading = controller;
    this.#fatal = null;
    this.#problems = [];
    this.#parts.summary.textContent = STRINGS[this.lang].loading;
    // Screen readers wait for the drawing rather than read a half-built one (#build keeps this).
    this.#parts.base.setAttribute('aria-busy', 'true');
    // A load that takes a while says how far it has come; a quick one never shows this.
    const started = performance.now();
    let shownAt = started;
    /**
     * `text` is asked for only when shown: a stream reports after every few hundred events.
     * `next`: a new step, shown even if the last count was shown a moment ago.
     */
    const progress = (text: () => string, next = false) => {
      const now = performance.now();
      if (controller.signal.aborted || now - started < PROGRESS_EVERY_MS) return;
      if (!next && now - shownAt < PROGRESS_EVERY_MS) return;
      this.#parts.summary.textContent = text();
      shownAt = now;
    };
    // At 100,000 events every step of a load takes hundreds of milliseconds: each pauses at
    // points of its own, and the page gets a turn there whenever 40 ms of work have passed.
    const slicer = new Slicer({ signal: controller.signal });
    let archive: { archive: Archive; base: string } | null = null;
    try {
      const { value, options, checked, base } = await this.#fetchDocument(
        controller.signal,
        slicer,
        progress,
      );
      if (controller.signal.aborted) return;
      if (checked) progress(() => STRINGS[this.lang].checking(checked.count), true);
      const validating = performance.now();
      if (isArchive(value)) {
        const result = await drainInTurns(checkArchiveSteps(value), slicer);
        const noneValid = result.archive?.index.ids.length === 0 && result.problems.length > 0;
        archive = result.archive && !noneValid ? { archive: result.archive, base } : null;
        this.#document = null;
        this.#problems = result.problems;
      } else {
        const result = await validate(value, checked, options, slicer);
        // Events given, none of them valid: nothing can be drawn, as when the document itself is
        // unreadable; not an empty axis around today under the problems.
        const noneValid = result.document?.events.length === 0 && result.problems.length > 0;
        this.#document = noneValid ? null : result.document;
        this.#problems = result.problems;
        if (options.sourceText !== undefined) this.#sourceText = options.sourceText;
      }
      performance.measure('diplomatic-timeline:validate', { start: validating });
      if (!this.#document && !archive) this.#fatal = STRINGS[this.lang].errorHeading;
    } catch (error) {
      if (controller.signal.aborted) return;
      this.#document = null;
      this.#fatal = STRINGS[this.lang].errorHeading;
      const message = error instanceof LoadError ? error.message : `unexpected failure: ${String(error)}`;
      this.#problems = [{ path: '', message }];
    } finally {
      if (this.#loading === controller) this.#loading = null;
    }
    const doc = this.#document;
    // The index alone places an archive's events; each part is fetched when one of its events
    // is shown in words, into `events`, which the model shares.
    const events = new Map<string, TimelineEvent>();
    const shown = doc ?? archive?.archive;
    let failure: unknown;
    if (shown) {
      try {
        await slicer.turn();
        if (this.#built?.doc !== shown) {
          const modelling = performance.now();
          const model = await drainInTurns(
            doc ? timelineModelSteps(doc) : archiveModelSteps(archive!.archive, events),
            slicer,
          );
          this.#built = { doc: shown, model, index: undefined };
          performance.measure('diplomatic-timeline:model', { start: modelling });
        }
        await slicer.turn();
        this.#indexOf(this.#built.model);
        await slicer.turn();
      } catch (error) {
        if (controller.signal.aborted) return;
        // Otherwise building failed. A document's drawing builds again, fails the same way and
        // shows the error state; an archive's model is built here only, so it shows it now.
        failure = error;
      }
    }
    if (archive && failure !== undefined) this.#cannotDraw(failure);
    else if (archive) {
      const partsAbort = new AbortController();
      this.#partsAbort = partsAbort;
      const parts: ArchiveParts = new ArchiveParts(
        archive.archive,
        archive.base,
        this.#limits(partsAbort.signal),
        events,
        (outcome) => {
          if (this.#archive === parts && !partsAbort.signal.aborted) this.#onPart(outcome);
        },
      );
      this.#archive = parts;
    }
    this.#render();
    this.#parts.base.removeAttribute('aria-busy');
    if (this.#problems.length > 0) {
      this.dispatchEvent(new TimelineErrorEvent({ problems: this.#problems, fatal: this.#fatal !== null }));
    }
    if (this.#model) this.dispatchEvent(new TimelineReadyEvent(this.#model.count));
  }

  /** The limits of every fetch, from the element's attributes. */
  #limits(signal: AbortSignal): FetchLimits {
    return {
      signal,
      timeoutMs: limitFrom(this.getAttribute('timeout'), DEFAULT_LIMITS.timeoutMs),
      maxBytes: limitFrom(this.getAttribute('max-bytes'), DEFAULT_LIMITS.maxBytes),
    };
  }

  /**
   * An archive's part has arrived (or failed): its events now show in words wherever they are
   * drawn, listed, selected or waiting for a tooltip; what it got wrong joins the problems.
   */
  #onPart({ loaded, rejected, problems }: PartOutcome): void {
    if (problems.length > 0) {
      this.#problems = [...this.#problems, ...problems];
      this.#renderNotice();
      this.dispatchEvent(new TimelineErrorEvent({ problems: this.#problems, fatal: false }));
    }
    const changed = new Set([...loaded, ...rejected]);
    this.#vis?.refreshItems([...changed]);
    if (this.#listView) this.#fillList(changed);
    if (this.#selected && changed.has(this.#selected)) {
      this.#renderSelection();
      this.#announceSelected(this.#selected);
    }
    if (this.#tooltipFor && changed.has(this.#tooltipFor)) {
      const id = this.#tooltipFor;
      this.#tooltipFor = null;
      this.#showTooltip(id);
    }
  }

  /** What stands for an archive's event that is not loaded: it is coming, or it failed its checks. */
  #notYet(id: string): HTMLElement {
    const strings = STRINGS[this.lang];
    return h(
      'p',
      { class: 'dt-not-yet' },
      this.#rejectedElseWanted(id) ? strings.notShown : strings.loadingEvent,
    );
  }

  /** For an archive's event not loaded: whether it failed its checks; if not, its part is asked for. */
  #rejectedElseWanted(id: string): boolean {
    if (this.#archive?.isRejected(id)) return true;
    this.#want(id);
    return false;
  }

  /** Asks for the parts of events not yet fetched; asks made in one task are fetched together. */
  #want(id: string): void {
    const parts = this.#archive;
    if (!parts || this.#model?.events.has(id) || parts.isRejected(id)) return;
    if (this.#wanted.size === 0) {
      queueMicrotask(() => {
        if (this.#archive === parts) void parts.need(this.#wanted);
        this.#wanted = new Set();
      });
    }
    this.#wanted.add(id);
  }

  /**
   * The document (for a streamed `src`, its envelope, with its events already checked one
   * by one as they arrived in `checked`) and its source text.
   */
  async #fetchDocument(
    signal: AbortSignal,
    slicer: Slicer,
    progress: (text: () => string) => void,
  ): Promise<Fetched> {
    const limits = this.#limits(signal);
    let value: unknown;
    let base: string;
    let checked: EventChecker | undefined;
    let early: { path: string; text: Promise<ValidateOptions> } | undefined;
    if (this.#given !== undefined && !this.hasAttribute('src')) {
      value = this.#given;
      base = document.baseURI;
    } else {
      base = new URL(this.src, document.baseURI).href;
      // Parse and check events while the rest downloads, taking turns with the page.
      const checker = new EventChecker();
      const stream = new EventsJsonStream({
        onEvents: (events, wellFormed) => {
          // Parsed by the stream just now, and held by no one else: kept rather than copied.
          for (const event of events) checker.add(event, wellFormed, true);
          progress(() => STRINGS[this.lang].loadingSoFar(checker.count));
        },
        // The source text's address is known before the events: fetch it while they download.
        onHead(head) {
          const path = sourceTextPath(head);
          if (path === undefined) return;
          early = { path, text: fetchSourceText(path, base, limits) };
          // Awaited later, if the whole document agrees on the path; an abort must not go unhandled meanwhile.
          early.text.catch(() => undefined);
        },
      });
      const streaming = performance.now();
      let whole: boolean | undefined;
      const chunks = await fetchChunks(base, limits, 'json', async (chunk) => {
        // An archive has no events to stream: it is parsed whole once it is in.
        whole ??= looksLikeArchive(chunk);
        if (whole) return;
        // A fast connection hands over megabytes at once: take them a piece at a time.
        for (let at = 0; at < chunk.length; at += STREAM_PIECE_BYTES) {
          stream.push(chunk.subarray(at, at + STREAM_PIECE_BYTES));
          await slicer.turn();
        }
      });
      const streamed = whole ? { ok: false as const } : stream.finish();
      if (streamed.ok) {
        value = streamed.envelope;
        checked = checker;
      } else {
        // Not something the stream could read: the ordinary parse gives the value or says what is wrong.
        const parsing = performance.now();
        const parsed = parseEventsJson(concat(chunks));
        performance.measure('diplomatic-timeline:parse', { start: parsing });
        if (!parsed.ok) throw new LoadError(`${base} ${parsed.problem.message}`);
        value = parsed.value;
      }
      performance.measure('diplomatic-timeline:stream', { start: streaming });
    }
    // An archive's parts name their own source texts.
    if (isArchive(value)) return { value, checked: undefined, options: {}, base };
    if (this.#sourceText !== undefined && this.#given !== undefined && !this.hasAttribute('src')) {
      return { value, checked, options: { sourceText: this.#sourceText }, base };
    }
    const path = sourceTextPath(value);
    // Assigned in a callback, which TypeScript's narrowing does not see.
    const started = early as { path: string; text: Promise<ValidateOptions> } | undefined;
    const options = await (started !== undefined && started.path === path
      ? started.text
      : fetchSourceText(path, base, limits));
    return { value, checked, options, base };
  }

  // Rendering --------------------------------------------------------------

  #context(): CardContext {
    return {
      lang: this.lang,
      arabicDigits: this.hasAttribute('arabic-digits'),
      actors: this.#model?.actors ?? new Map(),
    };
  }

  /** The static frame: toolbar, legend, containers. Rebuilt when the language changes. */
  #build(): void {
    this.#teardown();
    const strings = STRINGS[this.lang];
    const dir = this.lang === 'ar' ? 'rtl' : 'ltr';
    const button = (label: string, onClick: () => void, extra: Record<string, string> = {}) => {
      const b = h('button', { type: 'button', ...extra }, label);
      b.addEventListener('click', onClick);
      return b;
    };
    const summary = h('span', { class: 'dt-summary' });
    // Its label names the view it switches to; no aria-pressed, which would announce
    // "Timeline view, pressed" while the list shows.
    const listToggle = button(
      this.#listView ? strings.timelineView : strings.listView,
      () => this.#toggleList(),
      { part: 'list-toggle' },
    );
    const zoomButtons = [
      // Around the selected event, if it is in view: it stays where it is.
      button(strings.zoomIn, () => this.#zoom(0.5, this.#selected), { 'aria-label': strings.zoomIn }),
      button(strings.zoomOut, () => this.#zoom(2, this.#selected), { 'aria-label': strings.zoomOut }),
      button(strings.fit, () => this.fit()),
    ];
    for (const zoomButton of zoomButtons) zoomButton.hidden = this.#listView;
    const toolbar = h(
      'div',
      { class: 'dt-toolbar', part: 'toolbar', role: 'toolbar', 'aria-label': strings.timeline },
      summary,
      ...zoomButtons,
      listToggle,
    );
    // Shown only when the document has enough events to be drawn in clusters (see #draw).
    const legendCluster = h(
      'li',
      { hidden: true },
      h('span', { class: 'dt-swatch dt-cluster-swatch', 'aria-hidden': 'true' }, '12'),
      strings.legendItems.cluster,
    );
    // An archive has no one dateline: hidden then (see #draw).
    const legendDateline = h(
      'li',
      {},
      h('span', { class: 'dt-swatch dt-dateline-swatch', 'aria-hidden': 'true' }),
      strings.legendItems.dateline,
    );
    const legend = h(
      'ul',
      { class: 'dt-legend', part: 'legend', 'aria-label': strings.legend },
      h('li', {}, h('span', { class: 'dt-swatch', 'aria-hidden': 'true' }), strings.legendItems.occurred),
      h(
        'li',
        {},
        h('span', { class: 'dt-swatch dt-tentative', 'aria-hidden': 'true' }),
        strings.legendItems.proposed,
      ),
      h(
        'li',
        {},
        h('span', { class: 'dt-swatch dt-range', 'aria-hidden': 'true' }),
        strings.legendItems.range,
      ),
      legendDateline,
      legendCluster,
    );
    const notice = h('div', { class: 'dt-notice', part: 'notice', role: 'alert', hidden: true });
    const timeline = h('div', {
      class: 'dt-timeline',
      part: 'timeline',
      role: 'listbox',
      tabindex: 0,
      'aria-label': strings.timeline,
      'aria-describedby': 'dt-help',
    });
    const help = h('p', { id: 'dt-help', class: 'dt-visually-hidden' }, strings.timelineHelp);
    const undated = h('section', { class: 'dt-undated', part: 'undated', hidden: true });
    // A popover, shown in the top layer: the host's containment (and a page's overflow or
    // stacking) would otherwise cut off a tooltip taller than the room left in the widget.
    const tooltip = h('div', {
      class: 'dt-tooltip',
      part: 'tooltip',
      role: 'tooltip',
      id: 'dt-tooltip',
      popover: 'manual',
      hidden: true,
    });
    const details = h('section', {
      class: 'dt-details',
      part: 'details',
      'aria-label': strings.details,
      hidden: true,
    });
    const article = h('section', { class: 'dt-article', part: 'article', hidden: true });
    const list = h('section', { class: 'dt-list', part: 'list', hidden: true });
    const live = h('div', { class: 'dt-visually-hidden', 'aria-live': 'polite', 'aria-atomic': 'true' });
    const base = h(
      'div',
      { class: 'dt', part: 'base', lang: this.lang, dir },
      toolbar,
      legend,
      notice,
      help,
      timeline,
      // Next after the timeline in tab order: a tooltip cut short by the viewport scrolls, and
      // Tab from the timeline must reach it before the undated chips replace it with theirs.
      tooltip,
      undated,
      list,
      h('div', { class: 'dt-panels' }, details, article),
      live,
    );
    this.#root.replaceChildren(base);
    if (this.#loading) base.setAttribute('aria-busy', 'true');
    this.#parts = {
      base,
      summary,
      notice,
      legendCluster,
      legendDateline,
      listToggle,
      zoomButtons,
      timeline,
      undated,
      tooltip,
      details,
      article,
      list,
      live,
    };
    this.#listen();
  }

  /**
   * Draws the data, or, when drawing throws (a bug, or a page enforcing Trusted Types,
   * where vis-timeline's own innerHTML assignments are refused), ends in the error state
   * with the reason, never in a silent empty box.
   */
  #render(): void {
    try {
      this.#draw();
    } catch (error) {
      this.#teardown();
      this.#parts.timeline.replaceChildren();
      this.#cannotDraw(error);
      this.#draw();
    }
  }

  /** The error state: nothing shown, and why first among the problems. */
  #cannotDraw(error: unknown): void {
    this.#document = null;
    this.#archive = null;
    this.#partsAbort?.abort();
    this.#model = null;
    this.#fatal = STRINGS[this.lang].errorHeading;
    this.#problems = [
      { path: '', message: `the timeline could not be drawn: ${String(error)}` },
      ...this.#problems,
    ];
  }

  /** The document's model, built once per document: redrawing in another language reuses it. */
  #modelOf(doc: EventsDocument): TimelineModel {
    if (this.#built?.doc !== doc) {
      const modelling = performance.now();
      this.#built = { doc, model: toTimelineItems(doc), index: undefined };
      performance.measure('diplomatic-timeline:model', { start: modelling });
    }
    return this.#built.model;
  }

  /** The model's items indexed by time, built once per model. */
  #indexOf(model: TimelineModel): ItemIndex {
    const built = this.#built!;
    if (built.model !== model) throw new Error('indexOf: not the current model');
    if (!built.index) {
      const indexing = performance.now();
      built.index = indexItems(model.items);
      performance.measure('diplomatic-timeline:index', { start: indexing });
    }
    return built.index;
  }

  #draw(): void {
    if (!this.#parts) return;
    this.#teardown();
    const strings = STRINGS[this.lang];
    const { summary, legendCluster, timeline, undated, article } = this.#parts;
    const doc = this.#document;
    this.#model = doc ? this.#modelOf(doc) : this.#archive ? this.#built!.model : null;

    this.#renderNotice();
    if (!this.#model) {
      summary.textContent = '';
      timeline.hidden = true;
      return;
    }
    summary.textContent = strings.events(this.#model.count);
    legendCluster.hidden = this.#model.items.length <= INDIVIDUAL_LIMIT;
    this.#parts.legendDateline.hidden = !doc;
    this.#showDrawing();
    // A page-given height: the drawing scrolls within it, rather than run over what follows.
    const height = this.getAttribute('height');
    timeline.style.height = height ?? '';
    timeline.classList.toggle('dt-fixed-height', height !== null);

    const context = this.#context();
    const model = this.#model;
    const drawing = performance.now();
    // Nothing dated, nothing to place on an axis: no empty axis around today.
    this.#vis = !this.#hasDrawing()
      ? null
      : mountVisTimeline(timeline, {
          items: model.items,
          index: this.#indexOf(model),
          lanes: model.lanes,
          rtl: this.lang === 'ar',
          dateline: doc?.source.dateline,
          animate: () => !matchMedia('(prefers-reduced-motion: reduce)').matches,
          renderItem: (spec) => {
            const event = model.events.get(spec.id);
            const classes = ['dt-item-content'];
            if (spec.id === this.#active) classes.push('dt-active');
            if (spec.id === this.#selected) classes.push('dt-selected');
            // An archive's event whose part has not arrived: its day and lane are known, its words
            // not yet; or it failed its checks, and the problems say why.
            const rejected = !event && this.#rejectedElseWanted(spec.id);
            if (!event) classes.push(rejected ? 'dt-rejected' : 'dt-pending');
            const option = {
              class: classes.join(' '),
              id: `dt-opt-${spec.id}`,
              role: 'option',
              'aria-selected': String(spec.id === this.#selected),
              'data-event-id': spec.id,
            };
            if (!event) {
              return h(
                'span',
                {
                  ...option,
                  'aria-label': rejected ? strings.notShown : strings.pending(formatDay(spec.start, context)),
                  'aria-busy': String(!rejected),
                },
                rejected ? strings.notShown : '…',
              );
            }
            return h(
              'span',
              { ...option, 'aria-label': describeEvent(event, context) },
              isolated(event.title[this.lang], this.lang),
              spec.tentative ? ' ' : null,
              spec.tentative ? h('span', { class: 'dt-tag' }, strings.status[event.status]) : null,
            );
          },
          renderCluster: (cluster) =>
            h(
              'span',
              {
                class: 'dt-cluster-content',
                'data-cluster': cluster.count,
                role: 'option',
                'aria-selected': 'false',
                'aria-label': strings.cluster(cluster.count),
                // The same words for a mouse: a count alone does not say that a click zooms in.
                title: strings.cluster(cluster.count),
              },
              String(cluster.count),
            ),
          renderLane: (lane) =>
            h(
              'span',
              { class: 'dt-lane-label' },
              lane.label[this.lang],
              lane.detail ? h('span', { class: 'dt-lane-detail' }, lane.detail[this.lang]) : null,
            ),
          renderDateline: () =>
            h(
              'span',
              { class: 'dt-dateline-label', title: formatDay(doc!.source.dateline, context) },
              strings.dateline,
            ),
          formatAxisLabel: (date, scale, kind) => formatAxisLabel(date, scale, kind, context),
          onItemActivate: (id, pointerType) => {
            this.#active = id;
            this.select(id);
            if (pointerType === 'touch' || pointerType === 'pen') this.#showTooltip(id);
          },
          onRangeChanged: () => {
            this.#syncItemState();
            this.#syncZoomButtons();
          },
          ...this.#requestedDays(),
        });
    this.#syncZoomButtons();
    performance.measure('diplomatic-timeline:draw', { start: drawing });
    // Item sizes depend on the fonts: measure again once they have loaded.
    const vis = this.#vis;
    void document.fonts?.ready.then(() => {
      if (vis && this.#vis === vis) vis.redraw();
    });

    this.#showUndatedChips();
    // An archive's undated events are spread over its parts: the list view fetches them a page at a time.
    const chips = this.#archive
      ? []
      : model.undated.slice(0, MAX_UNDATED_CHIPS).map((id) => model.events.get(id)!);
    undated.replaceChildren(
      h('h2', {}, strings.undatedHeading),
      h(
        'ul',
        {},
        ...chips.map((event) => {
          const chip = h(
            'button',
            {
              type: 'button',
              class: 'dt-chip',
              'data-event-id': event.id,
              'aria-label': describeEvent(event, context),
            },
            isolated(event.title[this.lang], this.lang),
          );
          chip.addEventListener('click', () => this.select(event.id));
          chip.addEventListener('focus', () => this.#showTooltip(event.id));
          chip.addEventListener('blur', () => this.#scheduleHide());
          return h('li', {}, chip);
        }),
      ),
      ...(model.undated.length > chips.length
        ? [
            h(
              'p',
              {},
              chips.length === 0
                ? strings.undatedInList(model.undated.length)
                : strings.moreInList(model.undated.length - chips.length),
            ),
          ]
        : []),
    );

    article.hidden = this.#sourceText === undefined || this.#archive !== null;
    article.replaceChildren();
    this.#articleOf = null;
    // A long source text (an archive, not an article) is laid out only when a quote must be shown in it;
    // a middling one in a task of its own, so that the timeline is not held up by it.
    const textLength = this.#archive ? Infinity : (this.#sourceText?.length ?? Infinity);
    if (textLength <= AT_ONCE_ARTICLE_CHARS) this.#renderArticle();
    else if (textLength <= EAGER_ARTICLE_CHARS) {
      const shown = this.#document;
      setTimeout(() => {
        if (this.#document === shown) this.#renderArticle();
      });
    }
    if (this.#listView) this.#renderList();
    const requested = this.getAttribute('selected');
    if (requested && requested !== this.#selected && this.#knows(requested)) this.select(requested);
    else this.#renderSelection();
  }

  /** The problems, or the error state's reason: above the drawing. */
  #renderNotice(): void {
    const { notice } = this.#parts;
    const strings = STRINGS[this.lang];
    notice.hidden = this.#problems.length === 0;
    notice.classList.toggle('dt-fatal', this.#fatal !== null);
    notice.replaceChildren(
      h('p', {}, this.#fatal ?? strings.problemsHeading(this.#problems.length, leftOut(this.#problems))),
      h(
        'ul',
        { lang: 'en', dir: 'ltr' },
        ...this.#problems.slice(0, 200).map((p) => h('li', {}, formatProblem(p))),
      ),
    );
  }

  /** The `start` and `end` attributes, when both are days and in order. */
  #requestedDays(): { days?: { first: CalendarDate; last: CalendarDate } } {
    const first = parseCalendarDate(this.getAttribute('start') ?? '');
    const last = parseCalendarDate(this.getAttribute('end') ?? '');
    return first && last && compareCalendarDates(first, last) <= 0 ? { days: { first, last } } : {};
  }

  /** Lays out the article with its quotes marked, unless it is shown already: an archive's, the selected event's part. */
  #renderArticle(): void {
    const { article } = this.#parts;
    const source = this.#articleSource();
    if (!source || this.#articleOf === source.document) return;
    this.#articleOf = source.document;
    article.hidden = false;
    article.replaceChildren(
      h('h2', {}, STRINGS[this.lang].article),
      renderArticle(source.text, source.document.events, source.document.source.title.ar),
    );
  }

  #articleSource(): { text: string; document: EventsDocument } | undefined {
    if (this.#archive) {
      const part = this.#selected ? this.#archive.loadedPartOf(this.#selected) : undefined;
      return part?.sourceText === undefined ? undefined : { text: part.sourceText, document: part.document };
    }
    if (this.#sourceText === undefined || !this.#document) return undefined;
    return { text: this.#sourceText, document: this.#document };
  }

  #renderList(page = 0): void {
    const { list } = this.#parts;
    if (!this.#model) return;
    list.replaceChildren(
      renderEventList(this.#model, this.#context(), page, (next) => {
        this.#renderList(next);
        list.querySelector('h2')?.focus();
      }),
    );
    list.querySelector('h2')?.setAttribute('tabindex', '-1');
    const parts = this.#archive;
    if (parts) {
      const ids = idsOnPage(this.#model, page);
      for (const id of ids) this.#want(id);
      this.#fillList(new Set(ids.filter((id) => parts.isRejected(id))));
    }
  }

  /**
   * An archive's events have arrived: their cards replace the list's placeholders in place, so
   * focus and scroll stay where the reader left them.
   */
  #fillList(changed: ReadonlySet<string>): void {
    const { list } = this.#parts;
    for (const item of list.querySelectorAll<HTMLElement>('li[data-pending]')) {
      const id = item.dataset.pending!;
      if (!changed.has(id)) continue;
      const event = this.#model?.events.get(id);
      item.removeAttribute('data-pending');
      item.removeAttribute('aria-busy');
      item.replaceChildren(
        event ? buildEventCard(event, this.#context(), 'h3') : h('p', {}, STRINGS[this.lang].notShown),
      );
    }
  }

  /** The undated chips, beside the timeline only: the list view lists those events itself, last. */
  #showUndatedChips(): void {
    this.#parts.undated.hidden = this.#listView || !this.#model?.undated.length;
  }

  /** Whether the shown document has an event to place on the axis. */
  #hasDrawing(): boolean {
    return (this.#model?.items.length ?? 0) > 0;
  }

  /** The drawing and its zoom buttons show in the timeline view, when there is something to draw. */
  #showDrawing(): void {
    const { timeline, zoomButtons } = this.#parts;
    const shown = !this.#listView && this.#hasDrawing();
    timeline.hidden = !shown;
    for (const zoomButton of zoomButtons) zoomButton.hidden = !shown;
  }

  #toggleList(): void {
    this.#listView = !this.#listView;
    const { list, listToggle } = this.#parts;
    listToggle.textContent = this.#listView ? STRINGS[this.lang].timelineView : STRINGS[this.lang].listView;
    this.#showDrawing();
    this.#showUndatedChips();
    // Its event has just left the screen: left open, it would float over the list at its
    // hidden anchor's place (under the pointer, in Arabic).
    if (this.#listView) this.#hideTooltip();
    list.hidden = !this.#listView;
    if (this.#listView) this.#renderList();
    else this.#vis?.redraw();
  }

  #renderSelection(): void {
    const { details, article } = this.#parts;
    const event = this.#selected ? this.#model?.events.get(this.#selected) : undefined;
    details.hidden = this.#selected === null;
    if (this.#selected !== null) {
      const strings = STRINGS[this.lang];
      const close = h('button', { type: 'button', 'aria-label': strings.closeDetails }, '×');
      close.addEventListener('click', () => this.#closeDetails());
      details.replaceChildren(
        h('header', {}, h('h2', {}, strings.details), close),
        event ? buildEventCard(event, this.#context()) : this.#notYet(this.#selected),
      );
    }
    if (event) this.#renderArticle();
    let first: HTMLElement | undefined;
    for (const mark of article.querySelectorAll<HTMLElement>('mark[data-quote-of]')) {
      const current = event !== undefined && mark.dataset.quoteOf!.split(' ').includes(event.id);
      mark.classList.toggle('dt-current', current);
      if (current && !first) first = mark;
    }
    if (first) {
      // Scroll the article box only, never the page.
      const box = article.querySelector<HTMLElement>('.dt-article-text')!;
      box.scrollTop += first.getBoundingClientRect().top - box.getBoundingClientRect().top - 16;
    }
    this.#syncItemState();
  }

  /**
   * Clears the selection. Focus inside the details (on their close button, say) would fall to
   * the page's <body> as they hide: it goes back where the details were opened from (the
   * timeline, its event still active, or an undated chip), or else to the timeline or the view switch.
   */
  #closeDetails(): void {
    const { details, timeline, listToggle } = this.#parts;
    const focused = details.contains(this.#root.activeElement);
    const opener = this.#detailsOpener;
    this.select(null);
    if (!focused) return;
    [opener, timeline, listToggle]
      .find((candidate) => candidate?.isConnected && candidate.getClientRects().length > 0)
      ?.focus();
  }

  /** vis-timeline keeps item elements it already drew: bring their focus and selection state up to date. */
  #syncItemState(): void {
    const { timeline } = this.#parts;
    for (const element of timeline.querySelectorAll<HTMLElement>('[data-event-id]')) {
      const id = element.dataset.eventId!;
      element.classList.toggle('dt-active', id === this.#active);
      element.classList.toggle('dt-selected', id === this.#selected);
      element.setAttribute('aria-selected', String(id === this.#selected));
    }
    const active = this.#active ? this.#itemElement(this.#active) : null;
    if (active && this.#root.activeElement === timeline)
      timeline.setAttribute('aria-activedescendant', active.id);
    else timeline.removeAttribute('aria-activedescendant');
  }

  #itemElement(id: string): HTMLElement | null {
    return this.#parts.timeline.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"]`);
  }

  // Interaction ------------------------------------------------------------

  #listen(): void {
    const { timeline, tooltip, base } = this.#parts;
    timeline.addEventListener('keydown', (event) => this.#onKey(event));
    timeline.addEventListener('focus', () => {
      if (!this.#active) this.#active = this.#model?.items[0]?.id;
      this.#moveTo(this.#active);
    });
    timeline.addEventListener('blur', (event) => {
      timeline.removeAttribute('aria-activedescendant');
      if (!tooltip.contains(event.relatedTarget as Node | null)) this.#scheduleHide();
    });
    tooltip.addEventListener('focusout', (event) => {
      if (event.relatedTarget !== timeline) this.#scheduleHide();
    });
    timeline.addEventListener('pointerover', (event) => {
      if ((event as PointerEvent).pointerType === 'touch') return;
      const target = (event.target as Element).closest<HTMLElement>('[data-event-id]');
      if (target) this.#scheduleShow(target.dataset.eventId!);
    });
    timeline.addEventListener('pointerout', (event) => {
      const to = (event as PointerEvent).relatedTarget as Element | null;
      const from = (event.target as Element).closest('[data-event-id]');
      if (from && !from.contains(to)) this.#scheduleHide();
    });
    this.#parts.undated.addEventListener('pointerover', (event) => {
      const target = (event.target as Element).closest<HTMLElement>('[data-event-id]');
      if (target && (event as PointerEvent).pointerType !== 'touch')
        this.#scheduleShow(target.dataset.eventId!);
    });
    this.#parts.undated.addEventListener('pointerout', () => this.#scheduleHide());
    tooltip.addEventListener('pointerenter', () => clearTimeout(this.#tooltipTimer));
    tooltip.addEventListener('pointerleave', () => this.#scheduleHide());
    // Escape closes the tooltip, then the details; listened to on our own root, never on document.
    base.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      if (this.#tooltipFor) this.#hideTooltip();
      else if (this.#selected) this.#closeDetails();
      else return;
      event.preventDefault();
    });
  }

  #onKey(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const rtl = this.lang === 'ar';
    const moves: Record<string, Move> = {
      ArrowRight: rtl ? 'earlier' : 'later',
      ArrowLeft: rtl ? 'later' : 'earlier',
      ArrowUp: 'lane-up',
      ArrowDown: 'lane-down',
      Home: 'first',
      End: 'last',
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      this.#moveTo(navigate(this.#model?.items ?? [], this.#model?.lanes ?? [], this.#active, move));
    } else if (event.key === '+' || event.key === '=') {
      event.preventDefault();
      this.#zoom(0.5, this.#active);
    } else if (event.key === '-' || event.key === '_') {
      event.preventDefault();
      this.#zoom(2, this.#active);
    } else if ((event.key === 'PageDown' || event.key === 'PageUp') && this.#scrollTooltip(event.key)) {
      event.preventDefault();
    } else if ((event.key === 'Enter' || event.key === ' ') && this.#active) {
      event.preventDefault();
      this.select(this.#active);
      this.#showTooltip(this.#active);
    }
  }

  /**
   * In a timeline given a height, brings an event's lane into its scrolled view, as little as
   * needed. Only the timeline scrolls, never the page: the event's box is moved in time by
   * vis-timeline itself.
   */
  #scrollIntoTimeline(id: string): void {
    const { timeline } = this.#parts;
    const item = this.#itemElement(id)?.closest('.vis-item');
    if (!item || timeline.scrollHeight <= timeline.clientHeight) return;
    const box = item.getBoundingClientRect();
    const view = timeline.getBoundingClientRect();
    if (box.top < view.top) timeline.scrollTop -= view.top - box.top + 8;
    else if (box.bottom > view.bottom) timeline.scrollTop += box.bottom - view.bottom + 8;
  }

  /** Zooms (by `factor`, below 1: in) around an event when it is in view; nothing past the limits. */
  #zoom(factor: number, aroundId: string | null | undefined): void {
    const limits = this.#vis?.canZoom();
    if (!limits || !(factor < 1 ? limits.in : limits.out)) return;
    this.#vis!.zoom(factor, aroundId ?? undefined);
    // Not only on rangechanged, which vis-timeline sends 200 ms after a jump: a second click in
    // between would find the buttons still claiming room to zoom that is not there.
    this.#syncZoomButtons();
  }

  /** The zoom buttons say when they are at a limit; aria-disabled keeps them focusable. */
  #syncZoomButtons(): void {
    const limits = this.#vis?.canZoom() ?? { in: false, out: false };
    const [zoomIn, zoomOut] = this.#parts.zoomButtons;
    zoomIn!.setAttribute('aria-disabled', String(!limits.in));
    zoomOut!.setAttribute('aria-disabled', String(!limits.out));
  }

  /**
   * PageDown or PageUp while the timeline has focus scrolls the tooltip, when it is cut short
   * and can scroll that way; false otherwise, and the key is left to the page.
   */
  #scrollTooltip(key: 'PageDown' | 'PageUp'): boolean {
    const { tooltip } = this.#parts;
    if (!this.#tooltipFor || tooltip.hidden) return false;
    const room = tooltip.scrollHeight - tooltip.clientHeight;
    const down = key === 'PageDown';
    if (down ? tooltip.scrollTop >= room - 1 : tooltip.scrollTop <= 0) return false;
    tooltip.scrollBy({ top: (down ? 1 : -1) * tooltip.clientHeight * 0.85 });
    return true;
  }

  #moveTo(id: string | undefined): void {
    if (!id) return;
    this.#active = id;
    const drawn = this.#vis?.isVisible(id) && this.#itemElement(id);
    this.#vis?.reveal(id);
    const show = () => {
      this.#scrollIntoTimeline(id);
      this.#syncItemState();
      this.#showTooltip(id);
    };
    // vis-timeline draws a newly revealed item on its next frame.
    if (drawn) show();
    else requestAnimationFrame(show);
  }

  #scheduleShow(id: string): void {
    clearTimeout(this.#tooltipTimer);
    if (this.#tooltipFor === id) return;
    // Moving from one item to the next switches at once; a first hover waits a moment, so passing over does not flicker.
    if (this.#tooltipFor) this.#showTooltip(id);
    else this.#tooltipTimer = window.setTimeout(() => this.#showTooltip(id), SHOW_DELAY_MS);
  }

  #scheduleHide(): void {
    clearTimeout(this.#tooltipTimer);
    this.#tooltipTimer = window.setTimeout(() => this.#hideTooltip(), HIDE_DELAY_MS);
  }

  #showTooltip(id: string): void {
    clearTimeout(this.#tooltipTimer);
    const event = this.#model?.events.get(id);
    const anchor =
      this.#itemElement(id) ??
      this.#parts.undated.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"]`);
    if ((!event && !this.#archive?.has(id)) || !anchor) return;
    const { tooltip } = this.#parts;
    if (this.#tooltipFor !== id) {
      // An archive's event not yet fetched says so; its card replaces this when it arrives (#onPart).
      tooltip.replaceChildren(event ? buildEventCard(event, this.#context(), 'h3', true) : this.#notYet(id));
      tooltip.scrollTop = 0;
      this.#tooltipFor = id;
    }
    tooltip.hidden = false;
    toTopLayer(tooltip, true);
    if (!this.#root.activeElement) window.addEventListener('keydown', this.#onWindowKey, true);
    this.#stopAutoUpdate?.();
    const reference = anchor.closest<HTMLElement>('.vis-item') ?? anchor;
    // Should the timeline drop the item's element (zoomed or panned away, or drawn anew),
    // follow the event to its new element, or close, rather than float over nothing.
    this.#stopAutoUpdate = placeTooltip(tooltip, reference, () => {
      if (this.#tooltipFor !== id) return;
      if (this.#itemElement(id)) this.#showTooltip(id);
      else this.#hideTooltip();
    });
  }

  /**
   * Escape must dismiss a tooltip opened by hover even when focus is elsewhere on the
   * page (WCAG 1.4.13). This is the widget's only listener outside itself, and it exists
   * only while such a tooltip is showing.
   */
  #onWindowKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.#tooltipFor) this.#hideTooltip();
  };

  #hideTooltip(): void {
    window.removeEventListener('keydown', this.#onWindowKey, true);
    clearTimeout(this.#tooltipTimer);
    this.#stopAutoUpdate?.();
    this.#stopAutoUpdate = null;
    this.#tooltipFor = null;
    if (!this.#parts) return;
    toTopLayer(this.#parts.tooltip, false);
    this.#parts.tooltip.hidden = true;
  }

  #announce(text: string): void {
    const { live } = this.#parts;
    live.textContent = '';
    // A new text node after clearing is announced even when the text repeats.
    requestAnimationFrame(() => (live.textContent = text));
  }

  #teardown(): void {
    this.#hideTooltip();
    this.#vis?.destroy();
    this.#vis = null;
  }
}
