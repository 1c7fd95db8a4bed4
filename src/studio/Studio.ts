import { defineDiplomaticTimeline } from '../element/define.ts';
import type { Problem } from '../types.ts';
import { checkDraft } from './checkDraft.ts';
import type { Redraw, StudioContext } from './context.ts';
import type { Draft } from './draft.ts';
import { emptyDraft, snapshot } from './draft.ts';
import { DraftStore } from './draftStore.ts';
import { bestPath, eventIndexOf } from './fieldFor.ts';
import { describeUnmapped } from './describeUnmapped.ts';
import { fromTimelineJsRows } from './fromTimelineJsRows.ts';
import { History } from './history.ts';
import { mergeProposal } from './mergeProposal.ts';
import { readOpenedFiles } from './openFiles.ts';
import { proposeEvents } from './proposeEvents.ts';
import { decodeText } from './readTextFile.ts';
import { reviewCovers, reviewNotes } from './reviewNotes.ts';
import type { TextSpan } from './selectionOffsets.ts';
import { currentSelection } from './selectionOffsets.ts';
import type { StudioStrings, UiLang } from './strings.ts';
import { STUDIO_STRINGS } from './strings.ts';
import { readTimelineJsCsv } from './timelineJsCsv.ts';
import { toDocument } from './toDocument.ts';
import { articlePanel, markedArticle } from './ui/articleView.ts';
import { eventForm, eventLabel } from './ui/eventForm.ts';
import { keepPanel } from './ui/keepPanel.ts';
import { layout } from './ui/layout.ts';
import type { Layout } from './ui/layout.ts';
import { problemsPanel } from './ui/problemsPanel.ts';
import { keepSelection, replaceKeepingSelection } from './ui/replaceKeepingSelection.ts';
import { startPanel } from './ui/startPanel.ts';

/** Preview and problems follow the typing this long after it stops: drawing a timeline per key would lag. */
const CHECK_DELAY_MS = 300;
const SAVE_DELAY_MS = 400;

