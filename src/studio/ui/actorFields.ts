import { ACTOR_KINDS } from '../../schema/vocabulary.ts';
import type { ActorKind } from '../../types.ts';
import type { StudioContext } from '../context.ts';
import { VALUE_LABELS } from '../strings.ts';
import { button, h, selectField, textField } from './controls.ts';

/**
 * The document's actors, to rename or remove: a participant names an actor by id, so an
 * actor still taking part in an event is not removed (the problem list would fill with
 * unknown ids); its button says how many events it is in.
 */
export function actorFields(ctx: StudioContext): HTMLElement {
  const { t, draft } = ctx;
  const rows = draft.actors.map((actor, n) => {
    const base = `/actors/${n}`;
    const uses = draft.events.filter((event) => event.participants?.some((p) => p.actor === actor.id)).length;
    const set = (lang: 'en' | 'ar') => (v: string) =>
      ctx.edit(`${base}/name/${lang}`, (d) => {
        const target = d.actors[n];
        if (target) target.name = { ...target.name, [lang]: v };
      });
    const remove = button(`${t.removeActor} ${actor.name.en || actor.name.ar || actor.id}`, () =>
      ctx.edit('actors', (d) => void d.actors.splice(n, 1), { form: true }),
    );
    remove.disabled = uses > 0;
    return h(
      'li',
      { class: 'st-actor' },
      h(
        'div',
        { class: 'st-row' },
        textField({
          label: `${t.actorNameEn} (${actor.id})`,
          path: `${base}/name/en`,
          lang: 'en',
          value: actor.name?.en ?? '',
          onInput: set('en'),
        }),
        textField({
          label: `${t.actorNameAr} (${actor.id})`,
          path: `${base}/name/ar`,
          lang: 'ar',
          value: actor.name?.ar ?? '',
          onInput: set('ar'),
        }),
        selectField({
          label: `${t.actorKind} (${actor.id})`,
          path: `${base}/kind`,
          value: actor.kind ?? '',
          options: ACTOR_KINDS.map((k) => [k, VALUE_LABELS[ctx.ui].kind[k]] as const),
          onChange: (v) => ctx.edit(`${base}/kind`, (d) => void (d.actors[n]!.kind = v as ActorKind)),
        }),
      ),
      remove,
      uses > 0 ? h('span', { class: 'st-hint' }, ` ${t.actorInUse(uses)}`) : null,
    );
  });
  return h(
    'details',
    { class: 'st-actors', id: 'st-actors' },
    h('summary', { 'data-path': '/actors' }, `${t.actors} (${draft.actors.length})`),
    h('ul', {}, ...rows),
  );
}
