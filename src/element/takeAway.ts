/**
 * The take-away files, built when a reader asks for one: loaded on demand (loadTakeAway.ts), so
 * that the exporters' bytes do not weigh on every page that shows a timeline.
 */
import { saveFile } from '../dom/saveFile.ts';
import { svgToPng } from '../export/image/svgToPng.ts';
import { eventsToCsv } from '../export/eventsToCsv.ts';
import { eventsToIcal } from '../export/eventsToIcal.ts';
import { eventsToJsonLd } from '../export/eventsToJsonLd.ts';
import { idsInOrder } from '../list/renderEventList.ts';
import type { TimelineEvent } from '../types.ts';
import type { Download } from './shareController.ts';
import { drawingImageSvg } from './drawingImage.ts';
import type { TimelineHost } from './TimelineHost.ts';

/** Builds the file of this kind from what is shown, and offers it to the reader; returns its name. */
export { drawingImageSvg };

export async function download(host: TimelineHost, kind: Download): Promise<string | null> {
  const loaded = host.loaded;
  if (!loaded) return null;
  const document = loaded.kind === 'document' ? loaded.document : null;
  const base = document?.source.id ?? 'timeline';
  const save = (extension: string, blob: Blob) => {
    const name = `${base}.${extension}`;
    saveFile(name, blob);
    return name;
  };
  const text = (content: string, type: string) => new Blob([content], { type });
  switch (kind) {
    case 'csv': {
      const { model } = loaded;
      const events = idsInOrder(model)
        .map((id) => model.events.get(id))
        .filter((event): event is TimelineEvent => event !== undefined);
      return save('csv', text(eventsToCsv(events, model.actors), 'text/csv;charset=utf-8'));
    }
    case 'ical':
      if (!document) return null;
      return save(
        'ics',
        text(eventsToIcal(document, { stamp: new Date(), lang: host.lang }), 'text/calendar;charset=utf-8'),
      );
    case 'jsonLd': {
      if (!document || loaded.kind !== 'document') return null;
      const json = eventsToJsonLd(document, { sourceText: loaded.sourceText ?? '' });
      return save('jsonld', text(JSON.stringify(json, null, 2), 'application/ld+json'));
    }
    case 'svg':
    case 'png': {
      const svg = drawingImageSvg(host);
      if (!svg) return null;
      if (kind === 'png') return save('png', await svgToPng(svg, 2));
      const serialised = new XMLSerializer().serializeToString(svg);
      return save('svg', text(`<?xml version="1.0" encoding="UTF-8"?>\n${serialised}`, 'image/svg+xml'));
    }
  }
}
