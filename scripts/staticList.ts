/**
 * The list view rendered at build time, so the demo page reads in full without
 * JavaScript: the same renderEventList the widget uses, run against linkedom's DOM.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import type { Lang } from '../src/i18n/strings.ts';

export async function renderStaticList(documentPath: string, lang: Lang = 'en'): Promise<string> {
  const { document, HTMLElement } = parseHTML('<!doctype html><html><body></body></html>');
  const globals = globalThis as Record<string, unknown>;
  const saved = { document: globals.document, HTMLElement: globals.HTMLElement };
  Object.assign(globals, { document, HTMLElement });
  try {
    const { validateDocument } = await import('../src/validate/validateDocument.ts');
    const { toTimelineItems } = await import('../src/timeline/toTimelineItems.ts');
    const { renderEventList } = await import('../src/list/renderEventList.ts');
    const json: unknown = JSON.parse(readFileSync(documentPath, 'utf8'));
    const result = validateDocument(json);
    if (!result.document) return '';
    const model = toTimelineItems(result.document);
    const list = renderEventList(model, { lang, actors: model.actors });
    list.setAttribute('class', 'dt-static-list');
    return list.toString();
  } finally {
    Object.assign(globals, saved);
  }
}
