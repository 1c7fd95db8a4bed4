/**
 * An SVG of the visible drawing, built from the model rather than copied from the page: the
 * title, the legend, the lanes, each visible event's box with its title, the day axis and the
 * source line. Every word is an SVG <text> node (never markup), with its language and
 * direction, so the browser shapes Arabic as it does on the page.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

export type Lang = 'en' | 'ar';

export interface ImageItem {
  id: string;
  lane: string;
  /** Milliseconds, local time: a point's moment, or a range's first instant. */
  start: number;
  /** A range's end (exclusive); absent for a point. */
  end?: number;
  title: string;
  tentative: boolean;
}

export interface DrawingImage {
  lang: Lang;
  /** Without a title, the image starts with its legend (the printed page has its own title). */
  title?: string;
  legend: readonly { kind: 'occurred' | 'tentative' | 'range'; text: string }[];
  lanes: readonly { id: string; label: string }[];
  items: readonly ImageItem[];
  window: { start: number; end: number };
  /** Ticks of the day axis: where, and what they say. */
  axis: readonly { at: number; label: string }[];
  source: string;
  /** CSS pixels. */
  width: number;
  /** The width of a text at a font size, in pixels. */
  measure(text: string, size: number, bold?: boolean): number;
}

const PAD = 16;
const ROW = 26;
const BOX_TEXT = 13;
const LABEL_WIDTH = 150;
const FONT = "system-ui, 'Noto Sans', 'Noto Naskh Arabic', 'Noto Sans Arabic', sans-serif";
const COLOURS = {
  text: '#1b1f24',
  muted: '#4b5563',
  fill: '#dbeafe',
  stroke: '#1d4ed8',
  tentativeStroke: '#92400e',
  grid: '#d1d5db',
};

type Attrs = Record<string, string | number>;

function el<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, text?: string) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Text in the image's language, anchored at its start (its right end in Arabic). */
function words(text: string, x: number, y: number, lang: Lang, size: number, extra: Attrs = {}) {
  const node = el(
    'text',
    { x, y, 'font-size': size, direction: lang === 'ar' ? 'rtl' : 'ltr', ...extra },
    text,
  );
  node.setAttributeNS(XML_NS, 'xml:lang', lang);
  return node;
}

