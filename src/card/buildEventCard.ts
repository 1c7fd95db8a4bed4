import { formatEventTime } from '../format/formatDay.ts';
import type { DayFormat } from '../format/formatDay.ts';
import type { Lang } from '../i18n/strings.ts';
import { localise } from '../i18n/localise.ts';
import type { Actor, TimelineEvent } from '../types.ts';
import { h, isolated } from '../dom/h.ts';
import { isolatedTitle, titleIn } from './eventTitle.ts';
import { languageName } from './languageName.ts';

export interface CardContext extends DayFormat {
  actors: ReadonlyMap<string, Actor>;
}

/**
 * Everything the article says about one event: title, the date with the words it came
 * from, participants, place, each quote in Arabic with its translation, and who said so.
 * Used by the tooltip, the pinned details and the list view.
 */
export function buildEventCard(
  event: TimelineEvent,
  context: CardContext,
  headingLevel: 'h2' | 'h3' = 'h3',
  /** For tooltips: without the other-language title and the dating rule (both stay in the details). */
  compact = false,
): HTMLElement {
  const { lang } = context;
  const strings = localise(lang);
  const other = lang === 'ar' ? 'en' : 'ar';
  const tentative =
    event.status === 'proposed' || event.status === 'planned' || event.time.precision === 'window';

  return h(
    'article',
    {
      class: `dt-card dt-status-${event.status}${tentative ? ' dt-tentative' : ''}`,
      'data-event-id': event.id,
    },
    h(headingLevel, { class: 'dt-card-title' }, isolatedTitle(event, lang)),
    // No subtitle when either title is missing: the heading shows the one there is.
    compact || event.title[other] === undefined || event.title[lang] === undefined
      ? null
      : h(
          'p',
          { class: 'dt-card-subtitle', lang: other, dir: other === 'ar' ? 'rtl' : 'ltr' },
          event.title[other],
        ),
    h(
      'p',
      { class: 'dt-card-status' },
      h('span', { class: `dt-badge dt-badge-${event.status}` }, strings.status[event.status]),
      ' ',
      h('span', { class: 'dt-precision' }, strings.precision[event.time.precision]),
    ),
    h(
      'dl',
      { class: 'dt-card-facts' },
      h('dt', {}, strings.when),
      h(
        'dd',
        {},
        h('span', { class: 'dt-when' }, formatEventTime(event.time, context)),
        ' ',
        h('span', { class: 'dt-phrase' }, strings.resolvedFrom, ' «', isolated(event.time.phrase, 'ar'), '»'),
        compact ? null : ruleOf(event, lang),
      ),
      h('dt', {}, strings.participants),
      h('dd', {}, participantList(event, context)),
      event.place ? h('dt', {}, strings.place) : null,
      event.place ? h('dd', {}, isolated(event.place[lang], lang)) : null,
      h('dt', {}, strings.attribution),
      h('dd', {}, isolated(event.attribution[lang], lang)),
    ),
    h('h4', { class: 'dt-quotes-heading' }, strings.quotes),
    ...event.quotes.map((quote) =>
      h(
        'figure',
        { class: 'dt-quote' },
        // Only an English source's quotes may go untranslated: they are their own English.
        quote.translation
          ? h('blockquote', { lang: 'ar', dir: 'rtl' }, quote.text)
          : h('blockquote', { lang: 'en', dir: 'ltr' }, quote.text),
        // Before the translation it qualifies: a figcaption must be the figure's first or last child.
        quote.spokenIn === undefined
          ? null
          : h(
              'p',
              { class: 'dt-spoken-in', lang, dir: lang === 'ar' ? 'rtl' : 'ltr' },
              strings.spokenIn(languageName(quote.spokenIn, lang)),
            ),
        quote.translation ? h('figcaption', { lang: 'en', dir: 'ltr' }, quote.translation) : null,
      ),
    ),
  );
}

/** How the date was resolved, in the interface's language when the document gives it so. */
function ruleOf(event: TimelineEvent, lang: Lang): HTMLElement {
  const { rule, ruleAr } = event.time;
  return lang === 'ar' && ruleAr !== undefined
    ? h('span', { class: 'dt-rule', lang: 'ar', dir: 'rtl' }, ruleAr)
    : h('span', { class: 'dt-rule', lang: 'en', dir: 'ltr' }, rule);
}

function participantList(event: TimelineEvent, { lang, actors }: CardContext): HTMLElement {
  const strings = localise(lang);
  return h(
    'ul',
    { class: 'dt-participants' },
    ...event.participants.map(({ actor: id, role }) => {
      const actor = actors.get(id);
      const office = actor?.role ? actor.role[lang] : undefined;
      return h(
        'li',
        {},
        isolated(actor ? actor.name[lang] : id, lang),
        office
          ? h('span', { class: 'dt-office' }, lang === 'ar' ? '، ' : ', ', isolated(office, lang))
          : null,
        ' ',
        h('span', { class: 'dt-role' }, `(${strings.role[role]})`),
      );
    }),
  );
}

/**
 * A short accessible name: title, date, participants, status. It starts with the text the
 * item shows (the title, then "proposed" for uncertain events), as WCAG 2.5.3 asks.
 */
export function describeEvent(event: TimelineEvent, context: CardContext): string {
  const strings = localise(context.lang);
  const tentative =
    event.status === 'proposed' || event.status === 'planned' || event.time.precision === 'window';
  const names = event.participants
    .map(({ actor }) => context.actors.get(actor)?.name[context.lang] ?? actor)
    .join(context.lang === 'ar' ? '، ' : ', ');
  const { text } = titleIn(event, context.lang);
  const title = tentative ? `${text} ${strings.status[event.status]}` : text;
  return [title, formatEventTime(event.time, context), names, tentative ? null : strings.status[event.status]]
    .filter((part) => part !== null)
    .join(context.lang === 'ar' ? '؛ ' : '; ');
}
