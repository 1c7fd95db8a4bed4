import { languageName } from '../../card/languageName.ts';
import type { StudioContext } from '../context.ts';
import { selectField, textField } from './controls.ts';

/** Languages news quotes are most often first spoken in, in the region this is made for. */
const COMMON = ['en', 'ar', 'fa', 'he', 'tr', 'ku', 'fr', 'ru', 'zh', 'de', 'es', 'ur'] as const;
const OTHER = 'other';

/**
 * Which language a quote's words were first said in, when not the article's: a select of
 * common ones, and a free BCP 47 code for the rest. The code is stored as typed; the
 * validator (the same as everywhere) says when it is not a well-formed tag.
 */
export function spokenInField(ctx: StudioContext, index: number, n: number): HTMLElement[] {
  const { t, draft } = ctx;
  const path = `/events/${index}/quotes/${n}/spokenIn`;
  const value = draft.events[index]!.quotes[n]!.spokenIn;
  const common = value === undefined || (COMMON as readonly string[]).includes(value);
  const set = (code: string, redraw = false) =>
    ctx.edit(
      path,
      (d) => {
        const quote = d.events[index]!.quotes[n]!;
        if (code) quote.spokenIn = code;
        else delete quote.spokenIn;
      },
      { form: redraw },
    );
  const select = selectField({
    label: t.spokenIn(n + 1),
    ...(common ? { path } : { id: `st-spoken-${index}-${n}` }),
    value: common ? (value ?? '') : OTHER,
    options: [
      ['', t.spokenInArticle],
      ...COMMON.filter((code) => code !== draft.language).map(
        (code) => [code, `${languageName(code, ctx.ui)} (${code})`] as const,
      ),
      [OTHER, t.spokenInOther],
    ],
    onChange: (v) => {
      if (v !== OTHER) return set(v, !common);
      // Show the code field; the value waits for a code to be typed.
      ctx.edit(path, (d) => void (d.events[index]!.quotes[n]!.spokenIn = ''), { form: true });
      document.getElementById(`f-events-${index}-quotes-${n}-spokenIn`)?.focus();
    },
  });
  if (common) return [select];
  return [
    select,
    textField({
      label: t.spokenInCode(n + 1),
      path,
      lang: 'en',
      value: value ?? '',
      onInput: (v) => set(v.trim()),
    }),
  ];
}
