import { describe, expect, it } from 'vitest';
import { describeUnmapped } from '../../src/studio/describeUnmapped.ts';
import { emptyDraft } from '../../src/studio/draft.ts';
import { STUDIO_STRINGS } from '../../src/studio/strings.ts';
import { fromDocument } from '../../src/studio/fromDocument.ts';
import { fromTimelineJsRows } from '../../src/studio/fromTimelineJsRows.ts';
import { readTimelineJsCsv, writeTimelineJsCsv } from '../../src/studio/timelineJsCsv.ts';
import { TIMELINEJS_COLUMNS } from '../../src/studio/timelineJsColumns.ts';
import { toTimelineJsJson } from '../../src/studio/toTimelineJsJson.ts';
import { toTimelineJsRows } from '../../src/studio/toTimelineJsRows.ts';
import { seedDocument, seedText } from './helpers.ts';

const seed = () => {
  const opened = fromDocument(seedDocument, seedText, 'd1', 0);
  if (!opened.ok) throw new Error(opened.why);
  return opened.draft;
};

describe('TimelineJS CSV', () => {
  it('writes the header row as TimelineJS documents it', () => {
    const csv = writeTimelineJsCsv(toTimelineJsRows(seed()).rows);
    expect(csv.split('\r\n')[0]).toBe(TIMELINEJS_COLUMNS.join(','));
  });

  it('keeps headlines, days, display dates, quotes and statuses through a round trip', () => {
    const draft = seed();
    const csv = writeTimelineJsCsv(toTimelineJsRows(draft).rows);
    const read = readTimelineJsCsv(csv);
    if (!read.ok) throw new Error('header refused');
    const imported = fromTimelineJsRows(read.rows, seedText, new Set());
    const again = {
      ...emptyDraft('d2', 0),
      text: seedText,
      title: draft.title,
      publisher: draft.publisher,
      events: imported.events,
    };
    expect(writeTimelineJsCsv(toTimelineJsRows(again).rows)).toBe(csv);
    const fidan = imported.events.find(
      (event) => event.time.start === '2026-01-30' && event.quotes[0]?.start === 2086,
    );
    expect(fidan?.quotes[0]?.text).toBe(seedDocument.events[0]!.quotes[0]!.text);
    expect(imported.title).toBe(draft.title.en);
  });

  it('leaves undated events out of the spreadsheet, and counts them', () => {
    const { rows, skipped } = toTimelineJsRows(seed());
    expect(skipped).toBe(seedDocument.events.filter((event) => !event.time.start).length);
    expect(rows).toHaveLength(1 + seedDocument.events.length - skipped);
  });

  it('refuses a CSV whose header is not TimelineJS’s, naming the missing columns', () => {
    expect(readTimelineJsCsv('Date,Title,Body\n2026-01-30,a,b\n')).toEqual({
      ok: false,
      missing: ['Year', 'Month', 'Day', 'Headline', 'Text'],
    });
  });

  it('escapes a cell a spreadsheet would run as a formula, and reads it back as it was', () => {
    const rows = toTimelineJsRows({ ...seed(), title: { en: '=HYPERLINK("x")', ar: 'ع' } }).rows;
    const csv = writeTimelineJsCsv(rows);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    const read = readTimelineJsCsv(csv);
    expect(read.ok && read.rows[0]?.Headline).toBe('=HYPERLINK("x")');
  });

  it('says what it could not keep: media, and text that is not in the article', () => {
    const header = TIMELINEJS_COLUMNS.join(',');
    const csv = `${header}\n2026,1,30,,,,,,Friday,Talks,Words not in the article,https://x/img.png,,,,,,,\n`;
    const read = readTimelineJsCsv(csv);
    if (!read.ok) throw new Error('header refused');
    const imported = fromTimelineJsRows(read.rows, seedText, new Set());
    expect(imported.unmapped).toEqual([
      { kind: 'text', row: 2 },
      { kind: 'column', column: 'Media', rows: 1 },
    ]);
    expect(imported.events[0]?.time).toMatchObject({
      start: '2026-01-30',
      precision: 'day',
      phrase: 'Friday',
    });
    expect(imported.drafted).toEqual([`${imported.events[0]!.id}/type`]);
  });

  it('reads a month without a day as a window over that month', () => {
    const read = readTimelineJsCsv(`${TIMELINEJS_COLUMNS.join(',')}\n2024,2,,,,,,,,Leap,,,,,,,,,\n`);
    if (!read.ok) throw new Error('header refused');
    expect(fromTimelineJsRows(read.rows, '', new Set()).events[0]?.time).toMatchObject({
      start: '2024-02-01',
      end: '2024-02-29',
      precision: 'window',
    });
  });
});

describe('toTimelineJsJson', () => {
  it('writes dated events with their days as numbers and their ids', () => {
    const { json } = toTimelineJsJson(seed()) as {
      json: { events: { unique_id: string; start_date: object }[] };
    };
    expect(json.events[0]).toMatchObject({
      unique_id: 'fidan-hosts-araghchi',
      start_date: { year: 2026, month: 1, day: 30 },
    });
  });
});

describe('describeUnmapped', () => {
  it('words what an import left behind in the interface’s language', () => {
    const left = [{ kind: 'text', row: 4 } as const, { kind: 'column', column: 'Media', rows: 2 } as const];
    expect(describeUnmapped(STUDIO_STRINGS.en, left, ['Notes'])).toEqual([
      'the Text of row 4, which is not in the article',
      'Media (2 rows)',
      'the column “Notes”',
    ]);
    expect(describeUnmapped(STUDIO_STRINGS.ar, left, [])[0]).toBe('نص الصف 4، وهو ليس في المقال');
  });
});
