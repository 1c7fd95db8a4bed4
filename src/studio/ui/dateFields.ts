import { parseCalendarDate } from '../../calendar/calendarDate.ts';
import { describeSpan } from '../../dating/describeDay.ts';
import { STRINGS } from '../../i18n/strings.ts';
import { PARTS_OF_DAY, PRECISIONS } from '../../schema/vocabulary.ts';
import type { EventTimeOf, PartOfDay, Precision } from '../../types.ts';
import type { StudioContext } from '../context.ts';
import { handRule } from '../handRule.ts';
import { h, idFor, selectField, textField } from './controls.ts';

type Time = EventTimeOf<string>;

/** The days a date resolved to, written out: "Saturday 31 January 2026", or '' when it has none. */
function daysOf(time: Time, lang: 'en' | 'ar'): string {
  const start = time.start ? parseCalendarDate(time.start) : null;
  if (!start) return '';
  const end = time.end ? parseCalendarDate(time.end) : null;
  return describeSpan(start, end ?? undefined, lang);
}

/**
 * A date: the article's words, the days they resolve to, and the rule saying how. Setting a
 * day or the precision by hand rewrites the rule to say an editor set it, in both languages.
 */
export function dateFields(ctx: StudioContext, index: number): HTMLElement {
  const { t } = ctx;
  const time = ctx.draft.events[index]!.time;
  const base = `/events/${index}/time`;
  const labels = STRINGS[ctx.ui];
  const change = (key: string, update: (time: Time) => void, byHand: boolean) =>
    ctx.edit(
      `${base}/${key}`,
      (d) => {
        const event = d.events[index];
        if (!event) return;
        const next: Time = { ...event.time };
        update(next);
        if (byHand) {
          const { rule, ruleAr } = handRule(next);
          next.rule = rule;
          next.ruleAr = ruleAr;
          delete next.basis; // the words' reading no longer decides the day
          for (const [path, value] of [
            [`${base}/rule`, rule],
            [`${base}/ruleAr`, ruleAr],
          ] as const) {
            const field = document.getElementById(idFor(path)) as HTMLTextAreaElement | null;
            if (field) field.value = value;
          }
        }
        event.time = next;
        const summary = document.getElementById(`st-resolved-${index}`);
        if (summary)
          summary.textContent = t.resolvedTo(next.phrase || '…', daysOf(next, ctx.ui) || t.unresolved);
      },
      key === 'phrase' ? { article: true } : {},
    );
  const setDay = (key: 'start' | 'end') => (value: string) =>
    change(
      key,
      (next) => {
        if (value) next[key] = value;
        else delete next[key];
      },
      true,
    );
  const event = ctx.draft.events[index]!;
  const readings = ctx.draft.readings?.[event.id] ?? [];
  const readingChoice =
    readings.length === 0
      ? null
      : selectField({
          label: t.reading,
          id: `st-readings-${index}`,
          value: '',
          options: [
            ['', t.readingKept],
            ...readings.map(
              (reading, n) =>
                [
                  String(n),
                  `${daysOf(reading, ctx.ui)}: ${(ctx.ui === 'ar' && reading.ruleAr) || reading.rule}`,
                ] as const,
            ),
          ],
          onChange: (v) => {
            const reading = readings[Number(v)];
            if (!v || !reading) return;
            ctx.edit(
              `${base}/reading`,
              (d) => {
                const picked = d.events[index]!;
                // The reading left behind becomes one to pick in its turn.
                const others = readings.map((r, n) => (n === Number(v) ? picked.time : r));
                picked.time = structuredClone(reading);
                d.readings = { ...d.readings, [picked.id]: structuredClone(others) };
              },
              { form: true, article: true },
            );
          },
        });
  const summary = h(
    'p',
    { class: 'st-resolved', id: `st-resolved-${index}` },
    t.resolvedTo(time.phrase || '…', daysOf(time, ctx.ui) || t.unresolved),
  );
  return h(
    'fieldset',
    { class: 'st-date' },
    h('legend', {}, t.date),
    summary,
    readingChoice,
    textField({
      label: t.phrase,
      path: `${base}/phrase`,
      lang: ctx.draft.language,
      value: time.phrase ?? '',
      onInput: (v) => change('phrase', (next) => void (next.phrase = v), false),
    }),
    h(
      'div',
      { class: 'st-row' },
      selectField({
        label: t.precision,
        path: `${base}/precision`,
        value: time.precision ?? '',
        options: PRECISIONS.map((p) => [p, labels.precision[p]] as const),
        onChange: (v) =>
          change(
            'precision',
            (next) => {
              next.precision = v as Precision;
              if (v === 'undated') {
                delete next.start;
                delete next.end;
              }
              if (v !== 'part-of-day') delete next.partOfDay;
            },
            true,
          ),
      }),
      selectField({
        label: t.partOfDay,
        path: `${base}/partOfDay`,
        value: time.partOfDay ?? '',
        options: [['', '—'], ...PARTS_OF_DAY.map((p) => [p, labels.partOfDay[p]] as const)],
        onChange: (v) =>
          change(
            'partOfDay',
            (next) => {
              if (v) next.partOfDay = v as PartOfDay;
              else delete next.partOfDay;
            },
            false,
          ),
      }),
    ),
    h(
      'div',
      { class: 'st-row' },
      textField({
        label: t.startDay,
        type: 'date',
        path: `${base}/start`,
        value: time.start ?? '',
        onInput: setDay('start'),
      }),
      textField({
        label: t.endDay,
        type: 'date',
        path: `${base}/end`,
        value: time.end ?? '',
        onInput: setDay('end'),
      }),
    ),
    textField({
      label: t.rule,
      path: `${base}/rule`,
      lang: 'en',
      multiline: true,
      value: time.rule ?? '',
      onInput: (v) => change('rule', (next) => void (next.rule = v), false),
    }),
    textField({
      label: t.ruleAr,
      path: `${base}/ruleAr`,
      lang: 'ar',
      multiline: true,
      value: time.ruleAr ?? '',
      onInput: (v) =>
        change(
          'ruleAr',
          (next) => {
            if (v) next.ruleAr = v;
            else delete next.ruleAr;
          },
          false,
        ),
    }),
  );
}
