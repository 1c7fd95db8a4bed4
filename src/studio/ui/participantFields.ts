import { STRINGS } from '../../i18n/strings.ts';
import { ACTOR_KINDS, PARTICIPANT_ROLES } from '../../schema/vocabulary.ts';
import type { ActorKind, ParticipantRole } from '../../types.ts';
import type { StudioContext } from '../context.ts';
import { VALUE_LABELS } from '../strings.ts';
import { slug, uniqueId } from '../slug.ts';
import { button, h, selectField, textField } from './controls.ts';

/** Who took part: pick an actor of the document for each, or add a new actor (who then takes part). */
export function participantFields(ctx: StudioContext, index: number): HTMLElement {
  const { t, draft } = ctx;
  const event = draft.events[index]!;
  const base = `/events/${index}/participants`;
  const actorOptions = draft.actors.map(
    (actor) => [actor.id, actor.name[ctx.ui] || actor.name.en || actor.id] as const,
  );
  const rows = event.participants.map((participant, n) =>
    h(
      'div',
      { class: 'st-row st-participant' },
      selectField({
        label: `${t.participantActor} ${n + 1}`,
        path: `${base}/${n}/actor`,
        value: participant.actor ?? '',
        options: actorOptions,
        onChange: (v) =>
          ctx.edit(`${base}/${n}/actor`, (d) => void (d.events[index]!.participants[n]!.actor = v)),
      }),
      selectField({
        label: `${t.participantRole} ${n + 1}`,
        path: `${base}/${n}/role`,
        value: participant.role ?? '',
        options: PARTICIPANT_ROLES.map((role) => [role, STRINGS[ctx.ui].role[role]] as const),
        onChange: (v) =>
          ctx.edit(
            `${base}/${n}/role`,
            (d) => void (d.events[index]!.participants[n]!.role = v as ParticipantRole),
          ),
      }),
      button(`${t.removeParticipant} ${n + 1}`, () =>
        ctx.edit(`${base}/remove`, (d) => void d.events[index]!.participants.splice(n, 1), { form: true }),
      ),
    ),
  );
  const add = button(t.addParticipant, () =>
    ctx.edit(
      `${base}/add`,
      (d) => void d.events[index]!.participants.push({ actor: d.actors[0]?.id ?? '', role: 'initiator' }),
      { form: true },
    ),
  );
  add.disabled = draft.actors.length === 0;
  const fresh = { en: '', ar: '', kind: 'state' as ActorKind };
  const addActor = () => {
    const name = fresh.en.trim() || fresh.ar.trim();
    if (!name) return ctx.say(t.actorNeedsName, 'error');
    ctx.edit(
      `${base}/new-actor`,
      (d) => {
        const id = uniqueId(
          slug(fresh.en, `actor-${d.actors.length + 1}`, 4),
          new Set(d.actors.map((a) => a.id)),
        );
        d.actors.push({ id, name: { en: fresh.en.trim(), ar: fresh.ar.trim() }, kind: fresh.kind });
        d.events[index]!.participants.push({ actor: id, role: 'initiator' });
      },
      { form: true },
    );
  };
  return h(
    'fieldset',
    { class: 'st-participants', 'data-path': base, id: `f-events-${index}-participants`, tabindex: -1 },
    h('legend', {}, t.participants),
    ...rows,
    add,
    h(
      'details',
      { class: 'st-new-actor' },
      h('summary', {}, t.newActor),
      h(
        'div',
        { class: 'st-row' },
        textField({
          label: t.actorNameEn,
          id: 'st-actor-en',
          lang: 'en',
          value: '',
          onInput: (v) => void (fresh.en = v),
        }),
        textField({
          label: t.actorNameAr,
          id: 'st-actor-ar',
          lang: 'ar',
          value: '',
          onInput: (v) => void (fresh.ar = v),
        }),
        selectField({
          label: t.actorKind,
          id: 'st-actor-kind',
          value: 'state',
          options: ACTOR_KINDS.map((k) => [k, VALUE_LABELS[ctx.ui].kind[k]] as const),
          onChange: (v) => void (fresh.kind = v as ActorKind),
        }),
      ),
      button(t.addActor, addActor),
    ),
  );
}
