import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';

/**
 * A tooltip is cut to the room on its side of the item, and scrolls; with less room than this
 * it keeps this much and lets the viewport cut it (the page, or Page Down, brings the rest).
 */
const MIN_TOOLTIP_HEIGHT = 120;

/** Viewports at least this wide have room for a tooltip beside its item. */
const WIDE_SCREEN = 768;

/**
 * Keeps `tooltip` (a fixed-position popover) by `reference` while either moves or resizes,
 * until the returned function is called. `onLost` runs, once, when `reference` leaves the DOM.
 */
export function placeTooltip(tooltip: HTMLElement, reference: HTMLElement, onLost: () => void): () => void {
  let lost = false;
  return autoUpdate(reference, tooltip, () => {
    if (!reference.isConnected) {
      // Not from within autoUpdate's own callback, which onLost may stop.
      if (!lost) queueMicrotask(onLost);
      lost = true;
      return;
    }
    void computePosition(reference, tooltip, {
      strategy: 'fixed',
      placement: 'bottom',
      middleware: [
        offset(8),
        // Below the item, else above it, else (on a wide screen, where there is room) beside it,
        // whole; never slid over it to stay in the viewport: on a phone that covered the item
        // it tells of. There, it is above or below only, and scrolls.
        flip({
          padding: 8,
          fallbackPlacements: innerWidth >= WIDE_SCREEN ? ['top', 'right', 'left'] : ['top'],
          fallbackStrategy: 'bestFit',
        }),
        shift({ padding: 8 }),
        // Then it is cut to the room on its side, and scrolls.
        size({
          padding: 8,
          apply: ({ availableHeight, availableWidth }) => {
            tooltip.style.maxHeight = `${Math.max(MIN_TOOLTIP_HEIGHT, availableHeight)}px`;
            tooltip.style.maxWidth = `${Math.min(512, Math.max(240, availableWidth))}px`;
          },
        }),
      ],
    }).then(({ x, y }) => {
      tooltip.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      // A tooltip cut short by the viewport scrolls; then the keyboard must reach it too.
      tooltip.tabIndex = tooltip.scrollHeight > tooltip.clientHeight ? 0 : -1;
    });
  });
}

/**
 * Shows a popover in the top layer, or takes it out. Where the Popover API is missing (before
 * Chrome 114, Firefox 125, Safari 17) the element shows in place, as it did before, cut off
 * where the widget ends.
 */
export function toTopLayer(element: HTMLElement, show: boolean): void {
  if (typeof element.showPopover !== 'function' || !element.isConnected) return;
  if (element.matches(':popover-open') === show) return;
  if (show) element.showPopover();
  else element.hidePopover();
}
