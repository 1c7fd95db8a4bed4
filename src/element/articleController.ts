import { renderArticle } from '../article/renderArticle.ts';
import { h } from '../dom/h.ts';
import type { EventsDocument } from '../types.ts';
import type { Controller } from './controllers.ts';
import type { TimelineHost } from './TimelineHost.ts';

/**
 * Source texts up to this length are laid out with the timeline; up to EAGER_ARTICLE_CHARS,
 * when their box nears the screen (laying out 80,000 characters of Arabic takes about 100 ms,
 * which would hold back the frame that first shows the drawing); longer ones, and any on first
 * selection.
 */
const AT_ONCE_ARTICLE_CHARS = 20_000;
const EAGER_ARTICLE_CHARS = 200_000;

/** The article panel: the source text with its quotes marked, the selected event's highlighted. */
export class ArticleController implements Controller {
  readonly #host: TimelineHost;
  /** The document whose article the panel shows (for an archive, the selected event's part). */
  #articleOf: EventsDocument | null = null;
  /** Watches the place of an article yet to be laid out, until it nears the screen. */
  #near: IntersectionObserver | null = null;

  constructor(host: TimelineHost) {
    this.#host = host;
  }

  /** The frame goes, and the article laid out in it. */
  hostDisconnected(): void {
    this.#stopWatching();
    this.#articleOf = null;
  }

  /** A new drawing: the panel empties, and the article is laid out now, soon or when first needed. */
  reset(): void {
    const { shown } = this.#host;
    const { article } = this.#host.parts;
    const text = shown.kind === 'document' ? shown.sourceText : undefined;
    article.hidden = text === undefined;
    article.replaceChildren();
    this.#stopWatching();
    this.#articleOf = null;
    // A long source text (an archive, not an article) is laid out only when a quote must be shown in it;
    // a middling one in a task of its own, so that the timeline is not held up by it.
    const length = text?.length ?? Infinity;
    if (length <= AT_ONCE_ARTICLE_CHARS) this.render();
    else if (length <= EAGER_ARTICLE_CHARS) {
      // Its box takes its height now, so that nothing moves when the text comes, and the text
      // comes as the box nears the screen (or an event is selected): laid out with the drawing,
      // out of sight below it, it would hold back the frame that shows the drawing by as long.
      const box = h('div', { class: 'dt-article-text dt-article-pending' });
      article.hidden = false;
      article.replaceChildren(h('h2', {}, this.#host.strings.article), box);
      this.#renderWhenNear(box);
    }
  }

  /** Renders the article once `box` comes within about a screen of the viewport. */
  #renderWhenNear(box: Element): void {
    const { shown } = this.#host;
    const show = () => {
      this.#stopWatching();
      if (this.#host.shown === shown) this.render();
    };
    if (typeof IntersectionObserver !== 'function') {
      void this.#host.drawing.settled.then(() => setTimeout(show));
      return;
    }
    this.#near = new IntersectionObserver(
      (entries) => entries.some((entry) => entry.isIntersecting) && show(),
      {
        rootMargin: '100% 0px',
      },
    );
    this.#near.observe(box);
  }

  #stopWatching(): void {
    this.#near?.disconnect();
    this.#near = null;
  }

  /** Lays out the article with its quotes marked, unless it is shown already: an archive's, the selected event's part. */
  render(): void {
    const { article } = this.#host.parts;
    const source = this.#source();
    if (!source || this.#articleOf === source.document) return;
    this.#stopWatching();
    this.#articleOf = source.document;
    article.hidden = false;
    article.replaceChildren(
      h('h2', {}, this.#host.strings.article),
      renderArticle(source.text, source.document.events, source.document.source.title.ar),
    );
  }

  /** Marks the quotes of this event as current and scrolls the article box (never the page) to the first. */
  markQuotesOf(id: string | undefined): void {
    const { article } = this.#host.parts;
    let first: HTMLElement | undefined;
    for (const mark of article.querySelectorAll<HTMLElement>('mark[data-quote-of]')) {
      const current = id !== undefined && mark.dataset.quoteOf!.split(' ').includes(id);
      mark.classList.toggle('dt-current', current);
      if (current && !first) first = mark;
    }
    if (first) {
      const box = article.querySelector<HTMLElement>('.dt-article-text')!;
      box.scrollTop += first.getBoundingClientRect().top - box.getBoundingClientRect().top - 16;
    }
  }

  #source(): { text: string; document: EventsDocument } | undefined {
    const { shown, selection, archive } = this.#host;
    if (shown.kind === 'archive') {
      const part = selection.selected ? archive.loadedPartOf(selection.selected) : undefined;
      return part?.sourceText === undefined ? undefined : { text: part.sourceText, document: part.document };
    }
    if (shown.kind !== 'document' || shown.sourceText === undefined) return undefined;
    return { text: shown.sourceText, document: shown.document };
  }
}
