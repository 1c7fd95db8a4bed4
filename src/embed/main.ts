/**
 * embed.html?src=<url>&lang=ar&selected=<id>[&origin=<host origin>]: only the widget, filling
 * the frame, telling the framing page how tall it is. A classic script, loaded after the
 * library's IIFE (which defines the element): in <iframe sandbox="allow-scripts"> the page
 * has an opaque origin, and module scripts would be cross-origin requests needing CORS.
 */
import type { DiplomaticTimeline } from '../element/DiplomaticTimeline.ts';
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
}
