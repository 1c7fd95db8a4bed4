/** embed.html?src=<url>&lang=ar&selected=<id>: only the widget. (Height reporting: see issue 4.) */
import { defineDiplomaticTimeline } from '../element/define.ts';

defineDiplomaticTimeline();
const params = new URLSearchParams(location.search);
const timeline = document.querySelector('diplomatic-timeline')!;
for (const name of ['lang', 'selected', 'start', 'end', 'height'] as const) {
  const value = params.get(name);
  if (value !== null) timeline.setAttribute(name, value);
}
timeline.setAttribute('src', params.get('src') ?? 'events/ankara-talks.json');
