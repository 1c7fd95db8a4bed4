import { describe, expect, it } from 'vitest';
import { eventsToCsv } from '../../src/export/eventsToCsv.ts';
import type { TimelineEvent } from '../../src/types.ts';
import { loadArticle } from '../fixtures/article.ts';

const { document } = loadArticle();
const actors = new Map(document.actors.map((actor) => [actor.id, actor]));

/** RFC 4180 read back the slow, obvious way: enough to check what eventsToCsv wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  expect(field).toBe('');
  return rows;
}

describe('eventsToCsv', () => {
  const csv = eventsToCsv(document.events, actors, { bom: false });
  const [header, ...rows] = parseCsv(csv);

  it('writes one row per event, each as wide as the header', () => {
    expect(rows).toHaveLength(document.events.length);
    for (const row of rows) expect(row).toHaveLength(header!.length);
    expect(rows.map((row) => row[0])).toEqual(document.events.map((event) => event.id));
  });

  it('writes dates as calendar days, the last day only for ranges', () => {
    const zamir = rows.find((row) => row[0] === 'zamir-washington-visit')!;
    expect(zamir.slice(1, 4)).toEqual(['2026-01-30', '2026-01-31', 'multi-day']);
    const undated = rows.find((row) => row[0] === 'us-open-to-talks')!;
    expect(undated.slice(1, 4)).toEqual(['', '', 'undated']);
  });

  it('keeps quotes verbatim with their translations, and the words the date came from', () => {
    const event = document.events.find((e) => e.id === 'trump-air-force-one-remarks')!;
    const row = rows.find((r) => r[0] === event.id)!;
    const at = (name: string) => row[header!.indexOf(name)];
    expect(at('quote 1')).toBe(event.quotes[0]!.text);
    expect(at('translation 1')).toBe(event.quotes[0]!.translation);
    expect(at('date phrase')).toBe(event.time.phrase);
    expect(at('date rule')).toBe(event.time.rule);
    expect(at('participants (en)')).toBe('Donald Trump; Iran');
  });

  it('starts with a byte order mark unless told not to, so Excel reads Arabic', () => {
    expect(eventsToCsv(document.events, actors).startsWith('\uFEFFid,start,')).toBe(true);
    expect(csv.startsWith('id,start,')).toBe(true);
  });

  it('defuses a hostile title instead of letting a spreadsheet run it', () => {
    const hostile: TimelineEvent = { ...document.events[0]!, title: { en: '=cmd|"/c calc"!A1', ar: '@x' } };
    const [, row] = parseCsv(eventsToCsv([hostile], actors, { bom: false }));
    expect(row![7]).toBe('\'=cmd|"/c calc"!A1');
    expect(row![8]).toBe("'@x");
  });
});
