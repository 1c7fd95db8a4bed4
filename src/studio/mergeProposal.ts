import type { Draft } from './draft.ts';
import type { Proposal } from './proposeEvents.ts';
import { uniqueId } from './slug.ts';

/**
 * Adds a proposal to a draft without touching what a person made: actors already there
 * (same id) are kept as they are, and a proposed event whose id is taken gets a new one.
 */
export function mergeProposal(draft: Draft, proposal: Proposal): void {
  const actorIds = new Set(draft.actors.map((actor) => actor.id));
  for (const actor of proposal.actors) if (!actorIds.has(actor.id)) draft.actors.push(actor);
  const eventIds = new Set(draft.events.map((event) => event.id));
  const renamed = new Map<string, string>();
  for (const event of proposal.events) {
    const id = uniqueId(event.id, eventIds);
    eventIds.add(id);
    if (id !== event.id) renamed.set(event.id, id);
    draft.events.push({ ...event, id });
  }
  for (const [eventId, readings] of Object.entries(proposal.readings ?? {})) {
    draft.readings = { ...draft.readings, [renamed.get(eventId) ?? eventId]: readings };
  }
  for (const field of proposal.drafted) {
    const [eventId = '', ...rest] = field.split('/');
    draft.drafted.push([renamed.get(eventId) ?? eventId, ...rest].join('/'));
  }
  if (draft.current < 0 && draft.events.length > 0) draft.current = 0;
}
