import type { StudioContext } from '../context.ts';
import { embedSnippet } from '../embedSnippet.ts';
import { documentFileName, textFileName } from '../fileNames.ts';
import { saveFile } from '../saveFile.ts';
import { toDocument } from '../toDocument.ts';
import { toTimelineJsJson } from '../toTimelineJsJson.ts';
import { toTimelineJsRows } from '../toTimelineJsRows.ts';
import { writeTimelineJsCsv } from '../timelineJsCsv.ts';
import type { DraftSummary } from '../draftStore.ts';
import { baseName } from '../fileNames.ts';
import { button, fileField, h, section } from './controls.ts';

/** Download, the embed snippet, TimelineJS, and the drafts kept in this browser. */
export function keepPanel(ctx: StudioContext, drafts: readonly DraftSummary[]): HTMLElement {
  const { t } = ctx;
  const download = () =>
    saveFile(
      documentFileName(ctx.draft),
      `${JSON.stringify(toDocument(ctx.draft), null, 2)}\n`,
      'application/json',
    );
  const downloadText = () => saveFile(textFileName(ctx.draft), ctx.draft.text, 'text/plain;charset=utf-8');
  const snippet = h('textarea', { id: 'st-embed', readonly: true, rows: 4, dir: 'ltr', lang: 'en' });
  snippet.value = embedSnippet(ctx.draft, ctx.ui);
  const copy = button(t.copy, () => {
    snippet.select();
    void navigator.clipboard?.writeText(snippet.value).then(
      () => ctx.say(t.copied),
      () => ctx.say(t.copied),
    );
  });
  const exportCsv = () => {
    const { rows, skipped } = toTimelineJsRows(ctx.draft);
    saveFile(`${baseName(ctx.draft)}.timelinejs.csv`, writeTimelineJsCsv(rows), 'text/csv;charset=utf-8');
    if (skipped > 0) ctx.say(t.exportSkipped(skipped));
  };
  const exportJson = () => {
    const { json, skipped } = toTimelineJsJson(ctx.draft);
    saveFile(
      `${baseName(ctx.draft)}.timelinejs.json`,
      `${JSON.stringify(json, null, 2)}\n`,
      'application/json',
    );
    if (skipped > 0) ctx.say(t.exportSkipped(skipped));
  };
  return section(
    'st-keep',
    t.keep,
    'st-keep',
    h(
      'div',
      { class: 'st-row st-actions' },
      button(t.download, download, { class: 'st-primary' }),
      button(t.downloadText, downloadText),
    ),
    h('div', { class: 'st-field' }, h('label', { for: 'st-embed' }, t.embed), snippet, copy),
    h(
      'div',
      { class: 'st-row st-actions', role: 'group', 'aria-label': t.interop },
      fileField(
        t.importCsv,
        'st-import-csv',
        '.csv,text/csv',
        false,
        (files) => void ctx.importCsv(files[0]!),
      ),
      button(t.exportCsv, exportCsv),
      button(t.exportJson, exportJson),
    ),
    h('h3', { id: 'st-drafts-heading' }, t.drafts),
    h(
      'ul',
      { class: 'st-drafts', 'aria-labelledby': 'st-drafts-heading' },
      ...drafts.map((summary) => {
        const label = t.draftLabel(
          summary.title.length > 48 ? `${summary.title.slice(0, 48)}…` : summary.title,
        );
        const current = summary.id === ctx.draft.id;
        return h(
          'li',
          {},
          h('span', { class: 'st-draft-title', dir: 'auto' }, label),
          ` · ${t.draftEvents(summary.events)} `,
          button(`${t.open}: ${label}`, () => ctx.openDraft(summary.id), {
            disabled: current,
            'aria-current': current ? 'true' : undefined,
          }),
          button(`${t.deleteDraft}: ${label}`, () => ctx.deleteDraft(summary.id)),
        );
      }),
    ),
  );
}
