import type { CalendarDate } from '../calendar/calendarDate.ts';
import { compareCalendarDates, formatCalendarDate } from '../calendar/calendarDate.ts';
import type { Actor, EventsDocument, Problem, TimelineEvent } from '../types.ts';
import { quoteText } from '../validate/describeValue.ts';
import { entryOf } from './entryOf.ts';
import { titleAt } from './indexTitle.ts';
import type { Archive, ArchiveEntry } from './types.ts';

/**
 * A part's checked events against what the index said of them. Events the index places
 * differently, or does not list for this part, are not shown; index entries for this part with
 * no valid event in it are named too. `label`: how problems name the part, e.g. its address.
 */
export function agreeWithIndex(
  part: number,
  label: string,
  document: EventsDocument,
  archive: Pick<Archive, 'actors' | 'byId' | 'index'>,
  expected: readonly string[],
  positions?: ReadonlyMap<string, number>,
): { events: TimelineEvent[]; problems: Problem[] } {
  const positionsInIndex = archive.byId;
  const ownActors = new Map(document.actors.map((actor) => [actor.id, actor]));
  const events: TimelineEvent[] = [];
  const problems: Problem[] = [];
  const found = new Set<string>();
  document.events.forEach((event, kept) => {
    // Where the event stands in the part as written: the checked document has left out invalid ones.
    const index = positions?.get(event.id) ?? kept;
    const at = positionsInIndex.get(event.id);
    const entry = at === undefined ? undefined : entryOf(archive.index, at);
    const problem = (path: string, message: string) =>
      problems.push({
        document: label,
        eventId: event.id,
        eventIndex: index,
        path: `/events/${index}${path}`,
        message,
      });
    if (!entry || entry.part !== part) {
      problem('/id', "is not in the archive's index for this part: not shown");
      return;
    }
    found.add(event.id);
    const disagreement = disagreementOf(entry, event, archive.actors, ownActors);
    if (disagreement) {
      problem(disagreement[0], `${disagreement[1]}: not shown`);
      return;
    }
    // A title the index gives otherwise only misled search: said, and the event shown as it is.
    const title = titleAt(archive.index, at!);
    for (const lang of ['en', 'ar'] as const) {
      const said = title?.[lang];
      if (said !== undefined && said !== event.title[lang])
        problem(
          `/title/${lang}`,
          `the archive's index gives the title ${quoteText(said)}, the document ${event.title[lang] === undefined ? 'none' : quoteText(event.title[lang])}: shown with the document's`,
        );
    }
    events.push(event);
  });
  for (const id of expected) {
    if (!found.has(id))
      problems.push({
        document: label,
        eventId: id,
        path: '',
        message: `event ${quoteText(id)} is in the archive's index for this part, but not a valid event of it: not shown`,
      });
  }
  return { events, problems };
}

/** The first field where an event differs from its index entry, as [path in the event, message]. */
function disagreementOf(
  entry: ArchiveEntry,
  event: TimelineEvent,
  archiveActors: ReadonlyMap<string, Actor>,
  ownActors: ReadonlyMap<string, Actor>,
): [string, string] | undefined {
  const day = (date: CalendarDate | undefined) => (date ? formatCalendarDate(date) : 'none');
  const differ = (a: CalendarDate | undefined, b: CalendarDate | undefined) =>
    a === undefined || b === undefined ? a !== b : compareCalendarDates(a, b) !== 0;
  const says = (what: string, index: string, own: string) =>
    `the archive's index says ${what} ${index}, the document ${own}`;
  const { time } = event;
  if (differ(entry.time.start, time.start))
    return ['/time/start', says('start', day(entry.time.start), day(time.start))];
  if (differ(entry.time.end, time.end)) return ['/time/end', says('end', day(entry.time.end), day(time.end))];
  if (entry.time.precision !== time.precision)
    return ['/time/precision', says('precision', entry.time.precision, time.precision)];
  if (entry.time.partOfDay !== time.partOfDay)
    return ['/time/partOfDay', says('partOfDay', entry.time.partOfDay ?? 'none', time.partOfDay ?? 'none')];
  if (entry.status !== event.status) return ['/status', says('status', entry.status, event.status)];
  const lead = entry.participants[0]?.actor;
  const own = event.participants[0]?.actor;
  if (lead !== own)
    return ['/participants/0/actor', says('the lead actor is', lead ?? 'none', own ?? 'none')];
  // The lane follows the lead actor's country: the two documents must agree on it.
  const country = (actor: Actor | undefined) => actor?.country ?? 'none';
  if (lead !== undefined && country(archiveActors.get(lead)) !== country(ownActors.get(lead)))
    return [
      '/participants/0/actor',
      `the archive gives its lead actor ${quoteText(lead)} the country ${country(archiveActors.get(lead))}, the document ${country(ownActors.get(lead))}`,
    ];
  return undefined;
}
