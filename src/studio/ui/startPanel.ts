import { formatCalendarDate } from '../../calendar/calendarDate.ts';
import { readDateline } from '../../dating/readDateline.ts';
import type { StudioContext } from '../context.ts';
import { detectLanguage } from '../detectLanguage.ts';
import { firstHeadline } from '../firstHeadline.ts';
import { textTooLong } from '../readTextFile.ts';
import { button, checkboxField, fileField, h, idFor, section, selectField, textField } from './controls.ts';

/** Start: the article (pasted or opened), what is known about it, and "Propose events". */
export function startPanel(ctx: StudioContext): HTMLElement {
  const { draft, t } = ctx;
  const article = textField({
    label: t.articleText,
    id: 'st-article-text',
    value: draft.text,
    multiline: true,
    rows: 6,
    hint: t.selectionHelp,
    onInput: (value) => {
      const tooLong = textTooLong(value);
      if (tooLong !== null) {
        // Put back what was there: a paste that is refused must not lose the article.
        (document.getElementById('st-article-text') as HTMLTextAreaElement).value = ctx.draft.text;
        ctx.say(t.tooLong((tooLong / 1024 / 1024).toFixed(1)), 'error');
        return;
      }
      ctx.edit(
        'text',
        (d) => {
          d.text = value;
          const detected = detectLanguage(value);
          if (!d.languageChosen && detected) d.language = detected;
          if (!d.title[d.language]) d.title[d.language] = firstHeadline(value);
          // A dated line at the article's head («07 - 02 - 2026») is its dateline, until one is typed.
          const read = d.dateline ? undefined : readDateline(value, d.language);
          if (read) d.dateline = formatCalendarDate(read.dateline);
        },
        { article: true, start: false },
      );
      const select = document.getElementById('st-language') as HTMLSelectElement | null;
      if (select) select.value = ctx.draft.language;
      const title = document.getElementById(
        `f-source-title-${ctx.draft.language}`,
      ) as HTMLInputElement | null;
      if (title && !title.value) title.value = ctx.draft.title[ctx.draft.language];
      const dateline = document.getElementById(idFor('/source/dateline')) as HTMLInputElement | null;
      if (dateline && !dateline.value) dateline.value = ctx.draft.dateline;
    },
  });
  const box = article.querySelector('textarea')!;
  box.setAttribute('data-path', '/source/text');
  box.dir = 'auto';
  const detected = detectLanguage(draft.text);
  return section(
    'st-start',
    t.start,
    'st-start',
    article,
    h(
      'div',
      { class: 'st-row' },
      fileField(t.openText, 'st-open-text', '.txt,text/plain', false, (files) => void ctx.openFiles(files)),
      fileField(
        t.openDocument,
        'st-open-document',
        '.json,.txt,application/json,text/plain',
        true,
        (files) => void ctx.openFiles(files),
      ),
    ),
    h(
      'div',
      { class: 'st-row' },
      textField({
        label: t.dateline,
        type: 'date',
        path: '/source/dateline',
        value: draft.dateline,
        onInput: (v) => ctx.edit('dateline', (d) => void (d.dateline = v)),
      }),
      textField({
        label: t.publisher,
        path: '/source/publisher',
        value: draft.publisher,
        onInput: (v) => ctx.edit('publisher', (d) => void (d.publisher = v)),
      }),
      selectField({
        label: detected && !draft.languageChosen ? `${t.language} ${t.languageDetected}` : t.language,
        id: 'st-language',
        path: '/source/language',
        value: draft.language,
        options: [
          ['ar', t.langAr],
          ['en', t.langEn],
        ],
        onChange: (v) =>
          ctx.edit('language', (d) => {
            d.language = v === 'en' ? 'en' : 'ar';
            d.languageChosen = true;
          }),
      }),
    ),
    checkboxField(t.relay, draft.relay, 'st-relay', (checked) =>
      ctx.edit('relay', (d) => void (d.relay = checked)),
    ),
    h(
      'div',
      { class: 'st-row' },
      textField({
        label: t.titleEn,
        path: '/source/title/en',
        lang: 'en',
        value: draft.title.en,
        onInput: (v) => ctx.edit('title-en', (d) => void (d.title.en = v), { keep: true }),
      }),
      textField({
        label: t.titleAr,
        path: '/source/title/ar',
        lang: 'ar',
        value: draft.title.ar,
        onInput: (v) => ctx.edit('title-ar', (d) => void (d.title.ar = v), { keep: true }),
      }),
    ),
    h(
      'div',
      { class: 'st-row st-actions' },
      button(t.propose, () => void ctx.propose(), { class: 'st-primary' }),
      button(t.newDraft, () => ctx.newDraft()),
    ),
  );
}
