import { h } from '../dom/h.ts';
import { listen } from '../dom/listen.ts';
import { linkBase, viewLink } from '../view/viewLink.ts';
import type { Controller } from './controllers.ts';
import { loadTakeAway } from './loadTakeAway.ts';
import type { TimelineHost } from './TimelineHost.ts';

export const DOWNLOADS = ['csv', 'ical', 'jsonLd', 'png', 'svg'] as const;
export type Download = (typeof DOWNLOADS)[number];

/** Which downloads the data shown allows: an archive has no one document for iCalendar and JSON-LD. */
function offered(host: TimelineHost, kind: Download): boolean {
  const loaded = host.loaded;
  if (!loaded) return false;
  if (kind === 'ical' || kind === 'jsonLd') return loaded.kind === 'document';
  if (kind === 'png' || kind === 'svg') return host.drawing.vis !== null;
  return true;
}

/** How long "copied" stays beside the button. */
const CONFIRM_MS = 4000;

/**
 * Take away: "Copy link" (to this view) and the "Download" menu (data and image), in the
 * toolbar. The menu is a disclosure: a button that opens a list of buttons; arrows move in it,
 * Escape closes it and focus goes back to its button.
 */
export class ShareController implements Controller {
  readonly #host: TimelineHost;
  #toggle: HTMLButtonElement | null = null;
  #menu: HTMLElement | null = null;
  #status: HTMLElement | null = null;
  #fallback: HTMLElement | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: TimelineHost) {
    this.#host = host;
  }

  hostConnected(signal: AbortSignal): void {
    const { strings } = this.#host;
    const { share } = strings;
    const copy = h('button', { type: 'button', class: 'dt-copy-link' }, share.copyLink);
    const status = h('span', { class: 'dt-share-status' });
    const toggle = h(
      'button',
      {
        type: 'button',
        class: 'dt-menu-toggle',
        'aria-expanded': 'false',
        'aria-controls': 'dt-download-menu',
      },
      share.download,
    );
    const items = DOWNLOADS.map((kind) =>
      h('li', {}, h('button', { type: 'button', 'data-download': kind }, share[kind])),
    );
    const menu = h('ul', { class: 'dt-menu-list', id: 'dt-download-menu', hidden: true }, ...items);
    const wrapper = h('div', { class: 'dt-menu', part: 'download' }, toggle, menu);
    const fallback = h('div', { class: 'dt-link-fallback', hidden: true });
    const { toolbar } = this.#host.parts;
    toolbar.append(copy, wrapper, status);
    toolbar.after(fallback);
    this.#toggle = toggle;
    this.#menu = menu;
    this.#status = status;
    this.#fallback = fallback;

    listen(copy, 'click', () => void this.copyLink(), signal);
    listen(toggle, 'click', () => this.#open(menu.hidden === true), signal);
    listen(
      menu,
      'click',
      (event) => {
        const kind = (event.target as Element).closest<HTMLElement>('[data-download]')?.dataset.download;
        if (kind) void this.#download(kind as Download);
      },
      signal,
    );
    listen(wrapper, 'keydown', (event) => this.#key(event), signal);
    // Focus gone elsewhere (Tab past the last item, a click outside): the menu closes.
    listen(
      wrapper,
      'focusout',
      (event) => {
        if (!wrapper.contains(event.relatedTarget as Node | null)) this.#open(false, false);
      },
      signal,
    );
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  /** The link to the view shown, on the clipboard; where that is refused, in a field, selected. */
  async copyLink(): Promise<void> {
    const host = this.#host;
    const link = viewLink(host.view.view, linkBase(host.element.getAttribute('link-base'), location.href));
    try {
      await navigator.clipboard.writeText(link);
    } catch {
      this.#showLink(link);
      return;
    }
    this.#confirm(host.strings.share.copied);
  }

  #showLink(link: string): void {
    const fallback = this.#fallback;
    if (!fallback) return;
    const field = h('input', { type: 'text', readonly: true, value: link, id: 'dt-link-field' });
    fallback.replaceChildren(
      h('label', { for: 'dt-link-field' }, this.#host.strings.share.copyThisLink),
      field,
    );
    fallback.hidden = false;
    field.focus();
    field.select();
    field.addEventListener('blur', () => (fallback.hidden = true), { once: true });
  }

  /** Said politely to screen readers, and shown beside the buttons for a few seconds. */
  #confirm(text: string): void {
    this.#host.announce(text);
    const status = this.#status;
    if (!status) return;
    status.textContent = text;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => (status.textContent = ''), CONFIRM_MS);
  }

  /** Opens (focusing the first offer) or closes the menu; closing by key brings focus back to its button. */
  #open(open: boolean, focus = true): void {
    const menu = this.#menu;
    const toggle = this.#toggle;
    if (!menu || !toggle) return;
    if (open)
      for (const button of this.#buttons(true))
        button.parentElement!.hidden = !offered(this.#host, button.dataset.download as Download);
    menu.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    if (!focus) return;
    if (open) this.#buttons()[0]?.focus();
    else toggle.focus();
  }

  /** The menu's buttons: those offered now, or all of them. */
  #buttons(all = false): HTMLButtonElement[] {
    const buttons = [...(this.#menu?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    return all ? buttons : buttons.filter((button) => !button.parentElement!.hidden);
  }

  #key(event: KeyboardEvent): void {
    const menu = this.#menu;
    if (!menu || menu.hidden) return;
    const buttons = this.#buttons();
    const at = buttons.indexOf(this.#host.root.activeElement as HTMLButtonElement);
    const move: Record<string, number> = {
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      Home: 0,
      End: buttons.length - 1,
    };
    if (event.key === 'Escape') {
      this.#open(false);
    } else if (event.key in move) {
      const next = (move[event.key]! + buttons.length) % buttons.length;
      buttons[next]?.focus();
    } else return;
    // The page's keys and the timeline's own (Escape closes details) are not also applied.
    event.preventDefault();
    event.stopPropagation();
  }

  async #download(kind: Download): Promise<void> {
    const host = this.#host;
    this.#open(false);
    try {
      const { download } = await loadTakeAway();
      const name = await download(host, kind);
      if (name) this.#confirm(host.strings.share.downloading(name));
    } catch (error) {
      this.#confirm(host.strings.share.failed(String(error)));
    }
  }
}
