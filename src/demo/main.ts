/**
 * The demo page: one <diplomatic-timeline> on the article's events, a language switch
 * (?lang=ar), and shareable selections (#event=<id>, with back and forward).
 */
import { defineDiplomaticTimeline } from '../element/define.ts';

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
for (const link of document.querySelectorAll<HTMLAnchorElement>('.demo-lang a')) {
  if (link.hreflang === lang) link.setAttribute('aria-current', 'page');
  link.href = `?lang=${link.hreflang}${location.hash}`;
}

function selectedInHash(): string | null {
  return new URLSearchParams(location.hash.slice(1)).get('event');
}

let fromHistory = false;
timeline.addEventListener('timeline-ready', () => timeline.select(selectedInHash()));
timeline.addEventListener('timeline-select', ({ detail }) => {
  if (fromHistory) return;
  const hash = detail.id ? `#event=${encodeURIComponent(detail.id)}` : ' ';
  if (hash.trim() !== location.hash)
    history.pushState(null, '', hash === ' ' ? location.pathname + location.search : hash);
});
window.addEventListener('popstate', () => {
  fromHistory = true;
  timeline.select(selectedInHash());
  fromHistory = false;
});
