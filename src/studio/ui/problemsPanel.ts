import type { Problem } from '../../types.ts';
import type { StudioContext } from '../context.ts';
import type { ReviewNote } from '../draft.ts';
import { button, h } from './controls.ts';

/** Problems and notes grouped under the document or their event, each a button to its field. */
function grouped(
  ctx: StudioContext,
  entries: { eventIndex: number | null; path: string; text: string; dir?: 'ltr' }[],
): HTMLElement {
  const groups = new Map<number | null, typeof entries>();
  for (const entry of entries) groups.set(entry.eventIndex, [...(groups.get(entry.eventIndex) ?? []), entry]);
  const order = [...groups.keys()].sort((a, b) => (a ?? -1) - (b ?? -1));
  return h(
    'ul',
    { class: 'st-problem-groups' },
    ...order.map((eventIndex) => {
      const id = eventIndex === null ? '' : (ctx.draft.events[eventIndex]?.id ?? '');
      const heading = eventIndex === null ? ctx.t.documentLevel : ctx.t.eventLevel(eventIndex + 1, id);
      return h(
        'li',
        {},
        h('span', { class: 'st-problem-group' }, heading),
        h(
          'ul',
          {},
          ...(groups.get(eventIndex) ?? []).map((entry) =>
            h(
              'li',
              {},
              button(entry.text, () => ctx.focusPath(entry.path), {
                class: 'st-link',
                dir: entry.dir,
                lang: entry.dir === 'ltr' ? 'en' : undefined,
              }),
            ),
          ),
        ),
      );
    }),
  );
}

/** The validator's problems, named by event and field, then the review notes apart from them. */
export function problemsPanel(
  ctx: StudioContext,
  problems: readonly Problem[],
  notes: readonly ReviewNote[],
): HTMLElement[] {
  const { t } = ctx;
  const problemEntries = problems.map((problem) => ({
    eventIndex: problem.eventIndex ?? null,
    path: problem.path,
    text: `${problem.path.replace(/^\/events\/\d+\/?/, '') || problem.path || '/'}: ${problem.message}`,
    // The validator speaks English: laid out left to right, even in the Arabic interface.
    dir: 'ltr' as const,
  }));
  const noteEntries = notes.map((note) => {
    const index = ctx.draft.events.findIndex((event) => event.id === note.eventId);
    return {
      eventIndex: index < 0 ? null : index,
      path: index < 0 ? '' : `/events/${index}/${note.field ?? ''}`.replace(/\/$/, ''),
      text: `${note.field ?? ''}: ${note.message}`,
      ...(note.english ? { dir: 'ltr' as const } : {}),
    };
  });
  return [
    h('h3', { id: 'st-problems-heading' }, `${t.problems} (${t.problemCount(problems.length)})`),
    problems.length === 0 ? h('p', { class: 'st-ok' }, t.noProblems) : grouped(ctx, problemEntries),
    ...(notes.length === 0 ? [] : [h('h3', {}, t.reviewNotes), grouped(ctx, noteEntries)]),
  ];
}
