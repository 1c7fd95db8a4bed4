import type { StudioContext } from '../context.ts';
import { button, h, textField } from './controls.ts';
import { spokenInField } from './spokenInField.ts';

/** The event's quotes: verbatim (read only, since they come from a selection) with their translations. */
export function quoteFields(ctx: StudioContext, index: number): HTMLElement {
  const { t, draft } = ctx;
  const event = draft.events[index]!;
  const base = `/events/${index}/quotes`;
  const items = event.quotes.map((quote, n) =>
    h(
      'li',
      { class: 'st-quote' },
      h('p', { class: 'st-quote-label', id: `st-quote-${n}` }, t.quote(n + 1)),
      h(
        'blockquote',
        {
          lang: draft.language,
          dir: draft.language === 'ar' ? 'rtl' : 'ltr',
          'aria-labelledby': `st-quote-${n}`,
          'data-path': `${base}/${n}/text`,
          tabindex: -1,
          id: `f-events-${index}-quotes-${n}-text`,
        },
        quote.text ?? '',
      ),
      textField({
        label: t.translation(n + 1),
        path: `${base}/${n}/translation`,
        lang: draft.language === 'ar' ? 'en' : 'ar',
        multiline: true,
        value: quote.translation ?? '',
        onInput: (v) =>
          ctx.edit(`${base}/${n}/translation`, (d) => void (d.events[index]!.quotes[n]!.translation = v)),
      }),
      ...spokenInField(ctx, index, n),
      button(t.removeQuote(n + 1), () =>
        ctx.edit(`${base}/remove`, (d) => void d.events[index]!.quotes.splice(n, 1), {
          form: true,
          article: true,
        }),
      ),
    ),
  );
  return h(
    'fieldset',
    { class: 'st-quotes', id: `f-events-${index}-quotes`, 'data-path': base, tabindex: -1 },
    h('legend', {}, t.quotes),
    h('ol', {}, ...items),
  );
}
