import type { DiplomaticTimeline } from '../../element/DiplomaticTimeline.ts';
import type { StudioContext } from '../context.ts';
import { button, h } from './controls.ts';

export type View = 'article' | 'form' | 'preview';

export interface Layout {
  root: HTMLElement;
  slots: { start: HTMLElement; form: HTMLElement; problems: HTMLElement; keep: HTMLElement };
  timeline: DiplomaticTimeline;
  status: HTMLElement;
  undo: HTMLButtonElement;
  redo: HTMLButtonElement;
  readonly view: View;
  /** On a narrow screen, switches to the view holding `element`. */
  show(element: Element): void;
}

/**
 * The page's frame: header and toolbar, the status line, and three columns (article, event,
 * preview) which a narrow screen shows one at a time, switched by the views bar.
 */
export function layout(ctx: StudioContext, initial: View): Layout {
  const { t } = ctx;
  const main = h('main', { class: 'st-main', 'data-view': initial });
  const viewButtons = new Map<View, HTMLButtonElement>();
  const setView = (view: View) => {
    main.dataset.view = view;
    for (const [name, b] of viewButtons) b.setAttribute('aria-pressed', String(name === view));
  };
  const views = h('nav', { class: 'st-views', 'aria-label': t.views });
  for (const [view, label] of [
    ['article', t.viewArticle],
    ['form', t.viewForm],
    ['preview', t.viewPreview],
  ] as const) {
    const b = button(label, () => setView(view), { 'aria-pressed': String(view === initial) });
    viewButtons.set(view, b);
    views.append(b);
  }
  const start = h('div', { class: 'st-col st-col-article', 'data-column': 'article' });
  const form = h('div', { class: 'st-col st-col-form', 'data-column': 'form' });
  const timeline = document.createElement('diplomatic-timeline');
  timeline.lang = ctx.ui;
  const problems = h('section', {
    class: 'st-problems',
    'aria-labelledby': 'st-problems-heading',
    'aria-live': 'off',
  });
  const keep = h('div', { class: 'st-keep-slot' });
  const preview = h(
    'div',
    { class: 'st-col st-col-preview', 'data-column': 'preview' },
    h(
      'section',
      { class: 'st-preview', 'aria-labelledby': 'st-preview-heading' },
      h('h2', { id: 'st-preview-heading' }, t.preview),
      timeline,
    ),
    problems,
    keep,
  );
  main.append(start, form, preview);
  const undo = button(t.undo, () => ctx.undo(), { 'aria-keyshortcuts': 'Control+Z' });
  const redo = button(t.redo, () => ctx.redo(), { 'aria-keyshortcuts': 'Control+Shift+Z' });
  const other = ctx.ui === 'en' ? 'ar' : 'en';
  const status = h('p', { class: 'st-status', role: 'status', 'aria-live': 'polite' });
  const root = h(
    'div',
    { class: 'st-app' },
    h(
      'header',
      { class: 'st-header' },
      h('div', {}, h('h1', {}, t.appTitle), h('p', { class: 'st-intro' }, t.appIntro)),
      h(
        'div',
        { class: 'st-toolbar', role: 'toolbar', 'aria-label': t.appTitle },
        undo,
        redo,
        button(t.switchLang, () => ctx.switchUi(), { lang: other }),
      ),
    ),
    views,
    status,
    main,
  );
  return {
    root,
    slots: { start, form, problems, keep },
    timeline,
    status,
    undo,
    redo,
    get view() {
      return main.dataset.view as View;
    },
    show(element) {
      const column = element.closest<HTMLElement>('[data-column]')?.dataset.column as View | undefined;
      if (column) setView(column);
    },
  };
}
