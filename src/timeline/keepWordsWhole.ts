/** The dateline's line: its day's border-inline-start, --dt-dateline-line in styles/timeline.css. */
const DATELINE_LINE_PX = 3;

/**
 * After each draw, no words are left cut by an edge, where a part would read as something else:
 * - vis-timeline draws the axis label of the step before the window too, cut by the drawing's
 *   start: "25 Jan" read "5 Jan", a date the story never had; and the last label of a row may run
 *   past the end: "15 F", or "February 202" on a 320-pixel phone. Both are hidden.
 * - The dateline's label runs on towards later days; within its width of the drawing's end it
 *   would be cut ("Dateli" at 10,000 events, whose window is not fitted), so it is set before
 *   its line instead; and hidden while its line is before the drawing's start.
 * - A cluster's count cut by the drawing's end, or by its own bar, reads as another number: "12"
 *   for 1,229. It is hidden (its bar stays, and its name for screen readers) until it fits.
 * Everything is read first, then written, so the frame is laid out once.
 */
export function keepWordsWhole(container: HTMLElement, rtl: boolean): void {
  const panel = container.querySelector('.vis-panel.vis-center');
  if (!panel) return;
  const drawing = panel.getBoundingClientRect();
  const writes = [
    axisLabels(container, drawing, rtl, 'minor'),
    axisLabels(container, drawing, rtl, 'major'),
    datelineLabel(container, drawing, rtl),
    clusterCounts(container, drawing),
  ];
  for (const write of writes) write();
}

/** Reads which axis labels of a row are cut; returns what hides them. */
function axisLabels(
  container: HTMLElement,
  drawing: DOMRect,
  rtl: boolean,
  row: 'minor' | 'major',
): () => void {
  // vis-timeline places each label with `translate(x, y)`, x from the window's start (negated
  // right to left): the start needs no layout, and only the last label's words are measured.
  const labels = container.querySelectorAll<HTMLElement>(`.vis-time-axis .vis-text.vis-${row}`);
  const starts = new Float64Array(labels.length);
  let last = -1;
  for (let i = 0; i < labels.length; i++) {
    const x = parseFloat(/translate\((-?[\d.e+-]+)px/.exec(labels[i]!.style.transform)?.[1] ?? '0');
    starts[i] = rtl ? -x : x;
    if (labels[i]!.textContent && (last === -1 || starts[i]! > starts[last]!)) last = i;
  }
  let lastCut = false;
  if (last !== -1) {
    const words = wordsRect(labels[last]!);
    const box = labels[last]!.getBoundingClientRect();
    lastCut = rtl
      ? words.left < Math.max(box.left, drawing.left) - 0.5
      : words.right > Math.min(box.right, drawing.right) + 0.5;
  }
  return () => {
    for (let i = 0; i < labels.length; i++) {
      const visibility = starts[i]! < -0.5 || (i === last && lastCut) ? 'hidden' : '';
      // It runs on every frame of a zoom or pan: write only what changes.
      if (labels[i]!.style.visibility !== visibility) labels[i]!.style.visibility = visibility;
    }
  };
}

/** Reads where the dateline's label fits; returns what puts it there. */
function datelineLabel(container: HTMLElement, drawing: DOMRect, rtl: boolean): () => void {
  const dateline = container.querySelector<HTMLElement>('.vis-item.dt-dateline');
  const label = dateline?.querySelector<HTMLElement>('.dt-dateline-label');
  if (!dateline || !label) return () => {};
  const line = dateline.getBoundingClientRect();
  const width = label.getBoundingClientRect().width;
  // In the reading direction, from the drawing's start: where the line is, and where the drawing ends.
  const at = rtl ? drawing.right - line.right : line.left - drawing.left;
  const end = drawing.width + 0.5;
  const before = !(at >= -0.5 && at + DATELINE_LINE_PX + width <= end);
  // Its line before the drawing's start, or a drawing narrower than the label: no place.
  const cut = before && !(at - width >= -0.5 && at <= end);
  return () => {
    // toggle with a force writes nothing when the class is already so.
    label.classList.toggle('dt-before-line', before && !cut);
    label.classList.toggle('dt-cut', cut);
  };
}

/** Reads which clusters' counts are cut; returns what hides them. */
function clusterCounts(container: HTMLElement, drawing: DOMRect): () => void {
  const counts = container.querySelectorAll<HTMLElement>('.dt-cluster-content');
  const cut = Array.from(counts, (count) => {
    const bar = count.closest('.vis-item')?.getBoundingClientRect() ?? drawing;
    const words = wordsRect(count);
    return (
      words.left < Math.max(bar.left, drawing.left) - 0.5 ||
      words.right > Math.min(bar.right, drawing.right) + 0.5
    );
  });
  return () => counts.forEach((count, i) => count.classList.toggle('dt-cut', cut[i]));
}

/** Where an element's words are drawn, without its padding or the width it was given. */
function wordsRect(element: HTMLElement): DOMRect {
  const words = element.ownerDocument.createRange();
  words.selectNodeContents(element);
  return words.getBoundingClientRect();
}