/** The text cut to fit a width, with an ellipsis when cut. */
function fitted(text: string, width: number, measure: DrawingImage['measure']): string {
  if (measure(text, BOX_TEXT) <= width) return text;
  let cut = text;
  while (cut.length > 1 && measure(`${cut}…`, BOX_TEXT) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

export function drawingSvg(image: DrawingImage): SVGSVGElement {
  const { lang, title, legend, lanes, items, window, axis, source, width, measure } = image;
  const rtl = lang === 'ar';
  const parts: SVGElement[] = [];
  let y = PAD;
  if (title) {
    y += 20;
    parts.push(words(title, rtl ? width - PAD : PAD, y, lang, 18, { 'font-weight': 700 }));
    y += 10;
  }

  // The legend: a swatch and its words, one after another in reading order.
  y += 18;
  let along = PAD;
  for (const entry of legend) {
    const w = measure(entry.text, 12) + 34;
    const start = rtl ? width - along : along;
    const swatchX = rtl ? start - 18 : start;
    parts.push(
      el('rect', {
        x: swatchX,
        y: y - 11,
        width: 18,
        height: 12,
        ...boxStyle(entry.kind !== 'occurred', entry.kind === 'tentative'),
      }),
    );
    parts.push(words(entry.text, rtl ? start - 24 : start + 24, y, lang, 12, { fill: COLOURS.muted }));
    along += w;
    if (along > width - PAD - 100) {
      along = PAD;
      y += 18;
    }
  }
  y += 16;

  // The plot: the lanes' labels on the reading side, time from there across.
  const plotStart = PAD + LABEL_WIDTH;
  const plotWidth = Math.max(100, width - plotStart - PAD);
  const span = Math.max(1, window.end - window.start);
  const x = (t: number) => {
    const along = ((t - window.start) / span) * plotWidth;
    return rtl ? width - plotStart - along : plotStart + along;
  };

  const axisY = y + 16;
  for (const tick of axis) {
    const at = x(tick.at);
    parts.push(el('line', { x1: at, x2: at, y1: axisY + 4, y2: axisY + 8, stroke: COLOURS.muted }));
    parts.push(words(tick.label, at, axisY, lang, 11, { 'text-anchor': 'middle', fill: COLOURS.muted }));
  }
  y = axisY + 10;

  for (const lane of lanes) {
    const laneItems = items.filter((item) => item.lane === lane.id);
    if (laneItems.length === 0) continue;
    // Rows: each box goes in the first row where it meets no other.
    const rows: [number, number][][] = [];
    const placed = laneItems.map((item) => {
      const from = x(item.start);
      const textWidth = Math.min(220, measure(item.title, BOX_TEXT) + 12);
      const rangeWidth = item.end === undefined ? 0 : Math.abs(x(item.end) - from);
      const boxWidth = Math.max(textWidth, rangeWidth);
      const left = rtl ? from - boxWidth : from;
      let row = rows.findIndex((taken) => taken.every(([a, b]) => left + boxWidth + 4 <= a || left >= b + 4));
      if (row < 0) row = rows.push([]) - 1;
      rows[row]!.push([left, left + boxWidth]);
      return { item, left, boxWidth, row };
    });
    const height = Math.max(1, rows.length) * ROW + 8;
    parts.push(el('line', { x1: PAD, x2: width - PAD, y1: y, y2: y, stroke: COLOURS.grid }));
    parts.push(words(lane.label, rtl ? width - PAD : PAD, y + 18, lang, 12, { 'font-weight': 700 }));
    for (const { item, left, boxWidth, row } of placed) {
      const top = y + 6 + row * ROW;
      const group = el('g', { 'data-event-id': item.id });
      group.append(
        el('rect', {
          x: left,
          y: top,
          width: boxWidth,
          height: ROW - 6,
          rx: 3,
          ...boxStyle(item.tentative, item.tentative),
        }),
        words(
          fitted(item.title, boxWidth - 12, measure),
          rtl ? left + boxWidth - 6 : left + 6,
          top + 14,
          lang,
          BOX_TEXT,
          {
            fill: COLOURS.text,
          },
        ),
      );
      parts.push(group);
    }
    y += height;
  }
  parts.push(el('line', { x1: PAD, x2: width - PAD, y1: y, y2: y, stroke: COLOURS.grid }));
  y += 20;
  parts.push(words(source, rtl ? width - PAD : PAD, y, lang, 11, { fill: COLOURS.muted }));
  y += PAD;

  const svg = el('svg', {
    xmlns: SVG_NS,
    width,
    height: Math.ceil(y),
    viewBox: `0 0 ${width} ${Math.ceil(y)}`,
    'font-family': FONT,
    fill: COLOURS.text,
  });
  svg.setAttributeNS(XML_NS, 'xml:lang', lang);
  const defs = el('defs');
  const hatch = el('pattern', {
    id: 'dt-hatch',
    width: 6,
    height: 6,
    patternUnits: 'userSpaceOnUse',
    patternTransform: 'rotate(45)',
  });
  hatch.append(
    el('rect', { width: 6, height: 6, fill: '#fef3c7' }),
    el('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: '#fcd34d', 'stroke-width': 3 }),
  );
  defs.append(hatch);
  svg.append(defs, el('rect', { width, height: Math.ceil(y), fill: '#ffffff' }), ...parts);
  return svg;
}

function boxStyle(hatched: boolean, dashed: boolean): Attrs {
  return {
    fill: hatched ? 'url(#dt-hatch)' : COLOURS.fill,
    stroke: dashed ? COLOURS.tentativeStroke : COLOURS.stroke,
    ...(dashed ? { 'stroke-dasharray': '4 3' } : {}),
  };
}