const newId = () => `d${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/**
 * The studio: one draft, its history, its autosave, and the panels drawn from it. Panels
 * change the draft only through `edit`, so every change is undoable and saved.
 */
export class Studio implements StudioContext {
  draft: Draft;
  ui: UiLang;
  problems: readonly Problem[] = [];
  readonly #history = new History<Draft>();
  readonly #store: DraftStore;
  readonly #root: HTMLElement;
  #layout!: Layout;
  #span: TextSpan | null = null;
  #checkTimer: ReturnType<typeof setTimeout> | undefined;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #articleDirty = false;
  #saveFailed = false;
  #previewed = '';

  constructor(root: HTMLElement, storage: Storage | null, ui: UiLang) {
    defineDiplomaticTimeline();
    this.#root = root;
    this.#store = new DraftStore(storage);
    this.ui = ui;
    this.draft = this.#store.current() ?? emptyDraft(newId(), Date.now());
  }

  get t(): StudioStrings {
    return STUDIO_STRINGS[this.ui];
  }

  mount(): void {
    document.addEventListener('keydown', (event) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'z' || key === 'y') {
        event.preventDefault();
        if (key === 'y' || event.shiftKey) this.redo();
        else this.undo();
      }
    });
    document.addEventListener('selectionchange', () => this.#trackSelection());
    // A crash or a closed tab between an edit and its delayed save must not lose it.
    window.addEventListener('pagehide', () => this.#save());
    document.addEventListener(
      'visibilitychange',
      () => document.visibilityState === 'hidden' && this.#save(),
    );
    this.#render();
  }

  edit(key: string, change: (draft: Draft) => void, redraw: Redraw = {}): void {
    this.#history.record(snapshot(this.draft), key, Date.now());
    change(this.draft);
    this.draft.updated = Date.now();
    this.#clearDrafted(key);
    if (redraw.article) this.#articleDirty = true;
    if (redraw.form) this.#redraw('form');
    if (redraw.start) this.#redraw('start');
    this.#afterChange();
  }

  say(message: string, tone: 'info' | 'error' = 'info'): void {
    const status = this.#layout.status;
    status.textContent = message;
    status.dataset.tone = tone;
  }

  selection(): TextSpan | null {
    return this.#span;
  }

  focusPath(path: string): void {
    const index = eventIndexOf(path);
    if (index !== null && index !== this.draft.current && index < this.draft.events.length) {
      this.draft.current = index;
      this.#articleDirty = true;
      this.#redraw('form');
      this.#afterChange();
    }
    const controls = [...this.#root.querySelectorAll<HTMLElement>('[data-path]')];
    const best = bestPath(
      path,
      controls.map((control) => control.dataset.path ?? ''),
    );
    const target = controls.find((control) => control.dataset.path === best);
    if (!target) return;
    target.closest('details')?.setAttribute('open', '');
    this.#layout.show(target);
    target.focus();
    target.scrollIntoView({ block: 'center' });
  }

  async openFiles(files: File[]): Promise<void> {
    const outcome = await readOpenedFiles(files, this.t, newId(), Date.now());
    if (outcome.kind === 'error') return this.say(outcome.message, 'error');
    if (outcome.kind === 'text') {
      this.edit('open-text', (d) => void (d.text = outcome.text), { article: true, start: true });
      return this.say(this.t.opened);
    }
    this.#replace(outcome.draft);
    const problems = checkDraft(toDocument(this.draft), this.draft.text);
    this.say(
      problems.length > 0 && this.draft.text ? this.t.openedWithProblems(problems.length) : outcome.message,
    );
  }

  async importCsv(file: File): Promise<void> {
    const decoded = decodeText(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) return this.say(this.t.notText(file.name), 'error');
    const read = readTimelineJsCsv(decoded.text);
    if (!read.ok) return this.say(this.t.csvHeader(read.missing.join(', ')), 'error');
    const imported = fromTimelineJsRows(
      read.rows,
      this.draft.text,
      new Set(this.draft.events.map((e) => e.id)),
    );
    this.edit(
      'import',
      (d) => {
        d.events.push(...imported.events);
        d.drafted.push(...imported.drafted);
        if (imported.title && !d.title.en) d.title.en = imported.title;
        if (d.current < 0 && d.events.length > 0) d.current = 0;
      },
      { form: true, article: true, start: true },
    );
    const unmapped = describeUnmapped(this.t, imported.unmapped, read.unknownColumns);
    this.say(this.t.csvImported(imported.events.length, unmapped.join('; ')));
  }

  async propose(): Promise<void> {
    const { text, dateline, language: lang, relay, publisher, actors } = this.draft;
    const proposal = await proposeEvents({
      text,
      dateline,
      lang,
      relay,
      actors,
      ...(publisher ? { publisher } : {}),
    });
    if (!proposal) return this.say(this.t.proposeNeeds, 'error');
    let merged = { added: 0, replaced: 0, kept: 0 };
    // A key of its own each time: two proposals in a row are two undo steps, not one.
    this.edit(`propose-${Date.now()}`, (d) => void (merged = mergeProposal(d, proposal)), {
      form: true,
      article: true,
    });
    this.say(this.t.proposed(merged.added, merged.replaced, merged.kept));
  }

  newDraft(): void {
    this.#replace(emptyDraft(newId(), Date.now()));
  }

  openDraft(id: string): void {
    const draft = this.#store.load(id);
    if (draft) this.#replace(draft);
  }

  deleteDraft(id: string): void {
    this.#store.delete(id);
    if (id === this.draft.id) this.#replace(emptyDraft(newId(), Date.now()), false);
    else this.#redraw('keep');
    this.say(this.t.deleted);
  }

  undo(): void {
    const previous = this.#history.undo(snapshot(this.draft));
    if (previous) this.#restore(previous);
  }

  redo(): void {
    const next = this.#history.redo(snapshot(this.draft));
    if (next) this.#restore(next);
  }

  switchUi(): void {
    this.ui = this.ui === 'en' ? 'ar' : 'en';
    try {
      localStorage.setItem('dt-studio:ui', this.ui);
    } catch {
      // The choice then lasts as long as the page: nothing else depends on it.
    }
    this.#render();
  }

  /** Another draft in place of this one; this one stays saved, as it was. */
  #replace(draft: Draft, saveFirst = true): void {
    if (saveFirst) this.#save();
    this.draft = draft;
    this.#history.clear();
    this.#span = null;
    this.#render();
    this.#save();
  }

  #restore(draft: Draft): void {
    const focused = document.activeElement?.id;
    this.draft = draft;
    this.#articleDirty = true;
    this.#redraw('start');
    this.#redraw('form');
    this.#afterChange();
    if (focused) document.getElementById(focused)?.focus();
  }

  /**
   * A person edited a field the engine drafted: it is no longer a draft, what the engine
   * asked to review about that field is done, and the event is the person's now (a new
   * proposal keeps it).
   */
  #clearDrafted(key: string): void {
    const index = eventIndexOf(key);
    const event = index === null ? undefined : this.draft.events[index];
    if (!event) return;
    const field = key.replace(/^\/events\/\d+\//, '');
    if (this.draft.drafted.length > 0)
      this.draft.drafted = this.draft.drafted.filter((entry) => entry !== `${event.id}/${field}`);
    if (this.draft.proposed?.includes(event.id))
      this.draft.proposed = this.draft.proposed.filter((id) => id !== event.id);
    if (event.review) {
      const review = event.review.filter((note) => !reviewCovers(note, field));
      if (review.length > 0) event.review = review;
      else delete event.review;
    }
  }

  #render(): void {
    // The whole page is rebuilt (a new language): a selection in the article stays.
    const restore = this.#keepArticleSelection();
    document.documentElement.lang = this.ui;
    document.documentElement.dir = this.ui === 'ar' ? 'rtl' : 'ltr';
    document.title = this.t.appTitle;
    this.#layout = layout(this, this.#layout?.view ?? 'article');
    this.#root.replaceChildren(this.#layout.root);
    // Choosing an event in the preview opens it in the form.
    this.#layout.timeline.addEventListener('timeline-select', ({ detail }) => {
      const index = this.draft.events.findIndex((event) => event.id === detail.id);
      if (index < 0 || index === this.draft.current) return;
      this.draft.current = index;
      this.#articleDirty = true;
      this.#redraw('form');
      this.#afterChange();
    });
    this.#redraw('start');
    restore();
    this.#redraw('form');
    this.#redraw('keep');
    this.#articleDirty = true;
    this.#previewed = '';
    this.#check();
  }

  #redraw(part: 'start' | 'form' | 'keep'): void {
    const focused = document.activeElement?.id;
    const slot = this.#layout.slots[part];
    if (part === 'start') {
      // An undo or a redo redraws the article with the rest: a selection in it stays.
      const restore = this.#keepArticleSelection();
      slot.replaceChildren(startPanel(this), articlePanel(this));
      restore();
    }
    if (part === 'form') {
      slot.replaceChildren(eventForm(this));
      // The list scrolls: keep the event being edited in sight.
      slot.querySelector('.st-event-list [aria-current]')?.scrollIntoView({ block: 'nearest' });
    }
    if (part === 'keep') slot.replaceChildren(keepPanel(this, this.#store.list()));
    if (part === 'start') this.#articleDirty = false;
    if (focused && slot.querySelector(`#${CSS.escape(focused)}`)) document.getElementById(focused)?.focus();
  }

  /** The selection and focus in the marked article now, to put back into the one drawn next (see keepSelection). */
  #keepArticleSelection(): () => void {
    const article = this.#root.querySelector('#st-article');
    if (!article) return () => undefined;
    const restore = keepSelection(article);
    return () => {
      const next = this.#root.querySelector<HTMLElement>('#st-article');
      if (next) restore(next);
    };
  }

  #afterChange(): void {
    this.#layout.undo.disabled = !this.#history.canUndo;
    this.#layout.redo.disabled = !this.#history.canRedo;
    clearTimeout(this.#checkTimer);
    this.#checkTimer = setTimeout(() => this.#check(), CHECK_DELAY_MS);
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => this.#save(), SAVE_DELAY_MS);
  }

  /** Redraws what follows the draft: the marks, the preview, the problems, the event list's names. */
  #check(): void {
    clearTimeout(this.#checkTimer);
    if (this.#articleDirty) {
      const article = this.#root.querySelector('#st-article');
      if (article) replaceKeepingSelection(article, markedArticle(this));
      this.#articleDirty = false;
    }
    const document_ = toDocument(this.draft);
    const checked = checkDraft(document_, this.draft.text);
    const problems = checked.filter((problem) => problem.severity !== 'review');
    this.problems = problems;
    const notes = reviewNotes(
      this.draft,
      {
        drafted: this.t.draftedField,
        untranslated: this.t.untranslated,
        sameTitles: this.t.sameTitles,
      },
      checked,
    );
    this.#layout.slots.problems.replaceChildren(...problemsPanel(this, problems, notes));
    this.#layout.undo.disabled = !this.#history.canUndo;
    this.#layout.redo.disabled = !this.#history.canRedo;
    const serialized = JSON.stringify(document_);
    const timeline = this.#layout.timeline;
    timeline.lang = this.ui;
    if (serialized !== this.#previewed) {
      this.#previewed = serialized;
      timeline.sourceText = this.draft.text;
      timeline.events = document_;
    }
    this.#root.querySelectorAll<HTMLButtonElement>('.st-event-list button').forEach((button, index) => {
      button.textContent = eventLabel(this, index);
    });
  }

  #save(): void {
    clearTimeout(this.#saveTimer);
    if (!this.draft.text && this.draft.events.length === 0) {
      // Nothing worth a place in the drafts list: an untouched new draft, or one emptied.
      this.#store.delete(this.draft.id);
      return;
    }
    const result = this.#store.save(this.draft);
    if (!result.ok) {
      if (!this.#saveFailed)
        this.say(result.reason === 'full' ? this.t.storageFull : this.t.storageUnavailable, 'error');
      this.#saveFailed = true;
      return;
    }
    if (this.#saveFailed) this.say(this.t.saved);
    this.#saveFailed = false;
    const focused = document.activeElement;
    if (!this.#layout.slots.keep.contains(focused)) this.#redraw('keep');
  }

  #trackSelection(): void {
    const span = currentSelection(this.#root, this.draft.text);
    if (!span) return;
    this.#span = span;
    const shown = span.text.length > 80 ? `${span.text.slice(0, 80)}…` : span.text;
    const line = this.#root.querySelector('#st-selected');
    if (line) line.textContent = this.t.selected(shown);
  }
}
