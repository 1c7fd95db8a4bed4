/**
 * A window wide enough for what is drawn, not only for its dates. A box is centred on its
 * moment and keeps its width in pixels whatever the zoom, so a window that only just holds
 * the dates cuts the first and last boxes in half; on a phone, most of them.
 */

/** What one item draws: from `from` to `to` (ms), and pixels beyond `from` that do not scale with the zoom. */
export interface Reach {
  from: number;
  to: number;
  /** Pixels drawn before `from`, towards earlier times: half a box. */
  before: number;
  /** Pixels drawn after `from`, towards later times: half a box, or a range's card. */
  after: number;
}

/**
 * The narrowest window (ms) that holds `days` and, `width` pixels wide, the whole drawing of
 * every reach, with `pad` pixels to spare at each end: reach r covers
 * `[r.from - r.before·k, max(r.to, r.from + r.after·k)]` at k ms per pixel. Undefined when the
 * items are too wide for any zoom to show them all (a drawing narrower than two boxes).
 */
export function fitWindow(
  days: { start: number; end: number },
  reaches: readonly Reach[],
  width: number,
  pad = 0,
): { start: number; end: number } | undefined {
  if (!(width > 0)) return undefined;
  if (reaches.length === 0) return days;
  const extent = (k: number) => {
    let start = days.start;
    let end = days.end;
    // The reaches that set each end, and how many pixels they add there.
    let startPixels = 0;
    let endPixels = 0;
    let startAt = days.start;
    let endAt = days.end;
    for (const r of reaches) {
      const before = r.before + pad;
      const left = r.from - before * k;
      if (left < start) [start, startAt, startPixels] = [left, r.from, before];
      const after = r.after + pad;
      const right = Math.max(r.to + pad * k, r.from + after * k);
      if (right > end) {
        end = right;
        [endAt, endPixels] = r.to + pad * k >= r.from + after * k ? [r.to, pad] : [r.from, after];
      }
    }
    return { start, end, startAt, endAt, pixels: startPixels + endPixels };
  };
  // span = (endAt - startAt) + pixels·span/width for the reaches that bind at this span: solve
  // for the span, and again if other reaches bind there. The span only grows and never passes
  // the answer (the extent grows ever faster with the span), and each round binds a pair that
  // adds more pixels; a pair that needs the whole width or more cannot fit.
  let span = days.end - days.start;
  for (let round = 0; round < 64; round++) {
    const bound = extent(span / width);
    if (bound.end - bound.start <= span * (1 + 1e-9)) return { start: bound.start, end: bound.end };
    if (bound.pixels >= width) return undefined;
    span = Math.max((bound.endAt - bound.startAt) / (1 - bound.pixels / width), bound.end - bound.start);
  }
  return undefined;
}
