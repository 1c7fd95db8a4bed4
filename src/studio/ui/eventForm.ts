import { STRINGS } from '../../i18n/strings.ts';
import { EVENT_MODES, EVENT_STATUSES, PLOVER_EVENT_TYPES } from '../../schema/vocabulary.ts';
import type { EventMode, EventStatus, LocalizedText, PloverEventType } from '../../types.ts';
import type { StudioContext } from '../context.ts';
import { VALUE_LABELS } from '../strings.ts';
import { button, h, section, selectField, textField } from './controls.ts';
import { actorFields } from './actorFields.ts';
import { dateFields } from './dateFields.ts';
import { participantFields } from './participantFields.ts';
import { quoteFields } from './quoteFields.ts';

/** An event's name in the list: its number, its title, and whether the engine drafted it. */
export function eventLabel(ctx: StudioContext, index: number): string {
  const { draft, t } = ctx;
  const event = draft.events[index];
  const title = event?.title?.[ctx.ui] || event?.title?.en || event?.title?.ar || event?.id || t.untitled;
  return `${index + 1}. ${title}${isDrafted(ctx, index) ? ` (${t.draftedEvent})` : ''}`;
}

/** Proposed by the engine and not yet confirmed: untouched since, or with review notes left. */
function isDrafted({ draft }: StudioContext, index: number): boolean {
  const event = draft.events[index];
  return !!event && (!!draft.proposed?.includes(event.id) || (event.review?.length ?? 0) > 0);
}

/** The list of events, to pick the one to edit. */
function eventList(ctx: StudioContext): HTMLElement {
  const { draft, t } = ctx;
  if (draft.events.length === 0) return h('p', { class: 'st-empty' }, t.noEvents);
  return h(
    'ol',
    { class: 'st-event-list', 'aria-label': t.eventList },
    ...draft.events.map((event, index) => {
      const pick = button(
        eventLabel(ctx, index),
        () => ctx.edit('current', (d) => void (d.current = index), { form: true, article: true }),
        {
          'aria-current': index === draft.current ? 'true' : undefined,
        },
      );
      return h('li', isDrafted(ctx, index) ? { class: 'st-drafted' } : {}, pick);
    }),
  );
}

/** Two fields, English and Arabic, for one localized text; `optional` drops the object when both are empty. */
function pair(
  ctx: StudioContext,
  index: number,
  key: 'title' | 'attribution' | 'place',
  labels: [string, string],
  optional = false,
): HTMLElement {
  const path = `/events/${index}/${key}`;
  const value: Partial<LocalizedText> = ctx.draft.events[index]![key] ?? {};
  const set = (lang: 'en' | 'ar') => (v: string) =>
    ctx.edit(
      `${path}/${lang}`,
      (d) => {
        const event = d.events[index]!;
        const next = { en: event[key]?.en ?? '', ar: event[key]?.ar ?? '', [lang]: v };
        if (optional && !next.en && !next.ar) delete event[key];
        else event[key] = next;
      },
      key === 'title' ? { keep: true } : {},
    );
  return h(
    'div',
    { class: 'st-row' },
    textField({
      label: labels[0],
      path: `${path}/en`,
      lang: 'en',
      value: value.en ?? '',
      onInput: set('en'),
    }),
    textField({
      label: labels[1],
      path: `${path}/ar`,
      lang: 'ar',
      value: value.ar ?? '',
      onInput: set('ar'),
    }),
  );
}

/** The form of the current event. */
export function eventForm(ctx: StudioContext): HTMLElement {
  const { draft, t } = ctx;
  const index = draft.current;
  const event = draft.events[index];
  const labels = STRINGS[ctx.ui];
  const body = !event
    ? null
    : h(
        'div',
        { class: 'st-event', role: 'group', 'aria-label': t.currentEvent },
        h(
          'div',
          { class: 'st-row' },
          textField({
            label: t.eventId,
            path: `/events/${index}/id`,
            lang: 'en',
            value: event.id ?? '',
            onInput: (v) => ctx.edit(`/events/${index}/id`, (d) => void (d.events[index]!.id = v)),
          }),
          button(t.deleteEvent, () =>
            ctx.edit(
              'delete',
              (d) => {
                d.events.splice(index, 1);
                d.current = Math.min(index, d.events.length - 1);
              },
              { form: true, article: true },
            ),
          ),
        ),
        pair(ctx, index, 'title', [t.eventTitleEn, t.eventTitleAr]),
        h(
          'div',
          { class: 'st-row' },
          selectField({
            label: t.status,
            path: `/events/${index}/status`,
            value: event.status ?? '',
            options: EVENT_STATUSES.map((s) => [s, labels.status[s]] as const),
            onChange: (v) =>
              ctx.edit(`/events/${index}/status`, (d) => void (d.events[index]!.status = v as EventStatus)),
          }),
          selectField({
            label: t.type,
            path: `/events/${index}/type`,
            value: event.type ?? '',
            options: PLOVER_EVENT_TYPES.map((s) => [s, VALUE_LABELS[ctx.ui].type[s]] as const),
            onChange: (v) =>
              ctx.edit(`/events/${index}/type`, (d) => void (d.events[index]!.type = v as PloverEventType)),
          }),
          selectField({
            label: t.mode,
            path: `/events/${index}/mode`,
            value: event.mode ?? '',
            options: [
              ['', t.modeNone],
              ...EVENT_MODES.map((s) => [s, VALUE_LABELS[ctx.ui].mode[s]] as const),
            ],
            onChange: (v) =>
              ctx.edit(`/events/${index}/mode`, (d) => {
                if (v) d.events[index]!.mode = v as EventMode;
                else delete d.events[index]!.mode;
              }),
          }),
        ),
        participantFields(ctx, index),
        pair(ctx, index, 'place', [t.placeEn, t.placeAr], true),
        pair(ctx, index, 'attribution', [t.attributionEn, t.attributionAr]),
        dateFields(ctx, index),
        quoteFields(ctx, index),
      );
  return section('st-events', t.events, 'st-events', eventList(ctx), body, actorFields(ctx));
}
