import type { Problem } from '../types.ts';
import { PAUSE_EVERY } from '../util/turns.ts';
import { isRecord, isSlug, isText } from '../util/values.ts';
import { describeValue } from '../validate/describeValue.ts';
import { validActors } from '../validate/validActors.ts';
import type { RawColumns } from './checkIndexPosition.ts';
import { checkIndexPosition, COLUMNS, indexProblem, isCode } from './checkIndexPosition.ts';
import { NO_DAY, NO_PART_OF_DAY } from './codes.ts';
import { wrongInTitle } from './indexTitle.ts';
import type { Archive, ArchiveColumns, ArchivePartJson, ArchiveResult, IndexTitle } from './types.ts';

/** Positions of the index between pauses: each is a few array reads and comparisons, a quarter of a light step. */
const POSITIONS_PER_PAUSE = PAUSE_EVERY * 4;

/** Checks an archive: its frame, its parts and every event of its index. Bad events are left out, each with a problem. */
export function* checkArchiveSteps(input: unknown): Generator<void, ArchiveResult> {
  const fatal = (path: string, message: string): ArchiveResult => ({
    archive: null,
    problems: [{ path, message }],
  });
  if (!isRecord(input))
    return fatal('', `is not an archive: expected a JSON object, got ${describeValue(input)}`);
  if (input.version !== 1) return fatal('/version', `must be 1, got ${describeValue(input.version)}`);
  const about = input.archive;
  if (!isRecord(about) || !isSlug(about.id))
    return fatal('/archive/id', 'must be a lowercase slug such as "iran-talks-2026"');
  const title = about.title;
  if (!isRecord(title) || !isText(title.en) || !isText(title.ar))
    return fatal('/archive/title', 'must have an English "en" and an Arabic "ar" title');
  if (about.note !== undefined && !isText(about.note)) return fatal('/archive/note', 'must be text');
  if (!Array.isArray(input.actors)) return fatal('/actors', 'must be an array of actors');
  if (!Array.isArray(input.parts) || input.parts.length === 0)
    return fatal('/parts', 'must be a non-empty array of events documents');
  const columns = input.index;
  if (!isRecord(columns)) return fatal('/index', `must be an object of columns: ${COLUMNS.join(', ')}`);
  const ids = columns.id;
  if (!Array.isArray(ids)) return fatal('/index/id', 'must be an array: one id per event');
  for (const name of COLUMNS) {
    const column = columns[name];
    if (!Array.isArray(column) || column.length !== ids.length)
      return fatal(`/index/${name}`, `must be an array as long as index.id (${ids.length})`);
  }

  const problems: Problem[] = [];
  // Titles serve search alone: a bad column or title costs search those titles, never an event.
  let titles = columns.title as unknown[] | undefined;
  if (titles !== undefined && (!Array.isArray(titles) || titles.length !== ids.length)) {
    problems.push({
      path: '/index/title',
      message: `must be an array as long as index.id (${ids.length}): left out`,
    });
    titles = undefined;
  }
  const actors = validActors(input.actors, problems);
  // A lead is a position in the actors as written; one left out as invalid leads nothing.
  const leads = (input.actors as unknown[]).map((raw) => {
    const id = isRecord(raw) ? raw.id : undefined;
    return typeof id === 'string' && actors.get(id) ? id : undefined;
  });
  const parts: ArchivePartJson[] = [];
  for (let i = 0; i < input.parts.length; i++) {
    const part: unknown = input.parts[i];
    if (!isRecord(part) || !isText(part.href) || part.href === '')
      return fatal(`/parts/${i}/href`, 'must be the address of an events document');
    if (!Number.isSafeInteger(part.events) || (part.events as number) < 0)
      return fatal(`/parts/${i}/events`, 'must be how many events the document holds');
    parts.push({ href: part.href, events: part.events as number });
  }

  const n = ids.length;
  const raw: RawColumns = {
    part: columns.part as unknown[],
    start: columns.start as unknown[],
    end: columns.end as unknown[],
    partOfDay: columns.partOfDay as unknown[],
    status: columns.status as unknown[],
    precision: columns.precision as unknown[],
    lead: columns.lead as unknown[],
  };
  const index: ArchiveColumns = {
    ids: [],
    part: new Uint32Array(n),
    start: new Int32Array(n),
    end: new Int32Array(n),
    partOfDay: new Int8Array(n),
    status: new Uint8Array(n),
    precision: new Uint8Array(n),
    lead: [],
  };
  const keptTitles: (IndexTitle | null)[] | undefined = titles && [];
  if (keptTitles) index.title = keptTitles;
  const byId = new Map<string, number>();
  const counts = new Array<number>(parts.length).fill(0);
  let unplaced = false;
  let kept = 0;
  for (let i = 0; i < n; i++) {
    if (i % POSITIONS_PER_PAUSE === POSITIONS_PER_PAUSE - 1) yield;
    const part = raw.part[i];
    // A bad event still names its part: counted, or that part would seem one event short as well.
    if (isCode(part, parts.length)) counts[part]!++;
    else unplaced = true;
    const problem = checkIndexPosition(ids, raw, i, parts.length, leads);
    if (problem) {
      problems.push(problem);
      continue;
    }
    const id = ids[i] as string;
    if (byId.has(id)) {
      problems.push(indexProblem(i, id, 'id', `"${id}" is the id of an earlier event: ids must be unique`));
      continue;
    }
    byId.set(id, kept);
    index.ids.push(id);
    index.part[kept] = part as number;
    index.start[kept] = raw.start[i] === null ? NO_DAY : (raw.start[i] as number);
    index.end[kept] = raw.end[i] === null ? NO_DAY : (raw.end[i] as number);
    index.partOfDay[kept] = raw.partOfDay[i] === null ? NO_PART_OF_DAY : (raw.partOfDay[i] as number);
    index.status[kept] = raw.status[i] as number;
    index.precision[kept] = raw.precision[i] as number;
    index.lead.push(raw.lead[i] === null ? undefined : leads[raw.lead[i] as number]);
    if (keptTitles) {
      const title = titles![i];
      const wrong = wrongInTitle(title);
      if (wrong)
        problems.push(
          indexProblem(
            i,
            id,
            'title',
            `must be [English, Arabic], text or null, got ${describeValue(wrong.got)}`,
          ),
        );
      keptTitles.push(wrong ? null : (title as IndexTitle));
    }
    kept++;
  }
  if (kept < n) {
    index.part = index.part.slice(0, kept);
    index.start = index.start.slice(0, kept);
    index.end = index.end.slice(0, kept);
    index.partOfDay = index.partOfDay.slice(0, kept);
    index.status = index.status.slice(0, kept);
    index.precision = index.precision.slice(0, kept);
  }
  // An event that names no part has its problem already; whichever part it meant would seem one short.
  parts.forEach((part, i) => {
    if (!unplaced && counts[i] !== part.events)
      problems.push({
        path: `/parts/${i}/events`,
        message: `says ${part.events} event(s), but the index places ${counts[i]} in this part`,
      });
  });
  const archive: Archive = {
    id: about.id,
    title: { en: title.en, ar: title.ar },
    actors,
    parts,
    index,
    byId,
  };
  if (about.note !== undefined) archive.note = about.note as string;
  return { archive, problems };
}
