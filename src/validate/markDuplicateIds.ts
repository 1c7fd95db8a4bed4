import { quoteText } from './describeValue.ts';
import type { CheckedEvent } from './checkedEvent.ts';

/** Ids named in a duplicate's problem, at most: the rest are counted. */
const MAX_LISTED_DUPLICATES = 3;

/** Gives every event whose id another event has too a problem naming (a few of) the others. */
export function markDuplicateIds(checked: CheckedEvent[]): void {
  // One set operation per event finds the ids that repeat; most documents have none, and
  // only theirs are gathered, in a second pass.
  const seen = new Set<string>();
  let repeated: Set<string> | undefined;
  for (let i = 0; i < checked.length; i++) {
    const { id } = checked[i]!;
    if (id === undefined) continue;
    const size = seen.size;
    if (seen.add(id).size === size) (repeated ??= new Set()).add(id);
  }
  if (repeated === undefined) return;
  const byId = new Map<string, CheckedEvent[]>();
  for (const entry of checked) {
    if (entry.id === undefined || !repeated.has(entry.id)) continue;
    const list = byId.get(entry.id);
    if (list) list.push(entry);
    else byId.set(entry.id, [entry]);
  }
  for (const [id, entries] of byId) {
    for (const entry of entries) {
      // The resolver takes one statement per id: later ones would disagree with it (and could crash it).
      if (entry !== entries[0]) entry.dating = undefined;
      // Name a few of the others, not all: 100,000 copies of one id would take quadratic time and memory.
      const others: string[] = [];
      for (const other of entries) {
        if (others.length === MAX_LISTED_DUPLICATES) break;
        if (other !== entry) others.push(`events[${other.index}]`);
      }
      const more = entries.length - 1 - others.length;
      const list =
        more > 0 ? `${others.join(', ')} and ${more.toLocaleString('en')} more` : others.join(', ');
      entry.problems.push({
        eventId: id,
        eventIndex: entry.index,
        path: `/events/${entry.index}/id`,
        message: `${quoteText(id)} is also the id of ${list}: ids must be unique, so ${entries.length === 2 ? 'neither' : 'none of them'} is shown`,
      });
    }
  }
}
