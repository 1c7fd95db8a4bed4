import type { Problem } from '../types.ts';
import type { Draft } from './draft.ts';
import type { TextSpan } from './selectionOffsets.ts';
import type { StudioStrings, UiLang } from './strings.ts';

/** What an edit changes on screen besides the preview and problems, which always follow. */
export interface Redraw {
  form?: boolean;
  article?: boolean;
  start?: boolean;
  keep?: boolean;
}

/** What the panels see of the studio: the draft, the strings, and the commands. */
export interface StudioContext {
  readonly draft: Draft;
  readonly t: StudioStrings;
  readonly ui: UiLang;
  readonly problems: readonly Problem[];
  /** Changes the draft as one undoable step (steps with the same key close together merge). */
  edit(key: string, change: (draft: Draft) => void, redraw?: Redraw): void;
  /** Shows a message in the status line, announced to screen readers. */
  say(message: string, tone?: 'info' | 'error'): void;
  /** The last stretch of the article selected, in the marked article or the text box. */
  selection(): TextSpan | null;
  /** Selects the event at `index` and focuses the control of a JSON Pointer. */
  focusPath(path: string): void;
  openFiles(files: File[]): Promise<void>;
  importCsv(file: File): Promise<void>;
  propose(): Promise<void>;
  newDraft(): void;
  openDraft(id: string): void;
  deleteDraft(id: string): void;
  undo(): void;
  redo(): void;
  switchUi(): void;
}
