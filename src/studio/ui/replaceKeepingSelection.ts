import { offsetOf } from '../selectionOffsets.ts';

/**
 * Puts `next` in place of `previous`, both the marked article (the same text, other marks),
 * with the selection and focus inside it where they were. The marks are redrawn a moment
 * after an edit (Studio.ts, CHECK_DELAY_MS): replacing the nodes would otherwise drop a
 * selection a person made in that moment to add a quote, and the focus with it. The
 * selection is kept as text offsets, anchor and focus apart, so one made backwards still
 * extends from where it began. Not when the text itself changed (the article box edited):
 * the same offsets would select other words.
 */
export function replaceKeepingSelection(previous: Element, next: HTMLElement): void {
  const restore = keepSelection(previous);
  previous.replaceWith(next);
  restore(next);
}

/**
 * The selection and focus inside `previous` as they are now, to be put back into `next` once it
 * has taken its place (see replaceKeepingSelection): for a redraw that replaces more than the
 * article, such as an undo's.
 */
export function keepSelection(previous: Element): (next: HTMLElement) => void {
  const selection = document.getSelection();
  const within = (node: Node | null): node is Node => node !== null && previous.contains(node);
  const text = previous.textContent;
  const kept =
    selection && within(selection.anchorNode) && within(selection.focusNode)
      ? [
          offsetOf(previous, selection.anchorNode, selection.anchorOffset),
          offsetOf(previous, selection.focusNode, selection.focusOffset),
        ]
      : null;
  const focused = previous.contains(document.activeElement);
  return (next) => {
    if (focused) next.focus({ preventScroll: true });
    if (!selection || !kept || next.textContent !== text) return;
    const [anchor, focus] = kept.map((offset) => pointAt(next, offset)) as [Point, Point];
    selection.setBaseAndExtent(anchor.node, anchor.offset, focus.node, focus.offset);
  };
}

interface Point {
  node: Node;
  offset: number;
}

/** The place `offset` characters into `root`'s text, in the text node that holds it. */
function pointAt(root: Node, offset: number): Point {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let before = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = (node as Text).length;
    if (offset <= before + length) return { node, offset: offset - before };
    before += length;
  }
  return { node: root, offset: root.childNodes.length };
}
