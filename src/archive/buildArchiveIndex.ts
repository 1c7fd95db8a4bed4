import { dayNumber } from '../calendar/calendarDate.ts';
import type { Actor, TimelineEvent } from '../types.ts';
import { PART_OF_DAY_CODES, PRECISION_CODES, STATUS_CODES } from './codes.ts';
import type { ArchiveIndexJson, IndexTitle } from './types.ts';

/**
 * The index of checked events, each with its part: what an archive says of them. For tools
 * that write archives; `actors` are the archive's, in order (a lead is a position in them).
 * `titles`: write the optional title column (search then finds events not loaded yet).
 */
export function buildArchiveIndex(
  events: readonly {
    event: Pick<TimelineEvent, 'id' | 'title' | 'status' | 'time' | 'participants'>;
    part: number;
  }[],
  actors: readonly Pick<Actor, 'id'>[],
  { titles = true }: { titles?: boolean } = {},
): ArchiveIndexJson {
  const position = new Map(actors.map((actor, i) => [actor.id, i]));
  const index: ArchiveIndexJson = {
    id: [],
    part: [],
    start: [],
    end: [],
    partOfDay: [],
    status: [],
    precision: [],
    lead: [],
  };
  const title: IndexTitle[] = [];
  if (titles) index.title = title;
  for (const { event, part } of events) {
    const { time } = event;
    const lead = event.participants[0]?.actor;
    if (lead !== undefined && !position.has(lead))
      throw new Error(`event "${event.id}": its lead actor "${lead}" is not among the archive's actors`);
    index.id.push(event.id);
    index.part.push(part);
    index.start.push(time.start ? dayNumber(time.start) : null);
    index.end.push(time.end ? dayNumber(time.end) : null);
    index.partOfDay.push(time.partOfDay ? PART_OF_DAY_CODES.indexOf(time.partOfDay) : null);
    index.status.push(STATUS_CODES.indexOf(event.status));
    index.precision.push(PRECISION_CODES.indexOf(time.precision));
    index.lead.push(lead === undefined ? null : position.get(lead)!);
    // `[en]` when there is no Arabic title: the shortest that says so.
    if (titles)
      title.push(event.title.ar === undefined ? [event.title.en] : [event.title.en, event.title.ar]);
  }
  return index;
}
