import type { TimelineEventJson } from '../types.ts';
import type { Draft } from './draft.ts';
import type { Proposal } from './proposeEvents.ts';
import { uniqueId } from './slug.ts';

export interface Merged {
  added: number;
  /** Earlier proposals nobody had touched, replaced by this one. */
  replaced: number;
  /** Events a person made or corrected, kept as they are. */
  kept: number;
}

/** Same date phrase, or same quote: the engine proposing again what a person already has. */
function sameStatement(a: TimelineEventJson, b: TimelineEventJson): boolean {
  const phrase = (e: TimelineEventJson) =>
    e.time.phraseStart === undefined ? null : `${e.time.phraseStart}:${e.time.phraseEnd ?? ''}`;
  if (phrase(a) !== null && phrase(a) === phrase(b)) return true;
  const quotes = new Set(a.quotes.map((q) => `${q.start}:${q.end}`));
  return b.quotes.some((q) => quotes.has(`${q.start}:${q.end}`));
}

/**
 * Puts a proposal into a draft the way a person expects: the earlier proposals nobody has
 * touched make way for the new ones; events a person made, or corrected, stay as they are,
 * and the engine does not propose them again. Actors already there (same id) are kept as
 * they are; a proposed event whose id is taken gets a new one, and the events dated from
 * it follow the new id. One call is one edit, so one undo takes it all back.
 */
export function mergeProposal(draft: Draft, proposal: Proposal): Merged {
  const untouched = new Set(draft.proposed ?? []);
  const kept = draft.events.filter((event) => !untouched.has(event.id));
  const replaced = draft.events.length - kept.length;
  const currentId = draft.events[draft.current]?.id;

  const actorIds = new Set(draft.actors.map((actor) => actor.id));
  for (const actor of proposal.actors) if (!actorIds.has(actor.id)) draft.actors.push(actor);

  const eventIds = new Set(kept.map((event) => event.id));
  const renamed = new Map<string, string>();
  const fresh: TimelineEventJson[] = [];
  for (const event of proposal.events) {
    const twin = kept.find((mine) => sameStatement(mine, event));
    if (twin) {
      renamed.set(event.id, twin.id);
      continue;
    }
    const id = uniqueId(event.id, eventIds);
    eventIds.add(id);
    renamed.set(event.id, id);
    fresh.push({ ...event, id });
  }
  for (const event of fresh) {
    const to = event.time.basis?.relativeTo;
    if (to !== undefined && renamed.has(to))
      event.time = { ...event.time, basis: { ...event.time.basis, relativeTo: renamed.get(to)! } };
  }

  const gone = new Set([...untouched].filter((id) => !kept.some((event) => event.id === id)));
  const readings = Object.fromEntries(Object.entries(draft.readings ?? {}).filter(([id]) => !gone.has(id)));
  for (const [eventId, list] of Object.entries(proposal.readings)) {
    const id = renamed.get(eventId);
    if (id !== undefined && fresh.some((event) => event.id === id)) readings[id] = list;
  }
  draft.readings = readings;
  draft.drafted = draft.drafted.filter((entry) => !gone.has(entry.split('/')[0] ?? ''));
  // In the article's order, as the article view and a reader go through them.
  const at = (event: TimelineEventJson) => event.quotes[0]?.start ?? event.time.phraseStart ?? Infinity;
  draft.events = [...kept, ...fresh].sort((a, b) => at(a) - at(b));
  draft.proposed = fresh.map((event) => event.id);
  if (proposal.headline && !draft.title[draft.language]) draft.title[draft.language] = proposal.headline;
  const current = draft.events.findIndex((event) => event.id === currentId);
  draft.current = current >= 0 ? current : draft.events.length > 0 ? 0 : -1;
  return { added: fresh.length, replaced, kept: kept.length };
}
