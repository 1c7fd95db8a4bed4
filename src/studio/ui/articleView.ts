import type { StudioContext } from '../context.ts';
import { markSegments } from '../markRanges.ts';
import { newEvent } from '../newEvent.ts';
import { button, h, section } from './controls.ts';

/** The article's text with marks: built from text nodes, so the view's text is exactly the article's. */
export function markedArticle(ctx: StudioContext): HTMLElement {
  const { draft, t } = ctx;
  const view = h('div', {
    id: 'st-article',
    class: 'st-article',
    lang: draft.language,
    dir: draft.language === 'ar' ? 'rtl' : 'ltr',
    tabindex: 0,
    role: 'region',
    'aria-label': t.articleView,
  });
  if (!draft.text) {
    view.append(h('p', { class: 'st-empty' }, t.articleEmpty));
    view.dataset.empty = '';
    return view;
  }
  for (const { start, end, kinds } of markSegments(draft.text, draft.events, draft.current)) {
    const piece = draft.text.slice(start, end);
    if (kinds.length === 0) view.append(piece);
    else view.append(h('mark', { class: kinds.map((kind) => `st-${kind}`).join(' ') }, piece));
  }
  return view;
}

/** The article panel: what to do with a selection, and the marked article. */
export function articlePanel(ctx: StudioContext): HTMLElement {
  const { t } = ctx;
  const withSelection = (use: (span: { start: number; end: number; text: string }) => void) => () => {
    const span = ctx.selection();
    if (!span) ctx.say(t.noSelection, 'error');
    else use(span);
  };
  const addQuote = withSelection((span) => {
    if (ctx.draft.current < 0) return newFrom(span);
    ctx.edit(
      `/events/${ctx.draft.current}/quotes/add`,
      (d) => d.events[d.current]?.quotes.push({ ...span, translation: '' }),
      {
        form: true,
        article: true,
      },
    );
  });
  const newFrom = (span: { start: number; end: number; text: string }) =>
    ctx.edit(
      'event',
      (d) => {
        d.events.push(newEvent(span, d.events));
        d.current = d.events.length - 1;
      },
      { form: true, article: true },
    );
  const usePhrase = withSelection((span) => {
    if (ctx.draft.current < 0) return ctx.say(t.noEvents, 'error');
    ctx.edit(
      `/events/${ctx.draft.current}/time/phrase/selection`,
      (d) => {
        const event = d.events[d.current];
        if (event) event.time = { ...event.time, phrase: span.text };
      },
      { form: true, article: true },
    );
  });
  return section(
    'st-article-panel',
    t.viewArticle,
    'st-article-panel',
    h(
      'div',
      { class: 'st-row st-actions', role: 'group', 'aria-label': t.selectionHelp },
      button(t.addQuote, addQuote),
      button(t.newEvent, withSelection(newFrom)),
      button(t.usePhrase, usePhrase),
    ),
    h('p', { id: 'st-selected', class: 'st-hint', 'aria-live': 'polite' }),
    markedArticle(ctx),
  );
}
