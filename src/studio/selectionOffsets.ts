/** A stretch of the article: UTF-16 offsets, `end` exclusive, and the words themselves. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/**
 * The offsets in the article of what is selected inside `root`, whose text is exactly the
 * article's (marks add elements, never characters). Counting with a Range from the root's
 * start gives UTF-16 offsets, the same as the format's. Spaces at either end are dropped, so
 * a double-clicked word is quoted without them. Null when nothing of the article is selected.
 */
export function selectionOffsets(root: Node, selection: Selection | null, text: string): TextSpan | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  return trimSpan(
    text,
    offsetOf(root, range.startContainer, range.startOffset),
    offsetOf(root, range.endContainer, range.endOffset),
  );
}

/** How many characters of `root`'s text come before this point in it. */
export function offsetOf(root: Node, node: Node, offset: number): number {
  const before = document.createRange();
  before.setStart(root, 0);
  before.setEnd(node, offset);
  return before.toString().length;
}

/** The span without spaces at its ends, or null when nothing else is left. */
export function trimSpan(text: string, start: number, end: number): TextSpan | null {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  return from < to ? { start: from, end: to, text: text.slice(from, to) } : null;
}

/**
 * What the person has selected of the article: in the "Article text" box (the keyboard's
 * way: shift and the arrows) while it has focus and holds the article as it is, else in the
 * marked article. Null when neither holds a selection of the article.
 */
export function currentSelection(root: ParentNode, text: string): TextSpan | null {
  const active = document.activeElement;
  if (active instanceof HTMLTextAreaElement && active.id === 'st-article-text') {
    return active.value === text ? trimSpan(text, active.selectionStart, active.selectionEnd) : null;
  }
  const article = root.querySelector('#st-article');
  return article ? selectionOffsets(article, document.getSelection(), text) : null;
}
