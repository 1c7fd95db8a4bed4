/**
 * Stands in for js-xss inside vis-timeline in the builds that bundle vis-timeline (the site,
 * the single-file script and the embed; see vite.config.ts). vis-timeline passes every string
 * it puts into `innerHTML` through `new FilterXSS(options).process()`. The only strings it
 * gets from us are axis labels (dates we format) and empty item contents: every word of an
 * event reaches it inside elements we built with `textContent`. So escaping each string whole
 * keeps anything vis-timeline is handed as text, which filtering HTML would not promise, and
 * leaves out js-xss and cssfilter (6 kB gzip), and the globals they set on `window`.
 */
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** `text` as HTML that shows exactly `text`. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/** js-xss' interface, as vis-timeline uses it: options are ignored, everything is escaped. */
export class FilterXSS {
  /** vis-timeline passes its `xss.filterOptions` (we set none): escaping needs no options. */
  constructor(options?: unknown) {
    void options;
  }

  process(html: string): string {
    return escapeHtml(html);
  }
}

export default { FilterXSS };
