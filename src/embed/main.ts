/**
 * embed.html?src=<url>&lang=ar&selected=<id>[&origin=<host origin>]: only the widget, filling
 * the frame, telling the framing page how tall it is and what view the reader is on, and taking
 * a view from it (src/view/viewMessages.ts). A classic script, loaded after the
 * library's IIFE (which defines the element): in <iframe sandbox="allow-scripts"> the page
 * has an opaque origin, and module scripts would be cross-origin requests needing CORS.
 */
import type { DiplomaticTimeline } from '../element/DiplomaticTimeline.ts';
import { MAX_VIEW_LENGTH, SET_VIEW_MESSAGE_TYPE, VIEW_MESSAGE_TYPE } from '../view/viewMessages.ts';
import { heightReporter } from './height.ts';
import { targetOrigin } from './origin.ts';
import { embedAttributes } from './params.ts';

const params = new URLSearchParams(location.search);
const timeline = document.querySelector<DiplomaticTimeline>('diplomatic-timeline')!;
for (const [name, value] of embedAttributes(params)) timeline.setAttribute(name, value);
if (timeline.lang === 'ar') document.documentElement.lang = 'ar';
// Edge to edge. Set here rather than by a stylesheet: Vite links its CSS `crossorigin`,
// which an opaque-origin document could only load from a server sending CORS headers.
document.body.style.margin = '0';

const origin = window.parent === window ? null : targetOrigin(params, document.referrer);
if (origin !== null) {
  const report = heightReporter((message) => window.parent.postMessage(message, origin));
  // The element's height, not the document's: a document is never shorter than its frame,
  // so its height could grow with the frame but never shrink back.
  const measure = () => report(timeline.getBoundingClientRect().height);
  new ResizeObserver(measure).observe(timeline);
  // Chromium does not run the rendering steps, ResizeObserver's included, of a cross-origin
  // frame out of view: measure (forcing layout) when the content changes, too.
  for (const type of ['timeline-ready', 'timeline-error', 'timeline-select'] as const) {
    timeline.addEventListener(type, measure);
  }
  // The reader's view, for a host that keeps it in its own URL; and the view the host asks for
  // (from its URL, or Back), taken only from the window that framed us, at the origin we post to.
  // The element reads the parameters itself: this script stays small (src/view/viewMessages.ts
  // has the same checks, for hosts).
  timeline.addEventListener('timeline-view-change', ({ detail }) =>
    window.parent.postMessage({ type: VIEW_MESSAGE_TYPE, view: detail.params }, origin),
  );
  window.addEventListener('message', (event) => {
    if (event.source !== window.parent || event.origin !== origin) return;
    const { type, view, linkBase } = (event.data ?? {}) as {
      type?: unknown;
      view?: unknown;
      linkBase?: unknown;
    };
    if (type !== SET_VIEW_MESSAGE_TYPE || typeof view !== 'string' || view.length > MAX_VIEW_LENGTH) return;
    // The host's own address, for Copy link: the element takes only an http(s) one (see linkBase).
    if (typeof linkBase === 'string' && linkBase.length <= MAX_VIEW_LENGTH)
      timeline.setAttribute('link-base', linkBase);
    timeline.view = view;
  });
}
