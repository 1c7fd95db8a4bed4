import { describe, expect, it } from 'vitest';
import { buildArchiveIndex, entryOf, titleAt } from '../../src/archive/archive.ts';
import { generated } from './badArchives.ts';
import { check, checkedPart, generatedPlacements, placements } from './placements.ts';

describe('buildArchiveIndex', () => {
  const checkedEvents = generated.parts.flatMap((_, part) =>
    checkedPart(part).events.map((event) => ({ event, part })),
  );

  it('writes from the checked events of every part the columns the generator wrote', () => {
    expect(buildArchiveIndex(checkedEvents, generated.archive.actors, { titles: false })).toEqual(
      generated.archive.index,
    );
  });

  it("writes each event's title by default, as [en, ar], which checkArchiveSteps reads back", () => {
    const { title } = buildArchiveIndex(checkedEvents, generated.archive.actors);
    expect(title).toEqual(checkedEvents.map(({ event }) => [event.title.en, event.title.ar]));
    const { archive, problems } = check({
      ...structuredClone(generated.archive),
      index: { ...generated.archive.index, title },
    });
    expect(problems).toEqual([]);
    expect(titleAt(archive!.index, 7)).toEqual(checkedEvents[7]!.event.title);
  });

  it('writes [en] for an event with no Arabic title', () => {
    const { event } = checkedEvents[0]!;
    const index = buildArchiveIndex(
      [{ event: { ...event, title: { en: 'Talks in Muscat' } }, part: 0 }],
      generated.archive.actors,
    );
    expect(index.title).toEqual([['Talks in Muscat']]);
  });

  it('writes no title column when asked not to', () => {
    expect(buildArchiveIndex(checkedEvents, generated.archive.actors, { titles: false })).not.toHaveProperty(
      'title',
    );
  });

  it('writes columns checkArchiveSteps reads back as the events of the parts', () => {
    const archive = {
      ...structuredClone(generated.archive),
      index: buildArchiveIndex(checkedEvents, generated.archive.actors),
    };
    const { archive: read, problems } = check(archive);
    expect(problems).toEqual([]);
    expect(placements(read!)).toEqual(generatedPlacements);
  });

  it("writes a lead as the actor's position in the actors it is given, in their order", () => {
    const actors = [...generated.archive.actors].reverse();
    const index = buildArchiveIndex(checkedEvents, actors);
    expect(index.lead.map((lead) => (lead === null ? null : actors[lead]!.id))).toEqual(
      generatedPlacements.map(({ lead }) => lead),
    );
    const { archive: read, problems } = check({ ...structuredClone(generated.archive), actors, index });
    expect(problems).toEqual([]);
    expect(placements(read!)).toEqual(generatedPlacements);
  });

  it('writes null for an event with no participants, which reads back as none', () => {
    const { event } = checkedEvents[0]!;
    const index = buildArchiveIndex(
      [{ event: { ...event, participants: [] }, part: 0 }],
      generated.archive.actors,
    );
    expect(index.lead).toEqual([null]);
    const read = check({
      ...structuredClone(generated.archive),
      parts: [{ href: 'a.json', events: 1 }],
      index,
    });
    expect(read.problems).toEqual([]);
    expect(entryOf(read.archive!.index, 0).participants).toEqual([]);
  });

  it('refuses an event whose lead actor is not among the actors it is given', () => {
    const { event } = checkedEvents[0]!;
    const lead = event.participants[0]!.actor;
    const actors = generated.archive.actors.filter((actor) => actor.id !== lead);
    expect(() => buildArchiveIndex([{ event, part: 0 }], actors)).toThrow(
      `event "${event.id}": its lead actor "${lead}" is not among the archive's actors`,
    );
  });
});
