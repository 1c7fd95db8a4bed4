/**
 * The demo page: one <diplomatic-timeline> on the article's events, a language switch
 * (?lang=ar), and shareable views: the selected event and the visible days live in the query
 * (?selected=<id>&start=…&end=…), with Back and Forward. Links of the older form #event=<id>
 * still open their event.
 */
import { defineDiplomaticTimeline } from '../element/define.ts';
import { viewLink } from '../view/viewLink.ts';
import { readViewState } from '../view/viewState.ts';

defineDiplomaticTimeline();

const timeline = document.querySelector('diplomatic-timeline')!;
const lang = new URLSearchParams(location.search).get('lang') === 'ar' ? 'ar' : 'en';

document.documentElement.lang = lang;
document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
timeline.lang = lang;
for (const element of document.querySelectorAll<HTMLElement>('[data-en]')) {
  element.textContent = element.dataset[lang] ?? element.textContent;
  element.lang = lang;
}

/** The language links open the same view in the other language. */
function linkLanguages(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.demo-lang a')) {
    if (link.hreflang === lang) link.setAttribute('aria-current', 'page');
    const url = new URL(location.href);
    url.searchParams.set('lang', link.hreflang);
    link.href = url.search;
  }
}

/** The view in the URL, as parameters: the element reads them, reporting a value it cannot read. */
function viewInUrl(): string {
  const params = new URLSearchParams(location.search);
  const legacy = new URLSearchParams(location.hash.slice(1)).get('event');
  if (legacy !== null && !params.has('selected')) params.set('selected', legacy);
  return params.toString();
}

timeline.view = viewInUrl();
// An old #event= link becomes the query form, in place: Back still leaves the page.
if (location.hash)
  history.replaceState(
    null,
    '',
    viewLink(readViewState(new URLSearchParams(viewInUrl())).state, location.href),
  );
linkLanguages();

timeline.addEventListener('timeline-view-change', ({ detail }) => {
  history.pushState(null, '', viewLink(detail.view, location.href));
  linkLanguages();
});
window.addEventListener('popstate', () => {
  timeline.view = viewInUrl();
  linkLanguages();
});
