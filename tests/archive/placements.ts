/** What the generated archive places where, read from its index and from its parts' events: shared by the archive's tests. */
import { expect } from 'vitest';
import type { Archive, ArchiveEntry } from '../../src/archive/archive.ts';
import { checkArchiveSteps, entryOf } from '../../src/archive/archive.ts';
import { formatCalendarDate } from '../../src/calendar/calendarDate.ts';
import type { EventsDocument, EventsDocumentJson, TimelineEventJson } from '../../src/types.ts';
import { drain } from '../../src/util/turns.ts';
import { validateDocument } from '../../src/validate/validateDocument.ts';
import { generated } from './badArchives.ts';

export const check = (value: unknown) => drain(checkArchiveSteps(value));

/** What an entry or an event says of its place in time, in the words of an events document. */
export interface Placement {
  id: string;
  part: number;
  start: string | null;
  end: string | null;
  partOfDay: string | null;
  precision: string;
  status: string;
  lead: string | null;
}

export function placementOfEntry({ id, part, status, time, participants }: ArchiveEntry): Placement {
  const day = (date: ArchiveEntry['time']['start']) => (date ? formatCalendarDate(date) : null);
  return {
    id,
    part,
    start: day(time.start),
    end: day(time.end),
    partOfDay: time.partOfDay ?? null,
    precision: time.precision,
    status,
    lead: participants[0]?.actor ?? null,
  };
}

/** Read from the events as the generator wrote them, not from the index: what the index must say. */
export function placementOfEvent(
  { id, status, time, participants }: TimelineEventJson,
  part: number,
): Placement {
  return {
    id,
    part,
    start: time.start ?? null,
    end: time.end ?? null,
    partOfDay: time.partOfDay ?? null,
    precision: time.precision,
    status,
    lead: participants[0]?.actor ?? null,
  };
}

export const placements = (archive: Pick<Archive, 'index'>) =>
  archive.index.ids.map((_, i) => placementOfEntry(entryOf(archive.index, i)));
export const generatedPlacements = generated.parts.flatMap(({ document }, part) =>
  document.events.map((event) => placementOfEvent(event, part)),
);

/** Part `part` of the generated archive, changed and then checked in full: it must stay valid. */
export function checkedPart(
  part: number,
  change: (document: EventsDocumentJson) => void = () => {},
): EventsDocument {
  const { document: json, sourceText } = generated.parts[part]!;
  const copy = structuredClone(json);
  change(copy);
  const { document, problems } = validateDocument(copy, { sourceText });
  expect(problems).toEqual([]);
  return document!;
}
