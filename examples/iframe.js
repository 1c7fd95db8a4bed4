/* global document, window, location, history, URLSearchParams */
// Sizes each timeline frame to the height its content reports. A sandboxed frame's messages
// come from origin "null", so the frame is recognised by its window, never by the origin.
window.addEventListener('message', (event) => {
  const frames = [...document.querySelectorAll('iframe.timeline-frame')];
  const frame = frames.find((candidate) => candidate.contentWindow === event.source);
  const { type, height } = event.data ?? {};
  if (!frame || type !== 'diplomatic-timeline:height' || !Number.isFinite(height)) return;
  frame.style.height = `${Math.min(Math.max(height, 0), 10000)}px`;
});

// The frame's view in this page's address, so that a reader can share it: the frame reports the
// view it shows and this page keeps it in its query (replaceState: moving the frame's window is
// not a page of history). When the frame first speaks, this page sends it the view its own
// address names, and itself as the base of the frame's Copy link (rather than embed.html).
const VIEW_PARAMS = ['selected', 'start', 'end', 'search'];
for (const filter of ['lanes', 'actors', 'status', 'from', 'to']) VIEW_PARAMS.push(`filter-${filter}`);
const frame = document.getElementById('ankara-frame');
let greeted = false;
window.addEventListener('message', (event) => {
  if (!frame || event.source !== frame.contentWindow) return;
  const { type, view } = event.data ?? {};
  if (!greeted) {
    greeted = true;
    const own = new URLSearchParams(location.search);
    const asked = new URLSearchParams(
      VIEW_PARAMS.filter((name) => own.has(name)).map((name) => [name, own.get(name)]),
    );
    const message = {
      type: 'diplomatic-timeline:set-view',
      view: asked.toString(),
      linkBase: location.origin + location.pathname,
    };
    // '*': the sandboxed frame's origin is opaque; the frame is recognised by its window above.
    frame.contentWindow.postMessage(message, '*');
    return;
  }
  if (type === 'diplomatic-timeline:view' && typeof view === 'string')
    history.replaceState(null, '', view ? `?${view}` : location.pathname);
});
