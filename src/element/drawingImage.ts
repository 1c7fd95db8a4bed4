import { addDays, daysBetween, fromLocalDate, toLocalDate } from '../calendar/calendarDate.ts';
import { formatDate, formatDay } from '../format/formatDay.ts';
import type { DrawingImage, ImageItem } from '../export/image/drawingSvg.ts';
import { drawingSvg } from '../export/image/drawingSvg.ts';
import { extentOf } from '../timeline/displaySet.ts';
import type { TimelineHost } from './TimelineHost.ts';

/** More boxes than this make an image no one can read: the list and the data downloads have them all. */
const MAX_ITEMS = 400;

/** The title of what is shown: the article's, or the timeline's name for an archive. */
export function shownTitle(host: TimelineHost): string {
  const loaded = host.loaded;
  return loaded?.kind === 'document' ? loaded.document.source.title[host.lang] : host.strings.timeline;
}

/** The source line: publisher, dateline and address of the article. */
export function sourceLine(host: TimelineHost): string {
  const loaded = host.loaded;
  if (loaded?.kind !== 'document') return '';
  const { source } = loaded.document;
  const parts = [source.publisher, formatDay(source.dateline, host.context()), source.url].filter(Boolean);
  return host.strings.share.source(parts.join(host.lang === 'ar' ? '، ' : ', '));
}

/**
 * What the image of the visible drawing shows, from the model and the window drawn now (the
 * events fitted, when nothing is drawn yet): the events loaded in view, by lane.
 */
export function drawingImage(
  host: TimelineHost,
  width: number,
  measure: DrawingImage['measure'],
): DrawingImage | null {
  const model = host.model;
  const vis = host.drawing.vis;
  if (!model || !vis) return null;
  const { lang, strings } = host;
  const window = vis.window();
  const items: ImageItem[] = [];
  for (const spec of model.items) {
    const event = model.events.get(spec.id);
    const [start, end] = extentOf(spec);
    if (!event || end < window.start || start > window.end) continue;
    items.push({
      id: spec.id,
      lane: spec.lane,
      start,
      ...(spec.kind === 'range' ? { end } : {}),
      title: event.title[lang] ?? event.title.en,
      tentative: spec.tentative,
    });
    if (items.length >= MAX_ITEMS) break;
  }
  const first = fromLocalDate(new Date(window.start));
  const last = fromLocalDate(new Date(window.end));
  const days = daysBetween(last, first) + 1;
  const step = Math.max(1, Math.ceil(days / Math.max(1, Math.floor((width - 200) / 70))));
  const context = host.context();
  const axis = [];
  for (let day = first, i = 0; i <= days && axis.length < 60; i += step, day = addDays(day, step)) {
    const at = toLocalDate(day, 0).valueOf();
    if (at < window.start) continue;
    if (at > window.end) break;
    axis.push({ at, label: formatDate(toLocalDate(day), 'd MMM', context) });
  }
  const legend = strings.legendItems;
  return {
    lang,
    title: shownTitle(host),
    legend: [
      { kind: 'occurred', text: legend.occurred },
      { kind: 'tentative', text: legend.proposed },
      { kind: 'range', text: legend.range },
    ],
    lanes: model.lanes.map((lane) => ({ id: lane.id, label: lane.label[lang] })),
    items,
    window,
    axis,
    source: sourceLine(host),
    width,
    measure,
  };
}

/** Measures text as the image's font draws it, on a canvas made once. */
export function canvasMeasure(): DrawingImage['measure'] {
  const context = document.createElement('canvas').getContext('2d');
  return (text, size, bold = false) => {
    if (!context) return text.length * size * 0.6;
    context.font = `${bold ? 'bold ' : ''}${size}px system-ui, 'Noto Sans', 'Noto Naskh Arabic', sans-serif`;
    return context.measureText(text).width;
  };
}

/** The narrowest image: below it, lanes' labels leave the events no room. */
const MIN_IMAGE_WIDTH = 640;

/** The image of the visible drawing, as an SVG element (for the image downloads and for print). */
export function drawingImageSvg(host: TimelineHost): SVGSVGElement | null {
  const width = Math.max(MIN_IMAGE_WIDTH, Math.round(host.parts.timeline.clientWidth));
  const image = drawingImage(host, width, canvasMeasure());
  return image && drawingSvg(image);
}
