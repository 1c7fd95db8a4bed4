/* global document, location, window, URLSearchParams, fetch, URL */
// The browser tests' host page: one <diplomatic-timeline>, configured from the query string.
//
//   widget.html?src=<url>[&max-bytes=..][&timeout=..][&lang=ar][&height=..][&start=..&end=..][&search=..]
//     sets those attributes (src last, so the limits are in place when loading starts);
//   widget.html?events=<url>[&source=<url>]
//     fetches a document and its source text itself and hands them over through the
//     `events` and `sourceText` properties;
//   widget.html (neither) leaves the element empty, for a test to drive.
//
// The element's events are recorded in window.widgetEvents from before it is connected.
const params = new URLSearchParams(location.search);
window.widgetEvents = [];
for (const type of ['timeline-ready', 'timeline-select', 'timeline-error']) {
  document.addEventListener(type, (event) => {
    window.widgetEvents.push({
      type,
      count: event.count,
      id: event.detail?.id,
      fatal: event.detail?.fatal,
      problems: event.detail?.problems?.length,
      problemsAreTheElements: event.detail?.problems
        ? event.detail.problems === event.target.problems
        : undefined,
    });
  });
}

const timeline = document.createElement('diplomatic-timeline');
timeline.id = 'widget';
for (const name of [
  'lang',
  'height',
  'start',
  'end',
  'search',
  'arabic-digits',
  'max-bytes',
  'timeout',
  'src',
]) {
  const value = params.get(name);
  if (value !== null) timeline.setAttribute(name, value);
}

async function giveByProperty(url, source) {
  const doc = JSON.parse(await (await fetch(url)).text());
  if (source) timeline.sourceText = await (await fetch(new URL(source, document.baseURI))).text();
  timeline.events = doc;
}

const events = params.get('events');
if (events !== null) {
  giveByProperty(new URL(events, document.baseURI), params.get('source')).catch((error) => {
    window.hostError = String(error);
  });
}
document.getElementById('host').append(timeline);
