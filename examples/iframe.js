/* global document, window */
// Sizes each timeline frame to the height its content reports. A sandboxed frame's messages
// come from origin "null", so the frame is recognised by its window, never by the origin.
window.addEventListener('message', (event) => {
  const frames = [...document.querySelectorAll('iframe.timeline-frame')];
  const frame = frames.find((candidate) => candidate.contentWindow === event.source);
  const { type, height } = event.data ?? {};
  if (!frame || type !== 'diplomatic-timeline:height' || !Number.isFinite(height)) return;
  frame.style.height = `${Math.min(Math.max(height, 0), 10000)}px`;
});
